#pragma once

#include <QDateTime>
#include <QString>

namespace sloop::containers {

// The engine's status text ("Up 16 seconds", "Up About an hour (healthy)",
// "Exited (0) 2 hours ago"), said at `said`, as it reads at `now`: the
// same words with the time moved on, so a list does not show "Up 16
// seconds" for a container that has run for an hour. Text the engine did
// not write that way comes back as it was.
QString currentStatusText(const QString &status, const QDateTime &said, const QDateTime &now);

// Docker's words for a duration (go-units' HumanDuration): "Less than a
// second", "About a minute", "5 minutes", "3 days"…
QString humanDuration(qint64 seconds);

} // namespace sloop::containers
