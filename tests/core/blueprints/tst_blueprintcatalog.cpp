// The catalogue: every shipped blueprint is valid and complete, the
// person's own are read and saved, broken or hostile ones are refused.
#include "blueprints/blueprintcatalog.h"
#include "blueprints/blueprintfile.h"
#include "blueprints/cloudconfig.h"
#include "blueprints/provisionplan.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace sloop;
using namespace sloop::blueprints;

class TestBlueprintCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedBlueprintsAreValid();
    void shippedBlueprintsCompile();
    void orderAndFind();
    void fileFormatProblemsHaveFileLines();
    void saveUserBlueprint();
    void saveRefuses_data();
    void saveRefuses();
    void brokenUserFileIsSkipped();
    void serializeRoundTrip();
};

void TestBlueprintCatalog::shippedBlueprintsAreValid()
{
    test::IsolatedXdg xdg;
    BlueprintCatalog catalog;
    const VoidResult loaded = catalog.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QVERIFY2(catalog.skipped().isEmpty(), qPrintable(catalog.skipped().join(QLatin1Char('\n'))));
    QVERIFY(catalog.all().size() >= 10);
    QSet<QString> ids;
    int apps = 0;
    for (const Blueprint &b : catalog.all()) {
        QVERIFY2(!ids.contains(b.id), qPrintable(b.id));
        ids.insert(b.id);
        QVERIFY(b.builtIn);
        QVERIFY2(!b.name.isEmpty() && !b.description.isEmpty() && !b.notes.isEmpty(),
                 qPrintable(b.id));
        QVERIFY2(b.icon.startsWith(QLatin1String(":/sloop/blueprints/icons/")), qPrintable(b.icon));
        QVERIFY2(QFile::exists(b.icon), qPrintable(b.icon));
        QVERIFY2(!b.minimumPlan.isEmpty(), qPrintable(b.id));
        QCOMPARE(b.source, QStringLiteral(":/sloop/blueprints/") + b.id + QStringLiteral(".yaml"));
        QVERIFY(b.userData.startsWith("#cloud-config\n"));
        const CloudConfigParse parsed = parseCloudConfig(b.userData);
        QVERIFY2(parsed.ok(), qPrintable(formatProblems(parsed.problems)));
        if (b.category == Blueprint::AppsAndOs) {
            ++apps;
            QVERIFY2(b.health.kind != HealthCheck::None, qPrintable(b.id));
            // Apps start services with `service`, which works with and
            // without systemd; never systemctl.
            QVERIFY2(!b.userData.contains("systemctl"), qPrintable(b.id));
        }
        if (b.health.kind == HealthCheck::Http) {
            QVERIFY(b.health.path.startsWith(QLatin1Char('/')));
            bool published = false;
            for (const BlueprintPort &p : b.ports)
                published = published || p.port == b.health.port;
            QVERIFY2(published,
                     qPrintable(b.id + QStringLiteral(": the health port is not opened")));
        }
    }
    for (const char *id : {"debian-12", "ubuntu-24.04", "nginx", "lamp", "wordpress", "nodejs",
                           "python-gunicorn", "postgresql", "redis", "mariadb"})
        QVERIFY2(ids.contains(QString::fromLatin1(id)), id);
    QVERIFY(apps >= 8);
    QCOMPARE(catalog.find(QStringLiteral("debian-12"))->category, Blueprint::OsOnly);
    QCOMPARE(catalog.find(QStringLiteral("postgresql"))->health.kind, HealthCheck::Command);
}

void TestBlueprintCatalog::shippedBlueprintsCompile()
{
    test::IsolatedXdg xdg;
    BlueprintCatalog catalog;
    QVERIFY(catalog.load().ok());
    for (const Blueprint &b : catalog.all()) {
        const CloudConfigParse parsed = parseCloudConfig(b.userData);
        for (const bool container : {false, true}) {
            TargetInfo target;
            target.container = container;
            const auto steps = compileSteps(parsed.config, target);
            QVERIFY2(steps.ok(), qPrintable(b.id + QStringLiteral(": ") + steps.error()));
            QCOMPARE(steps->last().module, QStringLiteral("final_message"));
        }
    }
}

void TestBlueprintCatalog::orderAndFind()
{
    test::IsolatedXdg xdg;
    BlueprintCatalog catalog;
    QVERIFY(catalog.load().ok());
    const QList<Blueprint> &all = catalog.all();
    QCOMPARE(all.first().category, Blueprint::OsOnly);
    bool appsStarted = false;
    for (const Blueprint &b : all) {
        if (b.category == Blueprint::AppsAndOs)
            appsStarted = true;
        else
            QVERIFY2(!appsStarted, "OS only blueprints come first");
    }
    QVERIFY(catalog.find(QStringLiteral("nginx")));
    QVERIFY(!catalog.find(QStringLiteral("no-such")));
}

void TestBlueprintCatalog::fileFormatProblemsHaveFileLines()
{
    const QByteArray text = "# comment\n"              // 1
                            "sloop:\n"                 // 2
                            "  id: Bad_Id\n"           // 3
                            "  name: X\n"              // 4
                            "  category: web\n"        // 5
                            "  base_os: debian-12\n"   // 6
                            "  colour: red\n"          // 7
                            "  health: {kind: http}\n" // 8
                            "---\n"                    // 9
                            "#cloud-config\n"          // 10
                            "packages: [nginx]\n"      // 11
                            "puppet: {}\n";            // 12
    const BlueprintParse p = parseBlueprint(text, QStringLiteral("/tmp/x.yaml"));
    QList<int> lines;
    for (const ValidationProblem &problem : p.problems)
        lines.append(problem.line);
    QVERIFY2(lines.contains(3) && lines.contains(5) && lines.contains(7) && lines.contains(8) &&
                 lines.contains(12),
             qPrintable(formatProblems(p.problems)));
    QCOMPARE(p.blueprint.userDataLine, 10);
    QVERIFY(p.blueprint.userData.startsWith("#cloud-config\n"));

    const BlueprintParse noSeparator = parseBlueprint("sloop: {id: a}\n", QString());
    QCOMPARE(noSeparator.problems.size(), 1);
}

void TestBlueprintCatalog::saveUserBlueprint()
{
    test::IsolatedXdg xdg;
    BlueprintCatalog catalog;
    QVERIFY(catalog.load().ok());
    const QByteArray userData = "#cloud-config\n# mine\npackages: [htop]\n";
    const Result<Blueprint> saved =
        catalog.saveUserBlueprint(QStringLiteral("  My Web: App  "), userData);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(saved->id, QStringLiteral("my-web-app"));
    QCOMPARE(saved->name, QStringLiteral("My Web: App"));
    QVERIFY(!saved->builtIn);
    QCOMPARE(saved->userData, userData);
    QVERIFY(QFile::exists(saved->source));
    QVERIFY(saved->source.startsWith(BlueprintCatalog::defaultUserFolder()));
    QVERIFY(catalog.find(QStringLiteral("my-web-app")));

    // A fresh catalogue reads it back, after the built-ins.
    BlueprintCatalog again;
    QVERIFY(again.load().ok());
    const std::optional<Blueprint> back = again.find(QStringLiteral("my-web-app"));
    QVERIFY(back);
    QCOMPARE(back->userData, userData);
    QCOMPARE(again.all().last().id, QStringLiteral("my-web-app"));

    // The same name again is refused, not overwritten.
    QVERIFY(!again.saveUserBlueprint(QStringLiteral("my web app"), userData).ok());
}

void TestBlueprintCatalog::saveRefuses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("userData");
    const QByteArray ok = "#cloud-config\nruncmd: [true]\n";
    QTest::newRow("path") << "../../etc/passwd" << ok;
    QTest::newRow("backslash") << "a\\b" << ok;
    QTest::newRow("newline") << "a\nb" << ok;
    QTest::newRow("escape") << "a\x1b[31m" << ok;
    QTest::newRow("bidi") << QString::fromUtf8("a\u202eb") << ok;
    QTest::newRow("empty") << "   " << ok;
    QTest::newRow("no id") << "!!!" << ok;
    QTest::newRow("too long") << QString(65, QLatin1Char('a')) << ok;
    QTest::newRow("built-in id") << "Nginx" << ok;
    QTest::newRow("invalid user-data") << "fine" << QByteArray("#cloud-config\napt: {}\n");
    QTest::newRow("not cloud-config") << "fine" << QByteArray("#!/bin/sh\necho\n");
}

void TestBlueprintCatalog::saveRefuses()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, userData);
    test::IsolatedXdg xdg;
    BlueprintCatalog catalog;
    QVERIFY(catalog.load().ok());
    const qsizetype before = catalog.all().size();
    const Result<Blueprint> saved = catalog.saveUserBlueprint(name, userData);
    QVERIFY(!saved.ok());
    QVERIFY(!saved.error().isEmpty());
    QCOMPARE(catalog.all().size(), before);
    QVERIFY(QDir(BlueprintCatalog::defaultUserFolder()).entryList(QDir::Files).isEmpty());
}

void TestBlueprintCatalog::brokenUserFileIsSkipped()
{
    test::IsolatedXdg xdg;
    const QString folder = BlueprintCatalog::defaultUserFolder();
    QVERIFY(QDir().mkpath(folder));
    QFile broken(folder + QStringLiteral("/broken.yaml"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("sloop: {id: broken, name: B, category: apps, base_os: debian-12}\n---\n"
                 "#cloud-config\nchef: {}\n");
    broken.close();
    QFile clash(folder + QStringLiteral("/clash.yaml"));
    QVERIFY(clash.open(QIODevice::WriteOnly));
    clash.write("sloop: {id: nginx, name: Mine, category: apps, base_os: debian-12}\n---\n"
                "#cloud-config\n");
    clash.close();
    BlueprintCatalog catalog;
    QVERIFY(catalog.load().ok());
    QCOMPARE(catalog.skipped().size(), 2);
    QVERIFY2(catalog.skipped().first().contains(QLatin1String("broken.yaml: line 4")),
             qPrintable(catalog.skipped().first()));
    QVERIFY(!catalog.find(QStringLiteral("broken")));
    QVERIFY(catalog.find(QStringLiteral("nginx"))->builtIn);
}

void TestBlueprintCatalog::serializeRoundTrip()
{
    Blueprint b;
    b.id = QStringLiteral("rt");
    b.name = QStringLiteral("Name: with \"quotes\" and 'apostrophes' # not a comment");
    b.category = Blueprint::OsOnly;
    b.description = QStringLiteral("line: one");
    b.baseOs = QStringLiteral("ubuntu-24.04");
    b.minimumPlan = QStringLiteral("small");
    b.ports = {{8080, QStringLiteral("tcp"), {}}, {53, QStringLiteral("udp"), {}}};
    b.health.kind = HealthCheck::Command;
    b.health.command = QStringLiteral("test -f '/x' && echo \"ok\"");
    b.health.timeoutSeconds = 42;
    b.notes = QStringLiteral("see: /root/x");
    b.userData = "#cloud-config\nruncmd: [echo hi]\n";
    const Result<QByteArray> text = serializeBlueprint(b);
    QVERIFY2(text.ok(), qPrintable(text.error()));
    const BlueprintParse back = parseBlueprint(*text, QStringLiteral("/x/rt.yaml"));
    QVERIFY2(back.ok(), qPrintable(formatProblems(back.problems) + QLatin1Char('\n') +
                                   QString::fromUtf8(*text)));
    QCOMPARE(back.blueprint.name, b.name);
    QCOMPARE(back.blueprint.category, b.category);
    QCOMPARE(back.blueprint.description, b.description);
    QCOMPARE(back.blueprint.ports, b.ports);
    QCOMPARE(back.blueprint.health, b.health);
    QCOMPARE(back.blueprint.notes, b.notes);
    QCOMPARE(back.blueprint.userData, b.userData);
}

QTEST_GUILESS_MAIN(TestBlueprintCatalog)
#include "tst_blueprintcatalog.moc"
