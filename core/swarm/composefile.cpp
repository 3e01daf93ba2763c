#include "composefile.h"

#include "blueprints/yamlreader.h"
#include "serviceform.h"
#include "util/shellwords.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sloop::swarm {

using blueprints::ValidationProblem;
using blueprints::YamlReader;

namespace {

struct ComposeText
{
    Q_DECLARE_TR_FUNCTIONS(Compose)
};

using T = ComposeText;

// Keys docker stack deploy reads but Swarm (or Sloop, for now) does not use.
const QStringList kIgnoredServiceKeys = {QStringLiteral("build"),
                                         QStringLiteral("container_name"),
                                         QStringLiteral("depends_on"),
                                         QStringLiteral("links"),
                                         QStringLiteral("restart"),
                                         QStringLiteral("network_mode"),
                                         QStringLiteral("privileged"),
                                         QStringLiteral("devices"),
                                         QStringLiteral("cap_add"),
                                         QStringLiteral("cap_drop"),
                                         QStringLiteral("cgroup_parent"),
                                         QStringLiteral("security_opt"),
                                         QStringLiteral("sysctls"),
                                         QStringLiteral("userns_mode"),
                                         QStringLiteral("tmpfs"),
                                         QStringLiteral("ulimits"),
                                         QStringLiteral("extra_hosts"),
                                         QStringLiteral("dns"),
                                         QStringLiteral("dns_search"),
                                         QStringLiteral("logging"),
                                         QStringLiteral("env_file"),
                                         QStringLiteral("expose"),
                                         QStringLiteral("hostname"),
                                         QStringLiteral("stop_signal"),
                                         QStringLiteral("stop_grace_period"),
                                         QStringLiteral("init"),
                                         QStringLiteral("domainname"),
                                         QStringLiteral("ipc"),
                                         QStringLiteral("pid"),
                                         QStringLiteral("shm_size"),
                                         QStringLiteral("tty"),
                                         QStringLiteral("stdin_open"),
                                         QStringLiteral("read_only"),
                                         QStringLiteral("isolation"),
                                         QStringLiteral("credential_spec"),
                                         QStringLiteral("external_links"),
                                         QStringLiteral("mac_address")};

class ComposeReader
{
public:
    ComposeReader(ComposeParse &out)
        : r(&out.errors)
        , warn(&out.warnings)
        , m_out(out)
    {
    }

    void service(const QString &composeName, const YAML::Node &node);

    YamlReader r;    // errors
    YamlReader warn; // warnings

private:
    QString text(const YAML::Node &node, const QString &where)
    {
        return r.string(node, where).value_or(QString());
    }
    // A list of strings, or a "KEY: value" mapping as "KEY=value".
    QStringList pairs(const YAML::Node &node, const QString &where);
    void ports(const YAML::Node &node, const QString &where, ServiceForm &form);
    void volumes(const YAML::Node &node, const QString &where, ServiceForm &form);
    void deploy(const YAML::Node &node, const QString &where, ServiceForm &form,
                ServiceSpec &extra);
    void update(const YAML::Node &node, const QString &where, ServiceForm &form,
                ServiceSpec &extra);
    void healthcheck(const YAML::Node &node, const QString &where, ServiceSpec &extra);
    // A service's secrets or configs: names of the top-level ones, or
    // {source, target} mappings.
    void fileRefs(const YAML::Node &node, const QString &where, bool secrets, ServiceForm &form);

public:
    // The top-level secrets: and configs:, before the services name them.
    void files(const YAML::Node &node, bool secrets);

private:
    ComposeParse &m_out;
};

void ComposeReader::files(const YAML::Node &node, bool secrets)
{
    const QString what = secrets ? QStringLiteral("secrets") : QStringLiteral("configs");
    if (!r.expectMap(node, what))
        return;
    for (const auto &kv : node) {
        StackFile f;
        f.composeName = blueprints::fromYaml(kv.first.Scalar());
        const QString at = what + QLatin1Char('.') + f.composeName;
        const YAML::Node &v = kv.second;
        if (!v.IsMap()) {
            r.problem(v, T::tr("%1 needs file: PATH or external: true").arg(at));
            continue;
        }
        f.external = v["external"] && YamlReader::plainBoolean(v["external"]).value_or(false);
        f.swarmName = v["name"]    ? text(v["name"], at + QStringLiteral(".name"))
                      : f.external ? f.composeName
                                   : m_out.stack.name + QLatin1Char('_') + f.composeName;
        if (v["file"])
            f.file = text(v["file"], at + QStringLiteral(".file"));
        if (!f.external && f.file.isEmpty()) {
            r.problem(v, T::tr("%1 needs file: PATH (or external: true)").arg(at));
            continue;
        }
        for (const auto &k : v) {
            const QString key = blueprints::fromYaml(k.first.Scalar());
            if (key != QLatin1String("file") && key != QLatin1String("external") &&
                key != QLatin1String("name"))
                warn.problem(k.first,
                             T::tr("%1.%2 is not supported in a stack; ignored").arg(at, key));
        }
        (secrets ? m_out.stack.secrets : m_out.stack.configs).append(f);
    }
}

void ComposeReader::fileRefs(const YAML::Node &node, const QString &where, bool secrets,
                             ServiceForm &form)
{
    const QList<StackFile> &known = secrets ? m_out.stack.secrets : m_out.stack.configs;
    const auto swarmName = [&known](const QString &composeName) {
        for (const StackFile &f : known)
            if (f.composeName == composeName)
                return f.swarmName;
        return QString();
    };
    if (!node.IsSequence()) {
        r.problem(node, T::tr("%1 is a list").arg(where));
        return;
    }
    for (const YAML::Node &item : node) {
        QString source, target;
        if (item.IsMap()) {
            source = item["source"] ? text(item["source"], where) : QString();
            target = item["target"] ? text(item["target"], where) : QString();
        } else {
            source = text(item, where);
        }
        const QString name = swarmName(source);
        if (name.isEmpty()) {
            r.problem(item,
                      T::tr("%1: \"%2\" is not one of the file's top-level %3")
                          .arg(where, source,
                               secrets ? QStringLiteral("secrets") : QStringLiteral("configs")));
            continue;
        }
        // As docker stack deploy: the file is named by the source key
        // (/run/secrets/SOURCE, /SOURCE) unless a target says otherwise.
        if (target.isEmpty())
            target = secrets ? source : QLatin1Char('/') + source;
        (secrets ? form.secrets : form.configs).append(name + QLatin1Char(':') + target);
    }
}

QStringList ComposeReader::pairs(const YAML::Node &node, const QString &where)
{
    QStringList out;
    if (node.IsMap()) {
        for (const auto &kv : node) {
            const QString key = blueprints::fromYaml(kv.first.Scalar());
            out.append(kv.second.IsNull() ? key
                                          : key + QLatin1Char('=') +
                                                text(kv.second, where + QLatin1Char('.') + key));
        }
        return out;
    }
    return r.stringList(node, where).value_or(QStringList());
}

void ComposeReader::ports(const YAML::Node &node, const QString &where, ServiceForm &form)
{
    if (!r.expectSequence(node, where))
        return;
    for (const YAML::Node &p : node) {
        if (!p.IsMap()) {
            form.publish.append(text(p, where));
            continue;
        }
        // Long syntax: target, published, protocol, mode.
        QString port;
        QString protocol, mode;
        QString target, published;
        for (const auto &kv : p) {
            const QString key = blueprints::fromYaml(kv.first.Scalar());
            const QString value = text(kv.second, where + QLatin1Char('.') + key);
            if (key == QLatin1String("target"))
                target = value;
            else if (key == QLatin1String("published"))
                published = value;
            else if (key == QLatin1String("protocol"))
                protocol = value;
            else if (key == QLatin1String("mode"))
                mode = value;
            else
                warn.problem(kv.first, T::tr("ports: \"%1\" is not used; ignored").arg(key));
        }
        port = (published.isEmpty() ? QString() : published + QLatin1Char(':')) + target;
        if (!protocol.isEmpty())
            port += QLatin1Char('/') + protocol;
        if (!mode.isEmpty())
            port += QStringLiteral(",mode=") + mode;
        form.publish.append(port);
    }
}

void ComposeReader::volumes(const YAML::Node &node, const QString &where, ServiceForm &form)
{
    if (!r.expectSequence(node, where))
        return;
    for (const YAML::Node &v : node) {
        if (v.IsMap()) {
            QStringList parts;
            for (const auto &kv : v) {
                const QString key = blueprints::fromYaml(kv.first.Scalar());
                QString value = text(kv.second, where + QLatin1Char('.') + key);
                if (key == QLatin1String("type") || key == QLatin1String("target"))
                    parts.append(key + QLatin1Char('=') + value);
                else if (key == QLatin1String("source"))
                    parts.append(QStringLiteral("src=") + value);
                else if (key == QLatin1String("read_only") && value == QLatin1String("true"))
                    parts.append(QStringLiteral("ro"));
                else
                    warn.problem(kv.first, T::tr("volumes: \"%1\" is not used; ignored").arg(key));
            }
            form.mounts.append(parts.join(QLatin1Char(',')));
            continue;
        }
        // Short: SOURCE:TARGET[:ro], or TARGET alone (an anonymous volume).
        const QStringList parts = text(v, where).split(QLatin1Char(':'));
        const bool readOnly = parts.size() == 3 && parts[2] == QLatin1String("ro");
        if (parts.size() == 1) {
            form.mounts.append(QStringLiteral("type=volume,dst=") + parts[0]);
            continue;
        }
        const QString source = parts[0];
        const bool bind =
            source.startsWith(QLatin1Char('/')) || source.startsWith(QLatin1Char('.'));
        form.mounts.append(QStringLiteral("type=%1,src=%2,dst=%3%4")
                               .arg(bind ? QStringLiteral("bind") : QStringLiteral("volume"),
                                    bind ? source : m_out.stack.name + QLatin1Char('_') + source,
                                    parts.value(1), readOnly ? QStringLiteral(",ro") : QString()));
    }
}

void ComposeReader::update(const YAML::Node &node, const QString &where, ServiceForm &form,
                           ServiceSpec &extra)
{
    if (!r.expectMap(node, where))
        return;
    for (const auto &kv : node) {
        const QString key = blueprints::fromYaml(kv.first.Scalar());
        const QString value = text(kv.second, where + QLatin1Char('.') + key);
        if (key == QLatin1String("parallelism"))
            form.updateParallelism = value;
        else if (key == QLatin1String("delay"))
            form.updateDelay = value;
        else if (key == QLatin1String("failure_action"))
            form.updateFailureAction = value;
        else if (key == QLatin1String("monitor"))
            form.updateMonitor = value;
        else if (key == QLatin1String("order"))
            form.updateOrder = value;
        else if (key == QLatin1String("max_failure_ratio"))
            extra.update.maxFailureRatio = value.toDouble();
        else
            warn.problem(kv.first, T::tr("%1: \"%2\" is not used; ignored").arg(where, key));
    }
}

void ComposeReader::healthcheck(const YAML::Node &node, const QString &where, ServiceSpec &extra)
{
    if (!r.expectMap(node, where))
        return;
    HealthCheck h;
    for (const auto &kv : node) {
        const QString key = blueprints::fromYaml(kv.first.Scalar());
        const QString at = where + QLatin1Char('.') + key;
        if (key == QLatin1String("test")) {
            if (kv.second.IsSequence())
                h.test = r.stringList(kv.second, at).value_or(QStringList());
            else
                h.test = {QStringLiteral("CMD-SHELL"), text(kv.second, at)};
            continue;
        }
        if (key == QLatin1String("disable")) {
            h.test = {QStringLiteral("NONE")};
            continue;
        }
        const QString value = text(kv.second, at);
        qint64 *duration = key == QLatin1String("interval")       ? &h.intervalMs
                           : key == QLatin1String("timeout")      ? &h.timeoutMs
                           : key == QLatin1String("start_period") ? &h.startPeriodMs
                                                                  : nullptr;
        if (duration) {
            *duration = parseDurationMs(value);
            if (*duration < 0)
                r.problem(kv.second,
                          T::tr("%1: \"%2\" is not a duration such as 5s or 1m30s").arg(at, value));
        } else if (key == QLatin1String("retries")) {
            h.retries = r.integer(kv.second, at, 1, 100).value_or(3);
        } else {
            warn.problem(kv.first, T::tr("%1: \"%2\" is not used; ignored").arg(where, key));
        }
    }
    if (h.test.isEmpty())
        r.problem(node, T::tr("%1 needs a test").arg(where));
    extra.health = h;
}

void ComposeReader::deploy(const YAML::Node &node, const QString &where, ServiceForm &form,
                           ServiceSpec &extra)
{
    if (!r.expectMap(node, where))
        return;
    for (const auto &kv : node) {
        const QString key = blueprints::fromYaml(kv.first.Scalar());
        const QString at = where + QLatin1Char('.') + key;
        const YAML::Node &v = kv.second;
        if (key == QLatin1String("replicas")) {
            form.replicas = text(v, at);
        } else if (key == QLatin1String("mode")) {
            const QString mode = text(v, at);
            if (mode == QLatin1String("global"))
                form.global = true;
            else if (mode != QLatin1String("replicated"))
                r.problem(v, T::tr("%1 is replicated or global, not \"%2\"").arg(at, mode));
        } else if (key == QLatin1String("labels")) {
            for (const QString &l : pairs(v, at))
                extra.labels.insert(l.section(QLatin1Char('='), 0, 0),
                                    l.section(QLatin1Char('='), 1));
        } else if (key == QLatin1String("resources")) {
            if (!r.expectMap(v, at))
                continue;
            for (const auto &kind : v) {
                const QString k = blueprints::fromYaml(kind.first.Scalar());
                const bool limits = k == QLatin1String("limits");
                if (!limits && k != QLatin1String("reservations")) {
                    warn.problem(kind.first, T::tr("%1: \"%2\" is not used; ignored").arg(at, k));
                    continue;
                }
                for (const auto &res : kind.second) {
                    const QString rk = blueprints::fromYaml(res.first.Scalar());
                    const QString value = text(res.second, at + QLatin1Char('.') + k);
                    if (rk == QLatin1String("cpus"))
                        (limits ? form.cpuLimit : form.cpuReservation) = value;
                    else if (rk == QLatin1String("memory"))
                        (limits ? form.memoryLimit : form.memoryReservation) = value;
                    else
                        warn.problem(res.first,
                                     T::tr("%1.%2: \"%3\" is not used; ignored").arg(at, k, rk));
                }
            }
        } else if (key == QLatin1String("restart_policy")) {
            if (!r.expectMap(v, at))
                continue;
            for (const auto &p : v) {
                const QString pk = blueprints::fromYaml(p.first.Scalar());
                if (pk == QLatin1String("condition"))
                    form.restartCondition = text(p.second, at);
                else if (pk == QLatin1String("max_attempts"))
                    extra.restartMaxAttempts = r.integer(p.second, at, 0, 1000).value_or(0);
                else
                    warn.problem(p.first, T::tr("%1: \"%2\" is not used; ignored").arg(at, pk));
            }
        } else if (key == QLatin1String("update_config")) {
            update(v, at, form, extra);
        } else if (key == QLatin1String("rollback_config")) {
            ServiceForm rollback;
            update(v, at, rollback, extra);
            QList<FormProblem> problems;
            extra.rollback = parseUpdatePolicy(rollback, &problems);
            for (const FormProblem &p : problems)
                r.problem(v, p.message);
        } else if (key == QLatin1String("placement")) {
            if (!r.expectMap(v, at))
                continue;
            for (const auto &p : v) {
                const QString pk = blueprints::fromYaml(p.first.Scalar());
                if (pk == QLatin1String("constraints")) {
                    form.constraints = r.stringList(p.second, at).value_or(QStringList());
                } else if (pk == QLatin1String("preferences") && p.second.IsSequence()) {
                    for (const YAML::Node &pref : p.second)
                        if (pref.IsMap() && pref["spread"])
                            extra.preferences.append(QStringLiteral("spread=") +
                                                     text(pref["spread"], at));
                } else {
                    warn.problem(p.first, T::tr("%1: \"%2\" is not used; ignored").arg(at, pk));
                }
            }
        } else {
            warn.problem(kv.first, T::tr("%1: \"%2\" is not used; ignored").arg(where, key));
        }
    }
}

void ComposeReader::service(const QString &composeName, const YAML::Node &node)
{
    const QString where = QStringLiteral("services.") + composeName;
    if (!r.expectMap(node, where))
        return;
    ServiceForm form;
    ServiceSpec extra;
    QStringList networks;
    form.name = m_out.stack.name + QLatin1Char('_') + composeName;
    for (const auto &kv : node) {
        const QString key = blueprints::fromYaml(kv.first.Scalar());
        const QString at = where + QLatin1Char('.') + key;
        const YAML::Node &v = kv.second;
        auto words = [&](const YAML::Node &n) {
            if (n.IsSequence())
                return r.stringList(n, at).value_or(QStringList());
            const auto split = splitShellWords(text(n, at));
            if (!split)
                r.problem(n, T::tr("%1: %2").arg(at, split.error()));
            return split ? *split : QStringList();
        };
        if (key == QLatin1String("image"))
            form.image = text(v, at);
        else if (key == QLatin1String("command"))
            form.command = words(v);
        else if (key == QLatin1String("entrypoint"))
            extra.entrypoint = words(v);
        else if (key == QLatin1String("environment")) {
            // A name without a value takes this process's value, as docker
            // stack deploy takes the shell's.
            for (const QString &e : pairs(v, at)) {
                if (e.contains(QLatin1Char('=')))
                    form.env.append(e);
                else if (qEnvironmentVariableIsSet(e.toUtf8().constData()))
                    form.env.append(e + QLatin1Char('=') +
                                    qEnvironmentVariable(e.toUtf8().constData()));
                else
                    warn.problem(v, T::tr("%1: %2 has no value here; left out").arg(at, e));
            }
        } else if (key == QLatin1String("ports"))
            ports(v, at, form);
        else if (key == QLatin1String("volumes"))
            volumes(v, at, form);
        else if (key == QLatin1String("labels"))
            for (const QString &l : pairs(v, at))
                extra.containerLabels.insert(l.section(QLatin1Char('='), 0, 0),
                                             l.section(QLatin1Char('='), 1));
        else if (key == QLatin1String("deploy"))
            deploy(v, at, form, extra);
        else if (key == QLatin1String("healthcheck"))
            healthcheck(v, at, extra);
        else if (key == QLatin1String("secrets") || key == QLatin1String("configs"))
            fileRefs(v, at, key == QLatin1String("secrets"), form);
        else if (key == QLatin1String("working_dir"))
            extra.workingDir = text(v, at);
        else if (key == QLatin1String("user"))
            extra.user = text(v, at);
        else if (key == QLatin1String("networks")) {
            if (v.IsMap())
                for (const auto &n : v)
                    networks.append(blueprints::fromYaml(n.first.Scalar()));
            else
                networks = r.stringList(v, at).value_or(QStringList());
        } else if (kIgnoredServiceKeys.contains(key))
            warn.problem(kv.first, T::tr("%1 is not supported in a stack; ignored").arg(at));
        else
            warn.problem(kv.first, T::tr("%1 is not a Compose key Sloop knows; ignored").arg(at));
    }
    if (form.image.isEmpty()) {
        r.problem(node, T::tr("%1 needs an image (a stack cannot build one)").arg(where));
        return;
    }
    const ParsedServiceForm parsed = parseServiceForm(form);
    for (const FormProblem &p : parsed.problems)
        r.problem(node, T::tr("%1: %2").arg(where, p.message));
    ServiceSpec spec = parsed.spec;
    spec.labels = extra.labels;
    spec.labels.insert(QString::fromLatin1(kStackLabel), m_out.stack.name);
    spec.containerLabels = extra.containerLabels;
    spec.containerLabels.insert(QString::fromLatin1(kStackLabel), m_out.stack.name);
    spec.entrypoint = extra.entrypoint;
    spec.workingDir = extra.workingDir;
    spec.user = extra.user;
    spec.restartMaxAttempts = extra.restartMaxAttempts;
    spec.update.maxFailureRatio = extra.update.maxFailureRatio;
    spec.rollback = extra.rollback;
    spec.preferences = extra.preferences;
    if (extra.health)
        spec.health = extra.health;
    if (networks.isEmpty())
        networks = {QStringLiteral("default")};
    for (const QString &n : networks) {
        const QString full =
            m_out.stack.externalNetworks.contains(n) ? n : m_out.stack.name + QLatin1Char('_') + n;
        if (!m_out.stack.externalNetworks.contains(n) && !m_out.stack.networks.contains(full))
            m_out.stack.networks.append(full);
        spec.networks.append({full, {composeName}});
    }
    m_out.stack.services.append({composeName, spec});
}

} // namespace

QString checkStackName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,49}$"));
    if (!valid.match(name).hasMatch())
        return T::tr("\"%1\" is not a stack name: up to 50 lowercase letters, digits, '-' and "
                     "'_', starting with a letter or digit.")
            .arg(name.left(80));
    return {};
}

ComposeParse parseCompose(const QByteArray &yaml, const QString &stackName)
{
    ComposeParse out;
    out.stack.name = stackName;
    ComposeReader reader(out);
    if (const QString bad = checkStackName(stackName); !bad.isEmpty()) {
        out.errors.append({0, 0, bad});
        return out;
    }
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        reader.r.problem(e.mark, T::tr("not valid YAML: %1").arg(blueprints::fromYaml(e.msg)));
        return out;
    }
    if (!reader.r.expectMap(root, T::tr("the Compose file")))
        return out;
    // Networks first: services name them.
    if (const YAML::Node networks = root["networks"]; networks && networks.IsMap()) {
        for (const auto &n : networks) {
            const QString name = blueprints::fromYaml(n.first.Scalar());
            if (n.second.IsMap() && n.second["external"] &&
                YamlReader::plainBoolean(n.second["external"]).value_or(false))
                out.stack.externalNetworks.append(
                    n.second["name"] ? blueprints::fromYaml(n.second["name"].Scalar()) : name);
        }
    }
    // Secrets and configs too: services name them.
    if (const YAML::Node secrets = root["secrets"])
        reader.files(secrets, true);
    if (const YAML::Node configs = root["configs"])
        reader.files(configs, false);
    for (const auto &kv : root) {
        const QString key = blueprints::fromYaml(kv.first.Scalar());
        if (key == QLatin1String("version")) {
            const QString version = blueprints::fromYaml(kv.second.Scalar());
            if (!version.startsWith(QLatin1Char('3')))
                reader.warn.problem(kv.second, T::tr("version %1: stacks read version 3 files; "
                                                     "keys of other versions may be ignored")
                                                   .arg(version));
        } else if (key == QLatin1String("services")) {
            if (!reader.r.expectMap(kv.second, key))
                continue;
            for (const auto &s : kv.second)
                reader.service(blueprints::fromYaml(s.first.Scalar()), s.second);
        } else if (key == QLatin1String("networks") || key == QLatin1String("volumes") ||
                   key.startsWith(QLatin1String("x-"))) {
            // Networks are made as services name them; named volumes when a
            // task first mounts them.
        } else if (key == QLatin1String("configs") || key == QLatin1String("secrets")) {
            // Read above.
        } else {
            reader.warn.problem(kv.first,
                                T::tr("\"%1\" is not a Compose key Sloop knows; ignored").arg(key));
        }
    }
    if (out.ok() && out.stack.services.isEmpty())
        out.errors.append({0, 0, T::tr("The Compose file has no services.")});
    return out;
}

} // namespace sloop::swarm
