#include "alarmnotifier.h"

#include "alarms/alarmservice.h"
#include "metrics/metricpoint.h"

#include <QApplication>
#include <QIcon>
#include <QSystemTrayIcon>

namespace sloop::widgets {

AlarmNotifier::AlarmNotifier(alarms::AlarmService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/sloop/icons/sloop.png")), this);
        m_tray->setToolTip(tr("Sloop"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &AlarmNotifier::activated);
        connect(m_tray, &QSystemTrayIcon::activated, this, &AlarmNotifier::activated);
    }
    if (service)
        connect(service, &alarms::AlarmService::stateChanged, this, &AlarmNotifier::onStateChanged);
}

AlarmNotifier::~AlarmNotifier() = default;

bool AlarmNotifier::hasTray() const
{
    return m_tray != nullptr;
}

QString AlarmNotifier::titleFor(const alarms::AlarmDefinition &alarm, alarms::AlarmState to)
{
    switch (to) {
    case alarms::AlarmState::Alarm:
        return tr("Alarm: %1").arg(alarm.name);
    case alarms::AlarmState::Ok:
        return tr("OK again: %1").arg(alarm.name);
    case alarms::AlarmState::InsufficientData:
        break;
    }
    return tr("No data: %1").arg(alarm.name);
}

QString AlarmNotifier::textFor(const alarms::AlarmDefinition &alarm,
                               const alarms::AlarmHistoryEntry &entry)
{
    const auto target = metrics::Target::fromKey(alarm.target);
    const QString where = target ? target->label() : alarm.target;
    return tr("%1 on %2. %3").arg(alarms::describeCondition(alarm), where, entry.reason);
}

void AlarmNotifier::onStateChanged(const alarms::AlarmDefinition &alarm, alarms::AlarmState from,
                                   const alarms::AlarmHistoryEntry &entry)
{
    // The first evaluation of a new alarm (no data → OK) is not news.
    if (from == alarms::AlarmState::InsufficientData && entry.to == alarms::AlarmState::Ok)
        return;
    m_lastTitle = titleFor(alarm, entry.to);
    m_lastText = textFor(alarm, entry);
    if (m_tray) {
        const auto icon = entry.to == alarms::AlarmState::Alarm ? QSystemTrayIcon::Warning
                                                                : QSystemTrayIcon::Information;
        m_tray->showMessage(m_lastTitle, m_lastText, icon, 10000);
    }
    Q_EMIT notified(m_lastTitle, m_lastText);
}

} // namespace sloop::widgets
