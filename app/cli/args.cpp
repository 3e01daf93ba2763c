#include "args.h"

#include "output.h"

namespace sloop::cli {

namespace {

QString keyOf(const OptionSpec &spec)
{
    QString key = spec.names.first();
    while (key.startsWith(QLatin1Char('-')))
        key.remove(0, 1);
    return key;
}

const OptionSpec *find(const QList<OptionSpec> &specs, const QString &name)
{
    for (const OptionSpec &spec : specs) {
        if (spec.names.contains(name))
            return &spec;
    }
    return nullptr;
}

} // namespace

QList<OptionSpec> commonOptions()
{
    return {{{QStringLiteral("--json")}, false},
            {{QStringLiteral("--verbose")}, false},
            {{QStringLiteral("--help"), QStringLiteral("-h")}, false},
            {{QStringLiteral("--engine")}, true}};
}

ParsedArgs parseArgs(const QStringList &args, const QList<OptionSpec> &specs,
                     bool stopAtFirstPositional)
{
    ParsedArgs out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--")) {
            out.positionals += args.mid(i + 1);
            break;
        }
        // "-" alone and empty words are values, not options.
        if (!arg.startsWith(QLatin1Char('-')) || arg.size() == 1) {
            if (stopAtFirstPositional) {
                out.positionals += args.mid(i);
                break;
            }
            out.positionals.append(arg);
            continue;
        }
        QString name = arg;
        QString inlineValue;
        bool hasInline = false;
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        if (arg.startsWith(QLatin1String("--")) && eq > 2) {
            name = arg.left(eq);
            inlineValue = arg.mid(eq + 1);
            hasInline = true;
        }
        const OptionSpec *spec = find(specs, name);
        if (!spec) {
            out.error = Tr::tr("unknown option \"%1\"").arg(name);
            return out;
        }
        const QString key = keyOf(*spec);
        if (!spec->takesValue && !spec->optionalValuePrefix.isEmpty()) {
            if (hasInline && !inlineValue.startsWith(spec->optionalValuePrefix)) {
                out.error =
                    Tr::tr("option %1 takes %2… or nothing").arg(name, spec->optionalValuePrefix);
                return out;
            }
            if (!hasInline && i + 1 < args.size() &&
                args.at(i + 1).startsWith(spec->optionalValuePrefix))
                inlineValue = args.at(++i);
            out.options[key].append(inlineValue);
            continue;
        }
        if (!spec->takesValue) {
            if (hasInline) {
                out.error = Tr::tr("option %1 takes no value").arg(name);
                return out;
            }
            out.options[key].append(QString());
            continue;
        }
        if (hasInline) {
            out.options[key].append(inlineValue);
            continue;
        }
        if (i + 1 >= args.size()) {
            out.error = Tr::tr("option %1 needs a value").arg(name);
            return out;
        }
        out.options[key].append(args.at(++i));
    }
    return out;
}

bool isHelpWord(const QString &verb)
{
    return verb == QLatin1String("--help") || verb == QLatin1String("-h") ||
           verb == QLatin1String("help");
}

std::optional<int> wholeNumber(const QString &text)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

} // namespace sloop::cli
