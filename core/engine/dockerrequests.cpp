// Request bodies and query parameters for the Docker Engine API: the other
// direction of dockerjson.cpp.
#include "dockerjson.h"

#include <nlohmann/json.hpp>

namespace sloop::engine::json {

using nlohmann::json;

QByteArray containerCreateBody(const ContainerSpec &spec)
{
    json body;
    body["Image"] = spec.image.toStdString();
    if (!spec.command.isEmpty()) {
        json cmd = json::array();
        for (const QString &arg : spec.command)
            cmd.push_back(arg.toStdString());
        body["Cmd"] = cmd;
    }
    if (!spec.entrypoint.isEmpty()) {
        json entrypoint = json::array();
        for (const QString &arg : spec.entrypoint)
            entrypoint.push_back(arg.toStdString());
        body["Entrypoint"] = entrypoint;
    }
    json env = json::array();
    for (const QString &e : spec.env)
        env.push_back(e.toStdString());
    body["Env"] = env;
    json labels = json::object();
    for (auto it = spec.labels.begin(); it != spec.labels.end(); ++it)
        labels[it.key().toStdString()] = it.value().toStdString();
    body["Labels"] = labels;
    body["Tty"] = spec.tty;
    if (!spec.hostname.isEmpty())
        body["Hostname"] = spec.hostname.toStdString();
    if (!spec.user.isEmpty())
        body["User"] = spec.user.toStdString();
    if (!spec.workingDir.isEmpty())
        body["WorkingDir"] = spec.workingDir.toStdString();
    if (spec.networkDisabled)
        body["NetworkDisabled"] = true;
    body["OpenStdin"] = spec.interactive;
    body["StdinOnce"] = spec.interactive && spec.stdinOnce;
    body["AttachStdin"] = false;
    body["AttachStdout"] = true;
    body["AttachStderr"] = true;

    json exposed = json::object();
    json bindings = json::object();
    for (const PortSpec &p : spec.ports) {
        const std::string key =
            std::to_string(p.containerPort) + "/" + p.protocol.toLower().toStdString();
        exposed[key] = json::object();
        json binding = json::object();
        binding["HostIp"] = p.hostIp.toStdString();
        binding["HostPort"] = p.hostPort > 0 ? std::to_string(p.hostPort) : std::string();
        bindings[key].push_back(binding);
    }
    body["ExposedPorts"] = exposed;

    json host = json::object();
    host["PortBindings"] = bindings;
    json binds = json::array();
    for (const VolumeSpec &v : spec.volumes) {
        std::string bind = v.source.toStdString() + ":" + v.target.toStdString();
        if (v.readOnly)
            bind += ":ro";
        binds.push_back(bind);
    }
    host["Binds"] = binds;
    json restart = json::object();
    restart["Name"] = spec.restartPolicy == QLatin1String("no") ? std::string()
                                                                : spec.restartPolicy.toStdString();
    host["RestartPolicy"] = restart;
    if (spec.cpus > 0)
        host["NanoCpus"] = qint64(spec.cpus * 1e9);
    if (spec.memoryBytes > 0)
        host["Memory"] = spec.memoryBytes;
    if (spec.pidsLimit > 0)
        host["PidsLimit"] = spec.pidsLimit;
    if (spec.init)
        host["Init"] = true;
    if (spec.readOnlyRootfs)
        host["ReadonlyRootfs"] = true;
    if (!spec.tmpfs.isEmpty()) {
        json tmpfs = json::object();
        for (auto it = spec.tmpfs.cbegin(); it != spec.tmpfs.cend(); ++it)
            tmpfs[it.key().toStdString()] = it.value().toStdString();
        host["Tmpfs"] = tmpfs;
    }
    if (!spec.capDrop.isEmpty()) {
        json caps = json::array();
        for (const QString &cap : spec.capDrop)
            caps.push_back(cap.toStdString());
        host["CapDrop"] = caps;
    }
    if (spec.noNewPrivileges)
        host["SecurityOpt"] = json::array({"no-new-privileges:true"});
    if (spec.networkDisabled)
        host["NetworkMode"] = "none";
    else if (!spec.networkMode.isEmpty())
        host["NetworkMode"] = spec.networkMode.toStdString();
    body["HostConfig"] = host;
    return QByteArray::fromStdString(body.dump());
}

QByteArray volumeCreateBody(const QString &name)
{
    json body;
    body["Name"] = name.toStdString();
    return QByteArray::fromStdString(body.dump());
}

QByteArray networkCreateBody(const QString &name, const QString &driver)
{
    json body;
    body["Name"] = name.toStdString();
    body["CheckDuplicate"] = true;
    if (!driver.isEmpty())
        body["Driver"] = driver.toStdString();
    return QByteArray::fromStdString(body.dump());
}

QByteArray execCreateBody(const QStringList &cmd, bool tty, const QStringList &env,
                          bool attachStdin)
{
    json body;
    json argv = json::array();
    for (const QString &arg : cmd)
        argv.push_back(arg.toStdString());
    body["Cmd"] = argv;
    body["Tty"] = tty;
    if (!env.isEmpty()) {
        json vars = json::array();
        for (const QString &e : env)
            vars.push_back(e.toStdString());
        body["Env"] = vars;
    }
    body["AttachStdin"] = attachStdin;
    body["AttachStdout"] = true;
    body["AttachStderr"] = true;
    return QByteArray::fromStdString(body.dump());
}

QByteArray filtersParam(const QMap<QString, QStringList> &filters)
{
    json body = json::object();
    for (auto it = filters.begin(); it != filters.end(); ++it) {
        json values = json::array();
        for (const QString &v : it.value())
            values.push_back(v.toStdString());
        body[it.key().toStdString()] = values;
    }
    return QByteArray::fromStdString(body.dump());
}

} // namespace sloop::engine::json
