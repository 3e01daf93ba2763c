#include "apipane.h"

#include "controlplane/controlplane.h"
#include "functions/functionrepository.h"
#include "functions/functionservice.h"
#include "gateway/apirepository.h"
#include "gateway/gateway.h"

namespace sloop::widgets {

ApiPane::ApiPane(ControlPlane *plane, QWidget *parent)
    : QWidget(parent)
    , m_plane(plane)
{
}

bool ApiPane::save(const Result<gateway::Api> &changed, const QString &failureTitle)
{
    if (!changed) {
        Q_EMIT problem(changed.problem(), failureTitle);
        return false;
    }
    store::Database *db = m_plane->database();
    if (!db)
        return false;
    if (const VoidResult saved = gateway::ApiRepository(*db).save(*changed); !saved) {
        Q_EMIT problem(saved.problem(), failureTitle);
        return false;
    }
    if (gateway::Gateway *g = m_plane->gateway())
        g->changed();
    m_api = *changed;
    Q_EMIT edited(m_api.id);
    return true;
}

QStringList ApiPane::functionNames() const
{
    QStringList names;
    if (functions::FunctionService *service = m_plane->functions())
        if (const auto all = service->repository().all())
            for (const functions::FunctionRecord &f : *all)
                names.append(f.name);
    return names;
}

} // namespace sloop::widgets
