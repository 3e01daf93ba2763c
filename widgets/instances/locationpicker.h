#pragma once

#include "instances/instancerecord.h"

#include <QWidget>

class QButtonGroup;
class QLabel;

namespace sloop {
class ControlPlane;
}

namespace sloop::widgets {

class CardGrid;

// Where an instance goes: a system container on a Docker engine (this
// machine's, or an SSH host's forwarded one), or a whole SSH server. Each
// card says which of the two it makes. Follows engines as they come and go.
class LocationPicker : public QWidget
{
    Q_OBJECT
public:
    explicit LocationPicker(ControlPlane *plane, QWidget *parent = nullptr);

    // Re-reads engines and hosts, keeping the choice when it still exists.
    void refresh();
    // Picks an engine or host by name; false when there is none by that name.
    bool setLocation(const QString &name);
    QString location() const;
    instances::InstanceKind kind() const { return m_kind; }
    // "system container on local", for the review.
    QString describe() const;

Q_SIGNALS:
    void changed();

private:
    void picked(instances::InstanceKind kind, const QString &name);

    ControlPlane *m_plane;
    QButtonGroup *m_group;
    CardGrid *m_engines;
    CardGrid *m_hosts;
    QLabel *m_noHosts;
    QString m_location;
    instances::InstanceKind m_kind = instances::InstanceKind::Container;
};

} // namespace sloop::widgets
