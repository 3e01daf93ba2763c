#include "createinstancewizard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sloop {

// A placeholder until the wizard lands.
CreateInstanceWizard::CreateInstanceWizard(ControlPlane *plane, QWidget *parent)
    : QDialog(parent)
    , m_plane(plane)
{
    setWindowTitle(tr("Create an instance"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Create an instance"), this));
}

void CreateInstanceWizard::setLocation(const QString &location)
{
    Q_UNUSED(location);
}

} // namespace sloop
