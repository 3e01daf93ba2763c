#pragma once

#include <QDialog>
#include <QStringList>

namespace sloop {

class ControlPlane;

// Lightsail's create-instance flow: where → platform → blueprint → launch
// script → SSH key → plan → name, count and tags → review → Create, then
// the progress of each instance's job.
class CreateInstanceWizard : public QDialog
{
    Q_OBJECT
public:
    explicit CreateInstanceWizard(ControlPlane *plane, QWidget *parent = nullptr);

    // Preselects where the instance goes (an engine or a host name).
    void setLocation(const QString &location);

Q_SIGNALS:
    // Create was pressed and the service accepted the request.
    void instancesCreated(const QStringList &names);

private:
    ControlPlane *m_plane;
};

} // namespace sloop
