#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

#include <memory>
#include <vector>

namespace sloop::test {

// The `sloop` processes a suite starts (windows, serves, CLIs). They belong
// to this object: killAll() (call it from cleanup()) kills those still
// running and deletes them all.
class SloopProcesses
{
public:
    void setup(QString binary, QProcessEnvironment env)
    {
        m_binary = std::move(binary);
        m_env = std::move(env);
    }
    const QProcessEnvironment &environment() const { return m_env; }

    QProcess *start(const QStringList &args)
    {
        m_processes.push_back(std::make_unique<QProcess>());
        QProcess *p = m_processes.back().get();
        p->setProcessEnvironment(m_env);
        p->setStandardInputFile(QProcess::nullDevice());
        p->start(m_binary, args);
        if (!p->waitForStarted(10000))
            return nullptr;
        return p;
    }

    // `sloop serve ARGS`, once it says it serves; what it wrote to stderr
    // until then goes to *err (it may say more than that line).
    QProcess *startServe(const QStringList &args = {}, QByteArray *err = nullptr)
    {
        QProcess *serve = start(QStringList{QStringLiteral("serve")} + args);
        if (!serve)
            return nullptr;
        QByteArray said;
        QDeadlineTimer deadline(20000);
        while (!said.contains("serving the data folder") && !deadline.hasExpired() &&
               serve->state() == QProcess::Running) {
            serve->waitForReadyRead(200);
            said += serve->readAllStandardError();
        }
        if (err)
            *err = said;
        if (!said.contains("serving the data folder")) {
            qWarning("serve did not start: %s", said.constData());
            return nullptr;
        }
        return serve;
    }

    void killAll()
    {
        for (const auto &p : m_processes) {
            if (p->state() != QProcess::NotRunning) {
                p->kill();
                p->waitForFinished(5000);
            }
        }
        m_processes.clear();
    }

private:
    QString m_binary;
    QProcessEnvironment m_env;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

} // namespace sloop::test
