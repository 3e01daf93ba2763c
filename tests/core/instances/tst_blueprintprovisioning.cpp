// Every shipped Apps + OS blueprint, provisioned for real on a container
// instance made from the locally built Debian image (packages come from
// Debian's mirror over the bridge network) until its health check answers.
// Three at a time, so the suite stays within its time on two cores.
#include "instancetestenv.h"

#include "blueprints/blueprintcatalog.h"
#include "instances/instancerepository.h"
#include "pricing/pricecatalog.h"

#include <QElapsedTimer>

using namespace sloop;
using namespace sloop::instances;

class TestBlueprintProvisioning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_env.setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void cleanupTestCase() { m_env.tearDown(); }

    void everyAppsBlueprintBecomesHealthy()
    {
        QList<blueprints::Blueprint> apps;
        for (const auto &blueprint : m_env.service->blueprints().all())
            if (blueprint.category == blueprints::Blueprint::AppsAndOs && blueprint.builtIn)
                apps.append(blueprint);
        QVERIFY2(apps.size() >= 8, "fewer Apps + OS blueprints than shipped");
        const QString suffix = test::uniqueName(QStringLiteral("b")).right(5).toLower();
        QStringList failures;
        constexpr int kAtOnce = 3;
        for (qsizetype first = 0; first < apps.size(); first += kAtOnce) {
            QList<QPair<QString, InstanceOperation *>> batch;
            for (qsizetype i = first; i < qMin(first + kAtOnce, apps.size()); ++i) {
                const auto &blueprint = apps.at(i);
                CreateRequest request;
                request.name = blueprint.id + QLatin1Char('-') + suffix;
                request.location = QStringLiteral("local");
                request.blueprintId = blueprint.id;
                request.planId = blueprint.minimumPlan.isEmpty() ? QStringLiteral("small")
                                                                 : blueprint.minimumPlan;
                auto jobs = m_env.service->create(request);
                if (!jobs) {
                    failures << blueprint.id + QStringLiteral(": ") + jobs.error();
                    continue;
                }
                batch.append({blueprint.id, jobs->first()});
            }
            QElapsedTimer clock;
            clock.start();
            for (const auto &[id, job] : batch) {
                const QString error = test::awaitJob(job, 600000);
                qInfo("%s: %s after %lld s", qPrintable(id), error.isEmpty() ? "healthy" : "FAILED",
                      clock.elapsed() / 1000);
                if (!error.isEmpty())
                    failures << id + QStringLiteral(": ") + error;
            }
            // Free the machine for the next batch.
            if (auto all = m_env.service->instances(); all)
                for (const auto &record : *all)
                    if (auto removed = m_env.service->remove(record.name); removed)
                        test::awaitJob(*removed, 60000);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n\n"))));
    }

private:
    test::InstanceTestEnv m_env;
};

QTEST_GUILESS_MAIN(TestBlueprintProvisioning)
#include "tst_blueprintprovisioning.moc"
