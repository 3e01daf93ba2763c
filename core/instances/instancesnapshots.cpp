// InstanceService: snapshots (container commits, server archives over SFTP),
// restores and the daily automatic ones.
#include "creationflow.h"
#include "firewallplan.h"
#include "instancerepository.h"
#include "instanceservice.h"
#include "snapshotrepository.h"
#include "systemcontainer.h"

#include "blueprints/blueprintcatalog.h"
#include "engine/dockerclient.h"
#include "engine/enginecatalog.h"
#include "hosts/hostconnections.h"
#include "hosts/hostrepository.h"
#include "pricing/pricecatalog.h"
#include "ssh/sftpclient.h"
#include "ssh/sftptransfer.h"
#include "ssh/sshkeygen.h"
#include "ssh/sshsession.h"
#include "util/futures.h"
#include "util/logging.h"
#include "util/paths.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

namespace sloop::instances {

namespace {

QString snapshotsDir()
{
    return paths::dataDir() + QStringLiteral("/snapshots");
}

// Docker repository names are lower case.
QString imageRepo(const QString &instance)
{
    return QStringLiteral("sloop-snapshots/%1").arg(instance.toLower());
}

QStringList relativePaths(const QStringList &paths)
{
    QStringList out;
    for (const QString &path : paths)
        out << QDir::cleanPath(path).mid(1); // "/etc/nginx" → "etc/nginx"
    return out;
}

// Makes a folder on the server that only the login user may enter (umask
// 077, mktemp -d) and prints its path: an archive of /etc inside it is never
// readable by another user there, whatever its own mode. Folders of this
// user's left by a Sloop killed mid-transfer go first, after a day.
ssh::RemoteCommand privateRemoteFolder(const QString &prefix)
{
    return ssh::RemoteCommand::argv(
        {QStringLiteral("sh"), QStringLiteral("-c"),
         QStringLiteral("find /tmp -maxdepth 1 -name \"$1.*\" -user \"$(id -u)\" -mmin +1440 "
                        "-exec rm -rf -- {} + 2>/dev/null; umask 077 && mktemp -d "
                        "\"/tmp/$1.XXXXXXXXXX\""),
         QStringLiteral("sloop"), prefix});
}

// The folder privateRemoteFolder made: exactly what it printed, nothing
// else (it is removed as root); else why there is none.
Result<QString> privateFolderMade(const ssh::SshResult<ssh::ExecResult> &made)
{
    static const QRegularExpression rule(
        QStringLiteral("^/tmp/sloop-(snapshot|restore)\\.[A-Za-z0-9]{10}$"));
    const QString folder = made ? QString::fromUtf8(made->stdOut).trimmed() : QString();
    if (made && made->exitStatus == 0 && rule.match(folder).hasMatch())
        return folder;
    return Result<QString>::failure(made ? QString::fromUtf8(made->stdErr).trimmed()
                                         : made.message());
}

// A step that failed, with why in its log.
void markFailed(InstanceOperation *job, int step, const QString &why)
{
    job->appendLog(step, why);
    job->setStep(step, InstanceOperation::Failed);
}

} // namespace

Result<InstanceOperation *> InstanceService::snapshot(const QString &instance,
                                                      const QString &snapshotName,
                                                      const QStringList &paths, bool automatic)
{
    using R = Result<InstanceOperation *>;
    auto found = m_instances->find(instance);
    if (!found)
        return R::failure(found.problem());
    if (!found->has_value())
        return R::failure(ErrorKind::NotFound, tr("There is no instance named %1.").arg(instance));
    const InstanceRecord record = found->value();
    if (operation(instance))
        return R::failure(
            tr("%1 is busy: %2 is running.").arg(instance, operation(instance)->action()));
    auto taken = m_snapshots->find(snapshotName);
    if (taken && taken->has_value())
        return R::failure(ErrorKind::Conflict,
                          tr("There is a snapshot named %1 already.").arg(snapshotName));

    SnapshotRecord snap;
    snap.name = snapshotName;
    snap.instanceName = record.name;
    snap.location = record.location;
    snap.planId = record.planId;
    snap.blueprintId = record.blueprintId;
    snap.automatic = automatic;

    if (record.kind == InstanceKind::Container) {
        snap.kind = SnapshotKind::Image;
        snap.image = imageRepo(record.name) + QLatin1Char(':') + snapshotName;
        if (auto ok = validate(snap); !ok)
            return R::failure(ok.problem());
        engine::DockerClient *client = m_engines->client(record.location);
        if (!client)
            return R::failure(tr("The engine %1 is not available.").arg(record.location));
        InstanceOperation *job = newOperation(instance, QStringLiteral("snapshot"));
        const int step = job->addStep(tr("Commit the container as %1").arg(snap.image));
        job->setStep(step, InstanceOperation::Running);
        SystemContainers *containers = containersOn(record.location);
        whenFinished(containers->commit(record.containerId, imageRepo(record.name), snapshotName),
                     this, [this, job, step, snap](const Result<QString> &id) {
                         if (!id) {
                             markFailed(job, step, id.error());
                             finishOperation(job, id.error());
                             return;
                         }
                         job->appendLog(step, tr("image %1\n").arg(*id));
                         auto saved = m_snapshots->add(snap);
                         job->setStep(step, saved ? InstanceOperation::Succeeded
                                                  : InstanceOperation::Failed);
                         finishOperation(job, saved ? QString() : saved.error());
                     });
        return job;
    }

    // A server: chosen paths into a tar.gz on the server, fetched over SFTP.
    snap.kind = SnapshotKind::Archive;
    snap.paths = paths;
    if (snap.paths.isEmpty())
        return R::failure(
            tr("Name the folders to keep in a server snapshot (e.g. /etc /var/www)."));
    for (const QString &path : snap.paths)
        if (!path.startsWith(QLatin1Char('/')) || QDir::cleanPath(path) == QLatin1String("/"))
            return R::failure(tr("\"%1\": give absolute folders below /.").arg(path));
    snap.archivePath = QDir(snapshotsDir()).filePath(snapshotName + QStringLiteral(".tar.gz"));
    if (auto ok = validate(snap); !ok)
        return R::failure(ok.problem());
    auto host = m_hosts->find(record.hostName);
    if (!host || !host->has_value())
        return R::failure(ErrorKind::NotFound,
                          tr("There is no SSH host named %1.").arg(record.hostName));
    paths::ensureDir(snapshotsDir());
    // Guarded: the connection may be replaced during a 30-minute transfer.
    QPointer<ssh::SshSession> session = m_connections->session(host->value());
    InstanceOperation *job = newOperation(instance, QStringLiteral("snapshot"));
    const int packStep =
        job->addStep(tr("Pack %1 on the server").arg(snap.paths.join(QLatin1Char(' '))));
    const int fetchStep = job->addStep(tr("Copy the archive here over SFTP"));
    job->setStep(packStep, InstanceOperation::Running);
    const bool viaSudo = record.loginUser != QLatin1String("root");
    const QStringList relative = relativePaths(snap.paths);
    whenFinished(
        session->exec(privateRemoteFolder(QStringLiteral("sloop-snapshot"))), this,
        [this, job, packStep, fetchStep, session, snap, viaSudo, relative,
         loginUser = record.loginUser](const ssh::SshResult<ssh::ExecResult> &made) mutable {
            if (!session)
                return finishOperation(job, tr("The SSH session to the server is gone."));
            const Result<QString> madeFolder = privateFolderMade(made);
            if (!madeFolder) {
                markFailed(job, packStep, madeFolder.error());
                return finishOperation(
                    job,
                    tr("Cannot make a private folder on the server: %1").arg(madeFolder.error()));
            }
            const QString folder = *madeFolder;
            const QString remote = folder + QStringLiteral("/snapshot.tar.gz");
            QStringList argv;
            if (viaSudo)
                argv << QStringLiteral("sudo") << QStringLiteral("-n");
            argv << QStringLiteral("tar") << QStringLiteral("-czf") << remote
                 << QStringLiteral("-C") << QStringLiteral("/") << QStringLiteral("--") << relative;
            QStringList chown;
            if (viaSudo)
                chown << QStringLiteral("sudo") << QStringLiteral("-n") << QStringLiteral("chown")
                      << loginUser << remote;
            whenFinished(
                session->exec(ssh::RemoteCommand::argv(argv), 30 * 60 * 1000), this,
                [this, job, packStep, fetchStep, session, folder, remote, snap,
                 chown](const ssh::SshResult<ssh::ExecResult> &packed) mutable {
                    const auto removeFolder = [session, folder] {
                        if (session)
                            session->exec(ssh::RemoteCommand::argv({QStringLiteral("rm"),
                                                                    QStringLiteral("-rf"),
                                                                    QStringLiteral("--"), folder}));
                    };
                    if (!packed || packed->exitStatus != 0) {
                        const QString why =
                            packed ? QString::fromUtf8(packed->stdErr).trimmed() : packed.message();
                        removeFolder();
                        markFailed(job, packStep, why);
                        finishOperation(job, tr("tar failed: %1").arg(why));
                        return;
                    }
                    if (!session)
                        return finishOperation(job, tr("The SSH session to the server is gone."));
                    if (!chown.isEmpty())
                        session->exec(ssh::RemoteCommand::argv(chown));
                    job->setStep(packStep, InstanceOperation::Succeeded);
                    job->setStep(fetchStep, InstanceOperation::Running);
                    auto *sftp = new ssh::SftpClient(session, job);
                    auto *transfer = sftp->download(remote, snap.archivePath, job);
                    connect(
                        transfer, &ssh::SftpTransfer::finished, this,
                        [this, job, fetchStep, removeFolder,
                         snap](const ssh::SshResult<void> &done) mutable {
                            removeFolder();
                            if (!done) {
                                markFailed(job, fetchStep, done.message());
                                finishOperation(job, done.message());
                                return;
                            }
                            // It holds the server's /etc: this user's only.
                            QFile::setPermissions(snap.archivePath,
                                                  QFile::ReadOwner | QFile::WriteOwner);
                            snap.sizeBytes = QFileInfo(snap.archivePath).size();
                            job->appendLog(
                                fetchStep,
                                tr("%1 bytes in %2\n").arg(snap.sizeBytes).arg(snap.archivePath));
                            auto saved = m_snapshots->add(snap);
                            job->setStep(fetchStep, saved ? InstanceOperation::Succeeded
                                                          : InstanceOperation::Failed);
                            finishOperation(job, saved ? QString() : saved.error());
                        });
                    transfer->start();
                });
        });
    return job;
}

Result<InstanceOperation *> InstanceService::restoreSnapshot(const QString &snapshotName,
                                                             const QString &newName,
                                                             const QString &targetHost)
{
    using R = Result<InstanceOperation *>;
    auto found = m_snapshots->find(snapshotName);
    if (!found)
        return R::failure(found.problem());
    if (!found->has_value())
        return R::failure(ErrorKind::NotFound,
                          tr("There is no snapshot named %1.").arg(snapshotName));
    const SnapshotRecord snap = found->value();

    if (snap.kind == SnapshotKind::Archive) {
        // Unpacked onto an existing server instance (the same or another).
        const QString targetName = targetHost.isEmpty() ? snap.instanceName : targetHost;
        auto target = m_instances->find(targetName);
        if (!target || !target->has_value())
            return R::failure(ErrorKind::NotFound,
                              tr("There is no instance named %1 to restore onto.").arg(targetName));
        const InstanceRecord record = target->value();
        auto host = m_hosts->find(record.hostName);
        if (!host || !host->has_value())
            return R::failure(ErrorKind::NotFound,
                              tr("There is no SSH host named %1.").arg(record.hostName));
        if (operation(targetName))
            return R::failure(tr("%1 is busy.").arg(targetName));
        QPointer<ssh::SshSession> session = m_connections->session(host->value());
        InstanceOperation *job = newOperation(targetName, QStringLiteral("restore"));
        const int sendStep = job->addStep(tr("Copy %1 to the server").arg(snap.name));
        const int unpackStep = job->addStep(tr("Unpack it into /"));
        job->setStep(sendStep, InstanceOperation::Running);
        const bool viaSudo = record.loginUser != QLatin1String("root");
        whenFinished(
            session->exec(privateRemoteFolder(QStringLiteral("sloop-restore"))), this,
            [this, job, sendStep, unpackStep, session, viaSudo,
             archive = snap.archivePath](const ssh::SshResult<ssh::ExecResult> &made) {
                if (!session)
                    return finishOperation(job, tr("The SSH session to the server is gone."));
                const Result<QString> madeFolder = privateFolderMade(made);
                if (!madeFolder) {
                    markFailed(job, sendStep, madeFolder.error());
                    return finishOperation(job, tr("Cannot make a private folder on the server: %1")
                                                    .arg(madeFolder.error()));
                }
                const QString folder = *madeFolder;
                const QString remote = folder + QStringLiteral("/snapshot.tar.gz");
                auto *sftp = new ssh::SftpClient(session, job);
                auto *transfer = sftp->upload(archive, remote, job);
                connect(transfer, &ssh::SftpTransfer::finished, this,
                        [this, job, sendStep, unpackStep, session, folder, remote,
                         viaSudo](const ssh::SshResult<void> &sent) {
                            if (!session)
                                return finishOperation(
                                    job, tr("The SSH session to the server is gone."));
                            if (!sent) {
                                session->exec(ssh::RemoteCommand::argv(
                                    {QStringLiteral("rm"), QStringLiteral("-rf"),
                                     QStringLiteral("--"), folder}));
                                markFailed(job, sendStep, sent.message());
                                finishOperation(job, sent.message());
                                return;
                            }
                            job->setStep(sendStep, InstanceOperation::Succeeded);
                            job->setStep(unpackStep, InstanceOperation::Running);
                            QStringList argv;
                            if (viaSudo)
                                argv << QStringLiteral("sudo") << QStringLiteral("-n");
                            argv << QStringLiteral("sh") << QStringLiteral("-c")
                                 << QStringLiteral("tar -xzpf \"$1\" -C /; s=$?; rm -rf -- "
                                                   "\"$2\"; exit $s")
                                 << QStringLiteral("sloop-restore") << remote << folder;
                            whenFinished(
                                session->exec(ssh::RemoteCommand::argv(argv), 30 * 60 * 1000), this,
                                [this, job, unpackStep](const ssh::SshResult<ssh::ExecResult> &r) {
                                    const bool ok = r && r->exitStatus == 0;
                                    const QString why =
                                        r ? QString::fromUtf8(r->stdErr).trimmed() : r.message();
                                    if (!ok)
                                        job->appendLog(unpackStep, why);
                                    job->setStep(unpackStep, ok ? InstanceOperation::Succeeded
                                                                : InstanceOperation::Failed);
                                    finishOperation(job,
                                                    ok ? QString() : tr("tar failed: %1").arg(why));
                                });
                        });
                transfer->start();
            });
        return job;
    }

    // An image: a new container instance from it, provisioned already.
    const auto blueprint = m_blueprints->find(snap.blueprintId);
    const auto plan = m_plans->plan(snap.planId);
    if (!blueprint || !plan)
        return R::failure(tr("The blueprint %1 or plan %2 of the snapshot is no longer in the "
                             "catalogue.")
                              .arg(snap.blueprintId, snap.planId));
    if (auto ok = checkName(newName, InstanceKind::Container, snap.location); !ok)
        return R::failure(ok.problem());
    if (!m_engines->find(snap.location))
        return R::failure(
            tr("The engine %1 holding the snapshot is not available.").arg(snap.location));

    InstanceRecord record;
    record.name = newName;
    record.kind = InstanceKind::Container;
    record.location = snap.location;
    record.blueprintId = snap.blueprintId;
    record.planId = snap.planId;
    record.loginUser = QStringLiteral("root");
    if (auto source = m_instances->find(snap.instanceName); source && source->has_value()) {
        record.firewall = source->value().firewall;
        record.userData = source->value().userData;
        record.tags = source->value().tags;
    } else {
        QList<int> tcp;
        for (const auto &port : blueprint->ports)
            tcp << port.port;
        record.firewall = defaultFirewall(tcp);
    }
    auto ports = containerPortsFor(record.firewall, {});
    if (!ports)
        return R::failure(ports.problem());
    record.ports = *ports;
    const QString keyFile = QDir(keysDir()).filePath(newName);
    auto pair = QFileInfo::exists(keyFile)
                    ? ssh::readKeyPair(keyFile)
                    : ssh::generateEd25519KeyPair(keyFile, QStringLiteral("sloop-%1").arg(newName));
    if (!pair)
        return R::failure(pair.problem());
    record.keyFile = keyFile;
    record.stateReason = tr("restored from %1").arg(snap.name);
    auto saved = m_instances->add(record);
    if (!saved)
        return R::failure(saved.problem());
    InstanceOperation *job = newOperation(newName, QStringLiteral("restore"));
    auto *flow = new CreationFlow(
        this, job, {*saved, *blueprint, *plan, {}, snap.image, pair->publicKeyLine, false});
    QTimer::singleShot(0, flow, &CreationFlow::start);
    Q_EMIT instancesChanged();
    return job;
}

Result<InstanceOperation *> InstanceService::deleteSnapshot(const QString &snapshotName)
{
    using R = Result<InstanceOperation *>;
    auto found = m_snapshots->find(snapshotName);
    if (!found)
        return R::failure(found.problem());
    if (!found->has_value())
        return R::failure(ErrorKind::NotFound,
                          tr("There is no snapshot named %1.").arg(snapshotName));
    const SnapshotRecord snap = found->value();
    InstanceOperation *job =
        newOperation(QStringLiteral("snapshot:") + snap.name, QStringLiteral("delete snapshot"));
    const int step = job->addStep(tr("Delete the snapshot %1").arg(snap.name));
    job->setStep(step, InstanceOperation::Running);
    auto done = [this, job, step, snap](const VoidResult &ok) {
        if (!ok && ok.kind() != ErrorKind::NotFound) { // already gone is fine
            markFailed(job, step, ok.error());
            finishOperation(job, ok.error());
            return;
        }
        m_snapshots->remove(snap.name);
        job->setStep(step, InstanceOperation::Succeeded);
        finishOperation(job, {});
    };
    if (snap.kind == SnapshotKind::Archive) {
        QFile::remove(snap.archivePath);
        QTimer::singleShot(0, this, [done] { done({}); });
    } else if (engine::DockerClient *client = m_engines->client(snap.location)) {
        whenFinished(client->removeImage(snap.image), this, done);
    } else {
        finishOperation(job, tr("The engine %1 is not available.").arg(snap.location));
    }
    return job;
}

void InstanceService::runAutomaticSnapshots()
{
    auto all = m_instances->all();
    if (!all)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const InstanceRecord &record : *all) {
        if (!record.autoSnapshot || record.state != InstanceState::Running ||
            operation(record.name))
            continue;
        auto existing = m_snapshots->forInstance(record.name);
        if (!existing)
            continue;
        QList<SnapshotRecord> automatic;
        for (const auto &snap : *existing)
            if (snap.automatic)
                automatic.append(snap); // newest first
        if (!automatic.isEmpty() &&
            automatic.first().createdMs > now.addSecs(-23 * 3600).toMSecsSinceEpoch())
            continue;
        // Keep the last kAutoSnapshotsKept, counting the one about to be
        // made; the oldest go only once it is there (issue 15).
        QStringList excess;
        for (qsizetype i = kAutoSnapshotsKept - 1; i < automatic.size(); ++i)
            excess << automatic.at(i).name;
        const QString name = QStringLiteral("%1-auto-%2")
                                 .arg(record.name, now.toString(QStringLiteral("yyyyMMdd-HHmm")));
        QStringList paths;
        if (record.kind == InstanceKind::Server)
            paths << QStringLiteral("/etc") << QStringLiteral("/var/www")
                  << QStringLiteral("/home");
        auto made = snapshot(record.name, name, paths, true);
        if (!made) {
            qCWarning(lcInstances) << "automatic snapshot of" << record.name << made.error();
            continue;
        }
        connect(*made, &InstanceOperation::finished, this,
                [this, excess](bool ok, const QString &) {
                    if (ok)
                        for (const QString &old : excess)
                            deleteSnapshot(old);
                });
    }
}

} // namespace sloop::instances
