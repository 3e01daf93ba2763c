#pragma once

#include <QObject>

class QSocketNotifier;

namespace sloop::cli {

// SIGTERM and SIGINT as a Qt signal on the event loop, through a self-pipe:
// the handler only writes a byte (all it may safely do); the notifier reads
// it on the main thread, where stopping is safe. One instance at a time.
class StopSignals : public QObject
{
    Q_OBJECT
public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

    bool isInstalled() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void stopRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace sloop::cli
