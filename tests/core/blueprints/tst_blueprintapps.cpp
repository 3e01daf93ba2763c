// Every Apps + OS blueprint applied for real: a fresh container of the
// Debian test image (no systemd), its compiled steps run one by one with
// `docker exec sh -ec`, then its health check polled until it answers, as
// the provisioner does. Packages come from Debian's mirror, so this takes
// minutes per blueprint. SLOOP_TEST_BLUEPRINTS=nginx,redis runs only those.
#include "stepcontainer.h"

#include "blueprints/blueprintcatalog.h"

#include "testsupport.h"

#include <QDeadlineTimer>
#include <QTest>
#include <QThread>

using namespace sloop;
using namespace sloop::blueprints;
using test::ExecOutcome;

namespace {

// An HTTP GET from inside the instance (minbase has no curl; the test image
// has python3). Prints the status, then the body.
QString httpProbe(int port, const QString &path)
{
    return QStringLiteral("import sys, urllib.request, urllib.error\n"
                          "try:\n"
                          "    r = urllib.request.urlopen('http://127.0.0.1:%1%2', timeout=10)\n"
                          "    status, body = r.status, r.read()\n"
                          "except urllib.error.HTTPError as e:\n"
                          "    status, body = e.code, e.read()\n"
                          "print(status)\n"
                          "sys.stdout.write(body.decode('utf-8', 'replace')[:2000])\n"
                          "sys.exit(0 if status < 400 else 1)\n")
        .arg(port)
        .arg(path);
}

ExecOutcome healthOnce(const test::StepContainer &c, const HealthCheck &h)
{
    switch (h.kind) {
    case HealthCheck::Http:
        return c.exec({QStringLiteral("python3"), QStringLiteral("-c"), httpProbe(h.port, h.path)});
    case HealthCheck::Tcp:
        return c.exec({QStringLiteral("bash"), QStringLiteral("-c"),
                       QStringLiteral("exec 3<>/dev/tcp/127.0.0.1/%1").arg(h.port)});
    case HealthCheck::Command:
        return c.sh(h.command);
    case HealthCheck::None:
        break;
    }
    return {0, {}, {}};
}

} // namespace

class TestBlueprintApps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void appliesAndAnswers_data();
    void appliesAndAnswers();

private:
    BlueprintCatalog m_catalog{QStringLiteral("/nonexistent")};
};

void TestBlueprintApps::initTestCase()
{
    QVERIFY2(test::docker({QStringLiteral("info")}).exitCode == 0,
             "dockerd is not running: run scripts/test-services.sh");
    const VoidResult loaded = m_catalog.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
}

void TestBlueprintApps::appliesAndAnswers_data()
{
    QTest::addColumn<QString>("id");
    const QStringList only =
        qEnvironmentVariable("SLOOP_TEST_BLUEPRINTS").split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const Blueprint &b : m_catalog.all()) {
        if (b.category != Blueprint::AppsAndOs || b.baseOs != QLatin1String("debian-12"))
            continue;
        if (!only.isEmpty() && !only.contains(b.id))
            continue;
        QTest::newRow(qPrintable(b.id)) << b.id;
    }
}

void TestBlueprintApps::appliesAndAnswers()
{
    QFETCH(QString, id);
    const Blueprint b = *m_catalog.find(id);
    const CloudConfigParse parsed = parseCloudConfig(b.userData);
    QVERIFY2(parsed.ok(), qPrintable(formatProblems(parsed.problems)));
    TargetInfo target;
    target.container = true;
    const auto steps = compileSteps(parsed.config, target);
    QVERIFY2(steps.ok(), qPrintable(steps.error()));

    test::StepContainer c;
    const QString error = c.start(id);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QByteArray log;
    QElapsedTimer clock;
    clock.start();
    const QString failed = c.runAll(*steps, &log);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const qint64 applied = clock.elapsed();

    QDeadlineTimer deadline(qint64(b.health.timeoutSeconds) * 1000);
    ExecOutcome answer;
    do {
        answer = healthOnce(c, b.health);
        if (answer.exitCode == 0)
            break;
        QThread::msleep(1000);
    } while (!deadline.hasExpired());
    QVERIFY2(answer.exitCode == 0,
             qPrintable(QStringLiteral("%1: health check did not answer: %2 %3\n--- log tail:\n%4")
                            .arg(id, QString::fromUtf8(answer.out), QString::fromUtf8(answer.err),
                                 QString::fromUtf8(log.right(4000)))));
    qInfo("%s: %d steps applied in %.1f s, healthy after %.1f s (%s)", qPrintable(id),
          int(steps->size()), double(applied) / 1000, double(clock.elapsed()) / 1000,
          qPrintable(QString::fromUtf8(answer.out.left(80)).simplified()));

    // Rerunning the last runcmd step (as a retry would) still works.
    const ProvisionStep &last = steps->at(steps->size() - 2);
    const ExecOutcome again = c.run(last);
    QVERIFY2(again.exitCode == 0,
             qPrintable(last.title + QLatin1Char(' ') + QString::fromUtf8(again.err)));
}

QTEST_GUILESS_MAIN(TestBlueprintApps)
#include "tst_blueprintapps.moc"
