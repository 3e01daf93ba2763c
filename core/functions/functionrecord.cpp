#include "functionrecord.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sloop::functions {

namespace {

struct FunctionsText
{
    Q_DECLARE_TR_FUNCTIONS(Functions)
};

// What the runtime sets itself; Lambda refuses them as function variables.
bool isReserved(const QString &key)
{
    static const QStringList reserved{QStringLiteral("_HANDLER"),
                                      QStringLiteral("_X_AMZN_TRACE_ID"),
                                      QStringLiteral("LAMBDA_TASK_ROOT"),
                                      QStringLiteral("LAMBDA_RUNTIME_DIR"),
                                      QStringLiteral("TZ"),
                                      QStringLiteral("HOME")};
    return key.startsWith(QLatin1String("AWS_")) || reserved.contains(key);
}

constexpr qsizetype kMaxEnvironmentBytes = 4096;

} // namespace

QString runtimeName(Runtime runtime)
{
    switch (runtime) {
    case Runtime::Python3:
        return QStringLiteral("python3");
    case Runtime::NodeJs:
        return QStringLiteral("nodejs");
    case Runtime::Image:
        return QStringLiteral("image");
    case Runtime::Provided:
        break;
    }
    return QStringLiteral("provided");
}

std::optional<Runtime> runtimeFromName(const QString &name)
{
    if (name == QLatin1String("python3"))
        return Runtime::Python3;
    if (name == QLatin1String("nodejs") || name == QLatin1String("node"))
        return Runtime::NodeJs;
    if (name == QLatin1String("provided"))
        return Runtime::Provided;
    if (name == QLatin1String("image"))
        return Runtime::Image;
    return std::nullopt;
}

QStringList enginesOf(const FunctionRecord &record)
{
    return QStringList{record.engine} + record.extraEngines;
}

VoidResult validate(const FunctionRecord &r)
{
    const auto invalid = [](const QString &why) {
        return VoidResult::failure(ErrorKind::InvalidInput, why);
    };
    static const QRegularExpression nameRule(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!nameRule.match(r.name).hasMatch())
        return invalid(FunctionsText::tr("\"%1\" is not a function name: use 1 to 64 letters, "
                                         "digits, '-' and '_'.")
                           .arg(r.name));
    if (r.memoryMiB < 128 || r.memoryMiB > 10240)
        return invalid(FunctionsText::tr("Memory must be between 128 and 10,240 MB (not %1).")
                           .arg(r.memoryMiB));
    if (r.timeoutSeconds < 1 || r.timeoutSeconds > 900)
        return invalid(FunctionsText::tr("The timeout must be between 1 and 900 seconds (not %1).")
                           .arg(r.timeoutSeconds));
    if (r.ephemeralMiB < 512 || r.ephemeralMiB > 10240)
        return invalid(FunctionsText::tr("Ephemeral storage (/tmp) must be between 512 and "
                                         "10,240 MB (not %1).")
                           .arg(r.ephemeralMiB));
    static const QRegularExpression handlerRule(QStringLiteral("^[^\\s]{1,128}$"));
    static const QRegularExpression imageRule(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/:@+-]{0,254}$"));
    if (r.runtime == Runtime::Image) {
        if (!imageRule.match(r.imageUri).hasMatch())
            return invalid(FunctionsText::tr("\"%1\" is not an image reference: name it like "
                                             "\"registry/repository:tag\".")
                               .arg(r.imageUri));
    } else if (!r.imageUri.isEmpty()) {
        return invalid(FunctionsText::tr("Only a function of the image runtime takes an image."));
    }
    const bool handlerOptional = r.runtime == Runtime::Image && r.handler.isEmpty();
    if (!handlerOptional && !handlerRule.match(r.handler).hasMatch())
        return invalid(FunctionsText::tr("\"%1\" is not a handler: name it like "
                                         "\"app.handler\" (file, then function), at most 128 "
                                         "characters without spaces.")
                           .arg(r.handler));
    if (r.reservedConcurrency && (*r.reservedConcurrency < 0 || *r.reservedConcurrency > 1000))
        return invalid(FunctionsText::tr("Reserved concurrency must be between 0 and 1,000."));
    QStringList seen;
    for (const QString &engine : enginesOf(r)) {
        if (engine.trimmed().isEmpty() || engine.contains(QLatin1Char(',')))
            return invalid(FunctionsText::tr("\"%1\" is not an engine name.").arg(engine));
        if (seen.contains(engine, Qt::CaseInsensitive))
            return invalid(FunctionsText::tr("%1 is named twice as an engine.").arg(engine));
        seen << engine;
    }
    static const QRegularExpression networkRule(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$"));
    if (!r.dockerNetwork.isEmpty()) {
        if (!networkRule.match(r.dockerNetwork).hasMatch())
            return invalid(
                FunctionsText::tr("\"%1\" is not a Docker network name.").arg(r.dockerNetwork));
        if (r.dockerNetwork == QLatin1String("host") || r.dockerNetwork == QLatin1String("none"))
            return invalid(FunctionsText::tr("A function cannot join the \"%1\" network: its "
                                             "environments stay sandboxed. Turn the network off "
                                             "instead of \"none\".")
                               .arg(r.dockerNetwork));
        if (!r.network)
            return invalid(FunctionsText::tr("A function without network cannot join %1.")
                               .arg(r.dockerNetwork));
    }
    static const QRegularExpression keyRule(QStringLiteral("^[a-zA-Z][a-zA-Z0-9_]+$"));
    qsizetype bytes = 0;
    for (auto it = r.environment.cbegin(); it != r.environment.cend(); ++it) {
        if (!keyRule.match(it.key()).hasMatch())
            return invalid(FunctionsText::tr("\"%1\" is not an environment variable name: start "
                                             "with a letter, then letters, digits and '_'.")
                               .arg(it.key()));
        if (isReserved(it.key()))
            return invalid(FunctionsText::tr("%1 is set by the runtime; a function cannot set "
                                             "it.")
                               .arg(it.key()));
        bytes += it.key().toUtf8().size() + it.value().toUtf8().size();
    }
    if (bytes > kMaxEnvironmentBytes)
        return invalid(FunctionsText::tr("The environment variables take %1 bytes; Lambda "
                                         "allows 4 KB.")
                           .arg(bytes));
    return {};
}

} // namespace sloop::functions
