#include "serviceform.h"

#include "containers/runspecparser.h"
#include "swarmjson.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sloop::swarm {

namespace {

struct ServiceFormText
{
    Q_DECLARE_TR_FUNCTIONS(ServiceForm)
};

using T = ServiceFormText;

std::optional<int> wholeIn(const QString &text, int low, int high)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (!ok || n < low || n > high)
        return std::nullopt;
    return n;
}

std::optional<PublishedPort> parsePublish(const QString &text)
{
    // PUBLISHED:TARGET[/PROTO][,mode=host|ingress]; TARGET alone lets the
    // swarm pick the published port.
    static const QRegularExpression shape(QStringLiteral(
        "^(?:(\\d{1,5}):)?(\\d{1,5})(?:/(tcp|udp|sctp))?(?:,mode=(host|ingress))?$"));
    const QRegularExpressionMatch m = shape.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    PublishedPort p;
    p.published = m.captured(1).toInt();
    p.target = m.captured(2).toInt();
    if (p.target < 1 || p.target > 65535 || p.published > 65535)
        return std::nullopt;
    if (!m.captured(3).isEmpty())
        p.protocol = m.captured(3);
    if (!m.captured(4).isEmpty())
        p.mode = m.captured(4);
    return p;
}

std::optional<MountSpec> parseMount(const QString &text)
{
    MountSpec m;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = part.section(QLatin1Char('='), 1).trimmed();
        if (key == QLatin1String("type") &&
            (value == QLatin1String("volume") || value == QLatin1String("bind") ||
             value == QLatin1String("tmpfs")))
            m.type = value;
        else if (key == QLatin1String("src") || key == QLatin1String("source"))
            m.source = value;
        else if (key == QLatin1String("dst") || key == QLatin1String("target") ||
                 key == QLatin1String("destination"))
            m.target = value;
        else if (key == QLatin1String("ro") || key == QLatin1String("readonly"))
            m.readOnly =
                value.isEmpty() || value == QLatin1String("true") || value == QLatin1String("1");
        else
            return std::nullopt;
    }
    if (!m.target.startsWith(QLatin1Char('/')) ||
        (m.type == QLatin1String("bind") && m.source.isEmpty()))
        return std::nullopt;
    return m;
}

} // namespace

QString ParsedServiceForm::message() const
{
    QStringList lines;
    for (const FormProblem &p : problems)
        lines.append(p.message);
    return lines.join(QLatin1Char('\n'));
}

qint64 parseDurationMs(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return -1;
    bool bare = false;
    const double seconds = t.toDouble(&bare);
    if (bare)
        return seconds < 0 ? -1 : qint64(seconds * 1000);
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?)(ms|h|m|s)"));
    qint64 total = 0;
    qsizetype at = 0;
    auto it = part.globalMatch(t);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() != at)
            return -1;
        at = m.capturedEnd();
        const double n = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        total += qint64(n * (unit == QLatin1String("h")   ? 3600000
                             : unit == QLatin1String("m") ? 60000
                             : unit == QLatin1String("s") ? 1000
                                                          : 1));
    }
    return at == t.size() ? total : -1;
}

UpdatePolicy parseUpdatePolicy(const ServiceForm &form, QList<FormProblem> *problems)
{
    UpdatePolicy p;
    auto problem = [problems](const char *field, const QString &message) {
        problems->append({QString::fromLatin1(field), message});
    };
    if (!form.updateParallelism.isEmpty()) {
        if (const auto n = wholeIn(form.updateParallelism, 0, 1000))
            p.parallelism = *n;
        else
            problem("updateParallelism",
                    T::tr("Update parallelism is how many tasks change at once: 0 (all) to 1000."));
    }
    if (!form.updateDelay.isEmpty()) {
        p.delayMs = parseDurationMs(form.updateDelay);
        if (p.delayMs < 0)
            problem("updateDelay", T::tr("Update delay is a duration such as 10s or 1m."));
    }
    if (!form.updateMonitor.isEmpty()) {
        p.monitorMs = parseDurationMs(form.updateMonitor);
        if (p.monitorMs < 0)
            problem("updateMonitor", T::tr("Update monitor is a duration such as 5s."));
    }
    if (!form.updateFailureAction.isEmpty()) {
        p.failureAction = form.updateFailureAction.trimmed();
        if (!QStringList{QStringLiteral("pause"), QStringLiteral("continue"),
                         QStringLiteral("rollback")}
                 .contains(p.failureAction))
            problem("updateFailureAction",
                    T::tr("When an update fails Swarm can pause, continue or rollback."));
    }
    if (!form.updateOrder.isEmpty()) {
        p.order = form.updateOrder.trimmed();
        if (p.order != QLatin1String("stop-first") && p.order != QLatin1String("start-first"))
            problem("updateOrder", T::tr("Update order is stop-first or start-first."));
    }
    return p;
}

ParsedServiceForm parseServiceForm(const ServiceForm &form)
{
    ParsedServiceForm out;
    ServiceSpec &spec = out.spec;
    auto problem = [&out](const char *field, const QString &message) {
        out.problems.append({QString::fromLatin1(field), message});
    };
    spec.name = form.name.trimmed();
    if (const QString p = checkServiceName(spec.name); !p.isEmpty())
        problem("name", p);
    spec.image = form.image.trimmed();
    if (!containers::isValidImageReference(spec.image))
        problem("image", T::tr("A service needs an image, such as nginx:1.25."));
    spec.command = form.command;
    spec.global = form.global;
    if (!form.replicas.trimmed().isEmpty()) {
        if (form.global)
            problem("replicas", T::tr("A global service runs one task per node; leave replicas "
                                      "out."));
        else if (const auto n = wholeIn(form.replicas, 0, 1000))
            spec.replicas = *n;
        else
            problem("replicas", T::tr("Replicas is a whole number from 0 to 1000."));
    }
    for (const QString &p : form.publish) {
        if (const auto port = parsePublish(p))
            spec.ports.append(*port);
        else
            problem("publish", T::tr("\"%1\" is not a port to publish: use PUBLISHED:TARGET, "
                                     "with /udp and ,mode=host when needed (8080:80).")
                                   .arg(p.left(60)));
    }
    for (const QString &e : form.env) {
        if (e.section(QLatin1Char('='), 0, 0).trimmed().isEmpty() || !e.contains(QLatin1Char('=')))
            problem("env", T::tr("\"%1\" is not NAME=value.").arg(e.left(60)));
        else
            spec.env.append(e);
    }
    for (const QString &l : form.labels) {
        if (!l.contains(QLatin1Char('=')))
            problem("labels", T::tr("\"%1\" is not key=value.").arg(l.left(60)));
        else
            spec.labels.insert(l.section(QLatin1Char('='), 0, 0), l.section(QLatin1Char('='), 1));
    }
    // NAME[:TARGET], as docker service create's short --secret and --config.
    const auto fileRefs = [&](const QStringList &values, const char *field,
                              QList<SwarmFileRef> &into) {
        for (const QString &v : values) {
            SwarmFileRef ref;
            ref.name = v.section(QLatin1Char(':'), 0, 0).trimmed();
            ref.target = v.section(QLatin1Char(':'), 1).trimmed();
            if (!checkServiceName(ref.name).isEmpty() || ref.target.contains(QLatin1String("..")))
                problem(field, T::tr("\"%1\" is not NAME[:TARGET] (a secret's or config's name, "
                                     "then where its file goes).")
                                   .arg(v.left(60)));
            else
                into.append(ref);
        }
    };
    fileRefs(form.secrets, "secrets", spec.secrets);
    fileRefs(form.configs, "configs", spec.configs);
    static const QRegularExpression constraint(QStringLiteral(
        "^(node\\.(id|hostname|role|platform\\.os|platform\\.arch|labels\\.[^=!\\s]+)"
        "|engine\\.labels\\.[^=!\\s]+)\\s*(==|!=)\\s*\\S+$"));
    for (const QString &c : form.constraints) {
        if (constraint.match(c.trimmed()).hasMatch())
            spec.constraints.append(c.trimmed());
        else
            problem("constraints", T::tr("\"%1\" is not a placement constraint such as "
                                         "node.role==worker or node.labels.zone==a.")
                                       .arg(c.left(60)));
    }
    for (const QString &m : form.mounts) {
        if (const auto mount = parseMount(m))
            spec.mounts.append(*mount);
        else
            problem("mounts", T::tr("\"%1\" is not a mount: use type=volume,src=NAME,dst=/path "
                                    "(or type=bind with an absolute src; add ,ro to read only).")
                                  .arg(m.left(80)));
    }
    auto cpus = [&](const QString &text, const char *field, double *into) {
        if (text.trimmed().isEmpty())
            return;
        bool ok = false;
        *into = text.trimmed().toDouble(&ok);
        if (!ok || *into <= 0 || *into > 1024)
            problem(field, T::tr("CPUs is a number above 0, for example 0.5 or 2."));
    };
    auto memory = [&](const QString &text, const char *field, qint64 *into) {
        if (text.trimmed().isEmpty())
            return;
        *into = containers::parseByteSize(text);
        if (*into < 4 * 1024 * 1024)
            problem(field, T::tr("Memory is a size of at least 4m, such as 256m or 1g."));
    };
    cpus(form.cpuLimit, "cpuLimit", &spec.cpuLimit);
    cpus(form.cpuReservation, "cpuReservation", &spec.cpuReservation);
    memory(form.memoryLimit, "memoryLimit", &spec.memoryLimit);
    memory(form.memoryReservation, "memoryReservation", &spec.memoryReservation);
    if (!form.restartCondition.isEmpty()) {
        spec.restartCondition = form.restartCondition.trimmed();
        if (!QStringList{QStringLiteral("none"), QStringLiteral("on-failure"),
                         QStringLiteral("any")}
                 .contains(spec.restartCondition))
            problem("restartCondition", T::tr("Restart condition is none, on-failure or any."));
    }
    if (!form.healthCommand.trimmed().isEmpty()) {
        HealthCheck h;
        h.test = {QStringLiteral("CMD-SHELL"), form.healthCommand.trimmed()};
        auto duration = [&](const QString &text, const char *field, qint64 *into) {
            if (text.trimmed().isEmpty())
                return;
            *into = parseDurationMs(text);
            if (*into < 0)
                problem(field,
                        T::tr("\"%1\" is not a duration such as 5s or 1m.").arg(text.left(30)));
        };
        duration(form.healthInterval, "healthInterval", &h.intervalMs);
        duration(form.healthTimeout, "healthTimeout", &h.timeoutMs);
        duration(form.healthStartPeriod, "healthStartPeriod", &h.startPeriodMs);
        if (!form.healthRetries.isEmpty()) {
            if (const auto n = wholeIn(form.healthRetries, 1, 100))
                h.retries = *n;
            else
                problem("healthRetries", T::tr("Health retries is a whole number from 1 to 100."));
        }
        spec.health = h;
    }
    spec.update = parseUpdatePolicy(form, &out.problems);
    return out;
}

} // namespace sloop::swarm
