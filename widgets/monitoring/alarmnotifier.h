#pragma once

#include "alarms/alarmtypes.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace sloop::alarms {
class AlarmService;
}

namespace sloop::widgets {

// Tells the person when an alarm changes state: a desktop notification
// through the tray icon where the desktop has a tray, else a message for
// the window's status bar. The alarm history keeps every change either way.
class AlarmNotifier : public QObject
{
    Q_OBJECT
public:
    AlarmNotifier(alarms::AlarmService *service, QObject *parent = nullptr);
    ~AlarmNotifier() override;

    bool hasTray() const;
    // The last notification, for tests and the status bar.
    QString lastTitle() const { return m_lastTitle; }
    QString lastText() const { return m_lastText; }

    // Person-readable title and text of a state change.
    static QString titleFor(const alarms::AlarmDefinition &alarm, alarms::AlarmState to);
    static QString textFor(const alarms::AlarmDefinition &alarm,
                           const alarms::AlarmHistoryEntry &entry);

Q_SIGNALS:
    void notified(const QString &title, const QString &text);
    // The tray message or icon was clicked: show the alarms.
    void activated();

private:
    void onStateChanged(const alarms::AlarmDefinition &alarm, alarms::AlarmState from,
                        const alarms::AlarmHistoryEntry &entry);

    QPointer<alarms::AlarmService> m_service;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastTitle;
    QString m_lastText;
};

} // namespace sloop::widgets
