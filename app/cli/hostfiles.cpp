#include "commands.h"
#include "hostsession.h"
#include "output.h"

#include "ssh/sftpclient.h"
#include "ssh/sftptransfer.h"
#include "ssh/sshsession.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <csignal>
#include <unistd.h>

namespace sloop::cli {

namespace {

const QString kTopic = QStringLiteral("hosts");

std::atomic_bool g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / 1e6, 'f', 1);
}

// "  42.0 / 100.0 MB  42%  180.3 MB/s" on one rewritten line.
void showProgress(const ssh::SftpTransfer &t)
{
    const qint64 total = t.bytesTotal();
    const int percent = total > 0 ? int(t.bytesDone() * 100 / total) : 0;
    const QString line = Tr::tr("\r%1 / %2 MB  %3%  %4 MB/s   ")
                             .arg(megabytes(t.bytesDone()), megabytes(total))
                             .arg(percent)
                             .arg(QString::number(t.bytesPerSecond() / 1e6, 'f', 1));
    writeBytes(stderr, line.toUtf8());
}

} // namespace

int hostsTransfer(const QStringList &args, bool upload)
{
    const ParsedArgs parsed =
        parseArgs(args, commonOptions() + QList<OptionSpec>{acceptHostKeyOption()});
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.size() != 3)
        return usageError(upload ? Tr::tr("\"hosts put\" takes NAME LOCAL REMOTE")
                                 : Tr::tr("\"hosts get\" takes NAME REMOTE LOCAL"),
                          kTopic);
    const QString from = parsed.positionals.at(1);
    QString to = parsed.positionals.at(2);
    if (upload && !QFileInfo(from).isFile())
        return fail(Tr::tr("%1 is not a file").arg(from));
    if (!upload && QFileInfo(to).isDir())
        to = QFileInfo(to).absoluteFilePath() + QLatin1Char('/') + ssh::remoteFileName(from);

    int status = kExitFailure;
    const auto host = loadHost(parsed.positionals.first(), &status);
    if (!host)
        return status;
    const std::unique_ptr<ssh::SshSession> session =
        connectToHost(*host, hostKeyPolicyOf(parsed), &status);
    if (!session)
        return status;

    ssh::SftpClient client(session.get());
    std::unique_ptr<ssh::SftpTransfer> transfer(upload ? client.upload(from, to)
                                                       : client.download(from, to));
    const bool tty = ::isatty(STDERR_FILENO);
    QElapsedTimer shown;
    shown.start();
    QEventLoop loop;
    QObject::connect(transfer.get(), &ssh::SftpTransfer::progress, &loop, [&] {
        if (tty && shown.elapsed() >= 200) {
            shown.restart();
            showProgress(*transfer);
        }
    });
    QObject::connect(transfer.get(), &ssh::SftpTransfer::finished, &loop, &QEventLoop::quit);
    // Ctrl+C cancels, so the partial file is removed before exiting.
    auto previous = std::signal(SIGINT, onInterrupt);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (g_interrupted)
            transfer->cancel();
    });
    poll.start(100);
    if (!transfer->isFinished())
        loop.exec();
    std::signal(SIGINT, previous);
    if (tty) {
        showProgress(*transfer);
        writeBytes(stderr, "\n");
    }
    const ssh::SshResult<void> &result = transfer->result();
    if (!result)
        return g_interrupted ? (fail(result.message()), 130) : fail(result.message());
    if (tty)
        writeBytes(stderr, Tr::tr("%1 MB in %2 s\n")
                               .arg(megabytes(transfer->bytesDone()))
                               .arg(QString::number(double(transfer->elapsedMs()) / 1000.0, 'f', 1))
                               .toUtf8());
    return kExitOk;
}

} // namespace sloop::cli
