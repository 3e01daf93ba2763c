#pragma once

#include "gateway/apimodel.h"

#include <QWidget>

namespace sloop {
class ControlPlane;
}

namespace sloop::widgets {

// A tab of the APIs page about the API shown: it is told which one, and
// says when it changed it (saved, and served by the gateway).
class ApiPane : public QWidget
{
    Q_OBJECT
public:
    explicit ApiPane(ControlPlane *plane, QWidget *parent = nullptr);
    virtual void setApi(const gateway::Api &api) = 0;
    const gateway::Api &api() const { return m_api; }

Q_SIGNALS:
    void edited(const QString &apiId);
    void problem(const sloop::Error &error, const QString &title);

protected:
    // Saves the API and has the gateway serve it (this window when it owns
    // the data folder, else the owner); reports a failure.
    bool save(const Result<gateway::Api> &changed, const QString &failureTitle);
    // The functions there are, for dialogs' lists.
    QStringList functionNames() const;

    ControlPlane *m_plane;
    gateway::Api m_api;
};

} // namespace sloop::widgets
