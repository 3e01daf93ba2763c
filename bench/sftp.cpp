// SFTP throughput, both ways, through SftpClient against OpenSSH's own
// `sftp -b` client: same sshd (scripts/start-sshd.sh), same key, same files.
//   sloop-bench-sftp [--mb 1024] [--rounds 1]
// Prints MB/s (10^6 bytes per second) each way and the ratios, and the
// OpenSSH commands to reproduce its side.

#include "benchsupport.h"

#include "ssh/knownhosts.h"
#include "ssh/sftpclient.h"
#include "ssh/sftptransfer.h"
#include "ssh/sshsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace sloop;
using namespace sloop::ssh;

namespace {

QHash<QString, QString> readEnv(const QString &file)
{
    QHash<QString, QString> v;
    QFile f(file);
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (const qsizetype eq = line.indexOf('='); eq > 0)
                v.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    return v;
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

double runTransfer(SftpTransfer *t)
{
    QElapsedTimer clock;
    clock.start();
    bench::spinUntil([t] { return t->isFinished(); }, 3600 * 1000);
    const double s = seconds(clock);
    if (!t->result().ok())
        qFatal("bench: transfer failed: %s", qPrintable(t->result().message()));
    delete t;
    return s;
}

double runOpenSsh(const QStringList &args, const QString &batch, QString *shown)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    p.start(QStringLiteral("sftp"), QStringList{QStringLiteral("-b"), batch} + args);
    p.waitForFinished(-1);
    const double s = seconds(clock);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qFatal("bench: OpenSSH sftp failed (exit %d)", p.exitCode());
    *shown = QStringLiteral("sftp -b %1 %2").arg(batch, args.join(QLatin1Char(' ')));
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int mb = 1024;
    if (const qsizetype i = args.indexOf(QStringLiteral("--mb")); i > 0 && i + 1 < args.size())
        mb = args.at(i + 1).toInt();
    int rounds = 3;
    if (const qsizetype i = args.indexOf(QStringLiteral("--rounds")); i > 0 && i + 1 < args.size())
        rounds = args.at(i + 1).toInt();
    if (mb <= 0 || rounds <= 0)
        qFatal("bench: --mb and --rounds need positive numbers");
    const qint64 bytes = qint64(mb) * 1024 * 1024;

    const QString envFile = QStringLiteral("/tmp/sloop-test-services/sshd/env");
    const auto env = readEnv(envFile);
    if (env.value(QStringLiteral("SLOOP_TEST_SSH_PORT")).isEmpty())
        qFatal("bench: %s is missing: run scripts/start-sshd.sh", qPrintable(envFile));
    const QString host = env.value(QStringLiteral("SLOOP_TEST_SSH_HOST"));
    const quint16 port = quint16(env.value(QStringLiteral("SLOOP_TEST_SSH_PORT")).toUInt());
    const QString user = env.value(QStringLiteral("SLOOP_TEST_SSH_USER"));
    const QString key = env.value(QStringLiteral("SLOOP_TEST_SSH_KEY"));
    const QString hostKey = env.value(QStringLiteral("SLOOP_TEST_SSH_HOSTKEY"));

    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/sloop-bench-sftp-XXXXXX"));
    const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
    {
        QFile pub(hostKey + QStringLiteral(".pub"));
        QFile out(knownHosts);
        if (!pub.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            qFatal("bench: cannot write %s", qPrintable(knownHosts));
        const QList<QByteArray> f = pub.readAll().simplified().split(' ');
        out.write(knownHostsName(host, port).toUtf8() + ' ' + f.value(0) + ' ' + f.value(1) + '\n');
    }
    const QString local = dir.filePath(QStringLiteral("payload"));
    {
        QFile f(local);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("bench: cannot write %s", qPrintable(local));
        QByteArray block(4 * 1024 * 1024, Qt::Uninitialized);
        for (qint64 left = bytes; left > 0; left -= block.size()) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()),
                                                  block.size() / 4);
            f.write(block.constData(), qMin<qint64>(left, block.size()));
        }
    }
    const QString remote =
        QStringLiteral("/tmp/sloop-bench-sftp-%1")
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));

    SshTarget target{QStringLiteral("bench"), host, port, user, {key}, false, {}};
    SshOptions options;
    options.knownHostsFile = knownHosts;
    options.globalKnownHostsFile = dir.filePath(QStringLiteral("none"));
    options.useAgent = false;
    options.tryDefaultKeys = false;
    SshSession session(target, options);
    SftpClient client(&session);
    if (const auto home = bench::await(client.home()); !home)
        qFatal("bench: %s", qPrintable(home.message()));

    std::printf("== SFTP %d MiB over loopback (%s:%u), one file each way, median of %d rounds\n",
                mb, qPrintable(host), port, rounds);
    const QStringList sshArgs = {QStringLiteral("-q"),
                                 QStringLiteral("-P"),
                                 QString::number(port),
                                 QStringLiteral("-i"),
                                 key,
                                 QStringLiteral("-o"),
                                 QStringLiteral("IdentitiesOnly=yes"),
                                 QStringLiteral("-o"),
                                 QStringLiteral("StrictHostKeyChecking=yes"),
                                 QStringLiteral("-o"),
                                 QStringLiteral("UserKnownHostsFile=") + knownHosts,
                                 QStringLiteral("-o"),
                                 QStringLiteral("BatchMode=yes"),
                                 user + QLatin1Char('@') + host};
    const QString upBatch = dir.filePath(QStringLiteral("up.batch"));
    const QString downBatch = dir.filePath(QStringLiteral("down.batch"));
    const QString rmBatch = dir.filePath(QStringLiteral("rm.batch"));
    auto writeBatch = [](const QString &file, const QString &text) {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("bench: cannot write %s", qPrintable(file));
        f.write(text.toUtf8());
    };
    writeBatch(upBatch, QStringLiteral("put %1 %2\n").arg(local, remote));
    writeBatch(downBatch, QStringLiteral("get %1 %2.back\n").arg(remote, local));
    writeBatch(rmBatch, QStringLiteral("rm %1\n").arg(remote));
    QString upCommand, downCommand, ignored;

    // Rounds alternate Sloop and OpenSSH, so a busy moment on the machine
    // hits both; the median drops the outliers.
    QList<double> sloopUps, sloopDowns, sshUps, sshDowns;
    bool same = true;
    for (int round = 0; round < rounds; ++round) {
        sloopUps << runTransfer(client.upload(local, remote));
        sloopDowns << runTransfer(client.download(remote, local + QStringLiteral(".back")));
        same = same && QFileInfo(local + QStringLiteral(".back")).size() == bytes;
        QFile::remove(local + QStringLiteral(".back"));
        bench::await(client.removeFile(remote));

        sshUps << runOpenSsh(sshArgs, upBatch, &upCommand);
        sshDowns << runOpenSsh(sshArgs, downBatch, &downCommand);
        runOpenSsh(sshArgs, rmBatch, &ignored);
        // Each round too: a median hides whether one side was slow throughout.
        std::printf("round %d: Sloop up %.2f s down %.2f s | OpenSSH up %.2f s down %.2f s\n",
                    round + 1, sloopUps.last(), sloopDowns.last(), sshUps.last(), sshDowns.last());
        QFile::remove(local + QStringLiteral(".back"));
    }
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    const double sloopUp = median(sloopUps), sloopDown = median(sloopDowns);
    const double sshUp = median(sshUps), sshDown = median(sshDowns);

    const double mbytes = double(bytes) / 1e6;
    std::printf("%-28s %10s %10s\n", "", "upload", "download");
    std::printf("%-28s %7.1f MB/s %5.1f MB/s\n", "Sloop SftpClient", mbytes / sloopUp,
                mbytes / sloopDown);
    std::printf("%-28s %7.1f MB/s %5.1f MB/s\n", "OpenSSH sftp -b", mbytes / sshUp,
                mbytes / sshDown);
    std::printf("%-28s %9.2fx %9.2fx   (goal >= 0.80x)\n", "ratio Sloop / OpenSSH", sshUp / sloopUp,
                sshDown / sloopDown);
    std::printf("download size check: %s\n", same ? "ok" : "MISMATCH");
    std::printf("OpenSSH timings include its connect and login (about 0.1 s); Sloop's do not.\n");
    std::printf("reproduce: %s --mb %d --rounds %d\n",
                qPrintable(QCoreApplication::applicationFilePath()), mb, rounds);
    std::printf(
        "  OpenSSH side: %s\n                %s\n  (batch files: put %s %s / get %s %s.back)\n",
        qPrintable(upCommand), qPrintable(downCommand), qPrintable(local), qPrintable(remote),
        qPrintable(remote), qPrintable(local));
    return same ? 0 : 1;
}
