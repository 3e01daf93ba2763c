#include "runspecparser.h"

#include "util/shellwords.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sloop::containers {

namespace {

// Texts are looked up, and filed by lupdate, under "RunForm".
struct RunFormText
{
    Q_DECLARE_TR_FUNCTIONS(RunForm)
};

bool hasControl(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

int parsePort(const QString &text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    return ok && port >= 1 && port <= 65535 ? port : -1;
}

} // namespace

bool isValidContainerName(const QString &name)
{
    // The engine's own rule; anything else it would refuse with a vaguer error.
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,253}$"));
    return re.match(name).hasMatch();
}

bool isValidImageReference(const QString &image)
{
    // [registry[:port]/]path[:tag][@digest]; lower-case path components.
    static const QRegularExpression re(
        QStringLiteral("^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:[._-]+[a-z0-9]+)*"
                       "(?:/[a-z0-9]+(?:[._-]+[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?"
                       "(?:@sha256:[a-f0-9]{64})?$"));
    return image.size() <= 512 && re.match(image).hasMatch();
}

qint64 parseByteSize(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([bkmgt]?)(?:i?b)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const double number = m.captured(1).toDouble();
    const QChar unit = m.captured(2).isEmpty() ? QLatin1Char('b') : m.captured(2).at(0).toLower();
    double factor = 1;
    switch (unit.toLatin1()) {
    case 'k':
        factor = 1024.0;
        break;
    case 'm':
        factor = 1024.0 * 1024;
        break;
    case 'g':
        factor = 1024.0 * 1024 * 1024;
        break;
    case 't':
        factor = 1024.0 * 1024 * 1024 * 1024;
        break;
    default:
        break;
    }
    const double bytes = number * factor;
    if (bytes > 9e18)
        return -1;
    return qint64(bytes);
}

RunFormResult parseRunForm(const RunForm &form)
{
    RunFormResult out;
    auto error = [&out](const char *field, const QString &message) {
        out.errors.append({QString::fromLatin1(field), message});
    };
    engine::ContainerSpec &spec = out.spec;

    spec.image = form.image.trimmed();
    if (spec.image.isEmpty())
        error("image", RunFormText::tr("Choose an image to run, for example debian:bookworm."));
    else if (!isValidImageReference(spec.image))
        error("image",
              RunFormText::tr("\"%1\" is not an image reference. Use name[:tag], for example "
                          "nginx:1.25 or registry.local:5000/team/app:latest (lower-case name).")
                  .arg(spec.image.left(80)));

    spec.name = form.name.trimmed();
    if (!spec.name.isEmpty() && !isValidContainerName(spec.name))
        error("name",
              RunFormText::tr("A container name starts with a letter or digit and has only letters, "
                          "digits, \"_\", \".\" and \"-\"."));

    if (!form.command.trimmed().isEmpty()) {
        if (form.command.contains(QChar(0)))
            error("command", RunFormText::tr("The command contains a NUL character."));
        const Result<QStringList> words = splitShellWords(form.command);
        if (words)
            spec.command = *words;
        else
            error("command", words.error());
    }

    static const QRegularExpression sep(QStringLiteral("[,\\s]+"));
    for (const QString &item : form.ports.split(sep, Qt::SkipEmptyParts)) {
        engine::PortSpec port;
        QString text = item;
        const qsizetype slash = text.indexOf(QLatin1Char('/'));
        if (slash >= 0) {
            port.protocol = text.mid(slash + 1).toLower();
            text.truncate(slash);
        }
        const QStringList parts = text.split(QLatin1Char(':'));
        bool bad = parts.size() > 3 || !QStringList{QStringLiteral("tcp"), QStringLiteral("udp"),
                                                    QStringLiteral("sctp")}
                                            .contains(port.protocol);
        if (!bad) {
            port.containerPort = parsePort(parts.last());
            if (parts.size() >= 2)
                port.hostPort = parsePort(parts.at(parts.size() - 2));
            if (parts.size() == 3)
                port.hostIp = parts.first();
            bad = port.containerPort < 0 || port.hostPort < 0;
        }
        if (bad) {
            error("ports",
                  RunFormText::tr("\"%1\" is not a port mapping. Write HOST:CONTAINER, for example "
                              "8080:80, or 127.0.0.1:8080:80/tcp; ports go from 1 to 65535.")
                      .arg(item.left(60)));
            continue;
        }
        spec.ports.append(port);
    }

    static const QRegularExpression envKey(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.]*$"));
    const QStringList envLines = form.env.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &raw : envLines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? line : line.left(eq);
        if (!envKey.match(key).hasMatch() || line.contains(QChar(0))) {
            error("env", RunFormText::tr("\"%1\" is not KEY=VALUE; a key is letters, digits and \"_\", "
                                     "not starting with a digit.")
                             .arg(line.left(60)));
            continue;
        }
        spec.env.append(eq < 0 ? key + QLatin1Char('=') : line);
    }

    for (const QString &raw : form.volumes.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        QStringList parts = line.split(QLatin1Char(':'));
        engine::VolumeSpec volume;
        if (parts.size() == 3 &&
            (parts.last() == QLatin1String("ro") || parts.last() == QLatin1String("rw"))) {
            volume.readOnly = parts.takeLast() == QLatin1String("ro");
        }
        if (parts.size() != 2 || parts.at(0).isEmpty() ||
            !parts.at(1).startsWith(QLatin1Char('/')) || hasControl(line)) {
            error("volumes",
                  RunFormText::tr("\"%1\" is not a volume. Write /host/path:/path/in/container or "
                              "volume-name:/path, with :ro for read-only.")
                      .arg(line.left(60)));
            continue;
        }
        volume.source = parts.at(0);
        volume.target = parts.at(1);
        spec.volumes.append(volume);
    }

    spec.restartPolicy = form.restart.trimmed().isEmpty() ? QStringLiteral("no") : form.restart;
    if (!QStringList{QStringLiteral("no"), QStringLiteral("always"),
                     QStringLiteral("unless-stopped"), QStringLiteral("on-failure")}
             .contains(spec.restartPolicy))
        error("restart", RunFormText::tr("The restart policy is one of no, always, unless-stopped, "
                                     "on-failure."));

    if (!form.cpus.trimmed().isEmpty()) {
        bool ok = false;
        spec.cpus = form.cpus.trimmed().toDouble(&ok);
        if (!ok || spec.cpus <= 0 || spec.cpus > 1024)
            error("cpus", RunFormText::tr("CPUs is a number above 0, for example 0.5 or 2."));
    }
    if (!form.memory.trimmed().isEmpty()) {
        spec.memoryBytes = parseByteSize(form.memory);
        if (spec.memoryBytes < 0)
            error("memory", RunFormText::tr("Memory is a size such as 512m or 2g."));
        else if (spec.memoryBytes < 6 * 1024 * 1024)
            error("memory",
                  RunFormText::tr("The engine needs at least 6 MiB of memory for a container."));
    }
    return out;
}

} // namespace sloop::containers
