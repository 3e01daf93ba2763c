#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sloop::cli {

struct OptionSpec
{
    QStringList names;       // "--publish", "-p"; the first one without dashes is the key
    bool takesValue = false; // repeatable options keep every value in order
    // A flag that may take a value anyway: "--opt=VALUE", or the next word
    // when it starts with this ("SHA256:"); alone its value is "".
    QString optionalValuePrefix = {};
};

// What a command line says after the subcommand's words.
struct ParsedArgs
{
    QMap<QString, QStringList> options; // key -> values ("" for a flag)
    QStringList positionals;
    QString error; // a usage error, empty when the line made sense

    bool has(const QString &key) const { return options.contains(key); }
    QString value(const QString &key, const QString &fallback = {}) const
    {
        const QStringList v = options.value(key);
        return v.isEmpty() ? fallback : v.last();
    }
    QStringList values(const QString &key) const { return options.value(key); }
};

// A small parser instead of QCommandLineParser because `run` must stop at the
// image: everything after it is the container's argv, even words that look
// like options. Accepts --opt value, --opt=value, -o value and "--".
ParsedArgs parseArgs(const QStringList &args, const QList<OptionSpec> &specs,
                     bool stopAtFirstPositional = false);

// The options every command understands.
QList<OptionSpec> commonOptions();

// "help", "-h" or "--help" where a subcommand's verb goes.
bool isHelpWord(const QString &verb);
// The text as a whole number; none when it is not one.
std::optional<int> wholeNumber(const QString &text);

} // namespace sloop::cli
