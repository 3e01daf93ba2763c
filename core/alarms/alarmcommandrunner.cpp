#include "alarmcommandrunner.h"

#include "alarmslogging.h"
#include "alarmstext.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

#include <memory>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace sloop::alarms {

namespace {

constexpr qsizetype kMaxOutput = 4096;

QString outputText(const QByteArray &output, bool cut)
{
    QString text = QString::fromUtf8(output).trimmed();
    if (cut)
        text += QStringLiteral(" …");
    return text;
}

} // namespace

AlarmCommandRunner::AlarmCommandRunner(QObject *parent)
    : QObject(parent)
{
}

AlarmCommandRunner::~AlarmCommandRunner()
{
    for (QProcess *p : std::as_const(m_running)) {
        p->disconnect(this);
        p->kill();
        p->waitForFinished(1000);
    }
}

void AlarmCommandRunner::run(const AlarmDefinition &alarm, const AlarmHistoryEntry &entry,
                             std::optional<double> value)
{
    auto *process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // What signs in for Sloop is not the alarm command's: no SSH password or
    // passphrase, no agent to sign with, no AWS secret of the endpoint.
    for (const char *secret :
         {"SLOOP_SSH_PASSWORD", "SLOOP_SSH_PASSPHRASE", "SSH_AUTH_SOCK", "SSH_AGENT_PID",
          "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "SLOOP_REGISTRY_PASSWORD"})
        env.remove(QString::fromLatin1(secret));
    env.insert(QStringLiteral("SLOOP_ALARM_NAME"), alarm.name);
    env.insert(QStringLiteral("SLOOP_ALARM_STATE"), toString(entry.to));
    env.insert(QStringLiteral("SLOOP_ALARM_PREVIOUS_STATE"), toString(entry.from));
    env.insert(QStringLiteral("SLOOP_ALARM_REASON"), entry.reason);
    env.insert(QStringLiteral("SLOOP_ALARM_TARGET"), alarm.target);
    env.insert(QStringLiteral("SLOOP_ALARM_METRIC"), alarm.metric);
    env.insert(QStringLiteral("SLOOP_ALARM_THRESHOLD"), QString::number(alarm.threshold, 'g', 10));
    env.insert(QStringLiteral("SLOOP_ALARM_VALUE"),
               value ? QString::number(*value, 'g', 10) : QString());
    process->setProcessEnvironment(env);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardInputFile(QProcess::nullDevice());
    m_running.insert(process);

    // Shared by the slots below; output beyond the cap is drained and dropped.
    struct Run
    {
        QByteArray output;
        bool cut = false;
        bool timedOut = false;
        bool done = false;
    };
    auto state = std::make_shared<Run>();
    auto *limit = new QTimer(process);
    limit->setSingleShot(true);
    const int timeoutMs = m_timeoutMs;

    connect(process, &QProcess::readyRead, this, [process, state] {
        const QByteArray chunk = process->readAll();
        const qsizetype room = kMaxOutput - state->output.size();
        if (chunk.size() > room)
            state->cut = true;
        if (room > 0)
            state->output.append(chunk.left(room));
    });
    auto finish = [this, process, state, entry](const QString &note) {
        if (state->done)
            return;
        state->done = true;
        m_running.remove(process);
        AlarmHistoryEntry e = entry;
        e.note = note;
        process->deleteLater();
        Q_EMIT finished(e);
    };
    connect(limit, &QTimer::timeout, this, [process, state, timeoutMs] {
        state->timedOut = true;
        qCWarning(lcAlarms) << "alarm command still running after" << timeoutMs << "ms: killed";
        // The whole group: what the shell started dies with it.
        if (const qint64 pid = process->processId(); pid > 0)
            ::kill(-pid_t(pid), SIGKILL);
        process->kill();
    });
    connect(
        process, &QProcess::finished, this,
        [this, process, state, finish, alarm, timeoutMs](int code, QProcess::ExitStatus status) {
            state->output.append(process->readAll().left(kMaxOutput - state->output.size()));
            const QString out = outputText(state->output, state->cut);
            QString note;
            if (state->timedOut)
                note = AlarmsText::tr("Command stopped after %1 s (time limit).")
                           .arg(timeoutMs / 1000.0, 0, 'g', 3);
            else if (status == QProcess::CrashExit)
                note = AlarmsText::tr("Command crashed.");
            else
                note = AlarmsText::tr("Command exited with status %1.").arg(code);
            if (!out.isEmpty())
                note += QLatin1Char(' ') + AlarmsText::tr("Output: %1").arg(out);
            if (state->timedOut || status != QProcess::NormalExit || code != 0)
                qCWarning(lcAlarms).noquote()
                    << "command of alarm" << alarm.name << "failed:" << note;
            else
                qCInfo(lcAlarms).noquote() << "command of alarm" << alarm.name << "ran";
            finish(note);
        });
    connect(process, &QProcess::errorOccurred, this, [process, finish](QProcess::ProcessError e) {
        // Crashes and kills also come through finished(); only a start
        // failure never does.
        if (e == QProcess::FailedToStart)
            finish(AlarmsText::tr("Command could not start: %1").arg(process->errorString()));
    });

    qCInfo(lcAlarms).noquote() << "running the command of alarm" << alarm.name;
    // A process group of its own, so a time-out can stop everything it started.
    process->setChildProcessModifier([] { ::setsid(); });
    process->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), alarm.command});
    limit->start(timeoutMs);
}

} // namespace sloop::alarms
