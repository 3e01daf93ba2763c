// `sloop blueprints ...` run as a process. The XDG folders point at a
// temporary folder, so the person's own blueprints start empty.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "cliprocess.h"

using Outcome = sloop::test::CliOutcome;
using sloop::test::describe;

class TestCliBlueprints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listJson();
    void listTable();
    void validateGood();
    void validateListsEveryProblem();
    void validateJson();
    void validateBlueprintFile();
    void addThenList();
    void addRefusesHostileName();
    void addRefusesInvalidUserData();
    void stepsShowsScripts();
    void usage();

private:
    Outcome sloop(const QStringList &args);
    QString write(const QString &name, const QByteArray &text);

    QString m_binary;
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

Outcome TestCliBlueprints::sloop(const QStringList &args)
{
    return sloop::test::runCli(m_binary, args, m_env, 30000);
}

QString TestCliBlueprints::write(const QString &name, const QByteArray &text)
{
    const QString path = m_home.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCliBlueprints::initTestCase()
{
    m_binary = qEnvironmentVariable("SLOOP_BINARY");
    QVERIFY2(QFile::exists(m_binary), "SLOOP_BINARY is not set to the built sloop");
    QVERIFY(m_home.isValid());
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("HOME"), m_home.path());
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("run")));
    QDir().mkpath(m_home.filePath(QStringLiteral("run")));
    m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
}

void TestCliBlueprints::listJson()
{
    const Outcome o = sloop({"blueprints", "ls", "--json"});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    const QJsonArray list = QJsonDocument::fromJson(o.out).array();
    QVERIFY(list.size() >= 10);
    QJsonObject nginx;
    for (const QJsonValue &v : list) {
        if (v[QStringLiteral("id")] == QStringLiteral("nginx"))
            nginx = v.toObject();
    }
    QCOMPARE(nginx[QStringLiteral("category")].toString(), QStringLiteral("apps"));
    QCOMPARE(nginx[QStringLiteral("baseOs")].toString(), QStringLiteral("debian-12"));
    QCOMPARE(nginx[QStringLiteral("health")][QStringLiteral("kind")].toString(),
             QStringLiteral("http"));
    QCOMPARE(nginx[QStringLiteral("health")][QStringLiteral("port")].toInt(), 80);
    QCOMPARE(nginx[QStringLiteral("ports")][0][QStringLiteral("port")].toInt(), 80);
    QVERIFY(nginx[QStringLiteral("builtIn")].toBool());
    QVERIFY(nginx[QStringLiteral("icon")].toString().endsWith(QLatin1String(".svg")));
    QCOMPARE(list.first()[QStringLiteral("category")].toString(), QStringLiteral("os"));
}

void TestCliBlueprints::listTable()
{
    const Outcome o = sloop({"blueprints", "ls"});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QVERIFY(o.out.startsWith("ID"));
    QVERIFY(o.out.contains("wordpress"));
    QVERIFY(o.out.contains("OS only"));
}

void TestCliBlueprints::validateGood()
{
    const QString file = write(QStringLiteral("good.yaml"),
                               "#cloud-config\npackages: [nginx]\nruncmd: [[service, nginx, "
                               "reload]]\n");
    const Outcome o = sloop({"blueprints", "validate", file});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QVERIFY(o.out.contains("valid"));
}

void TestCliBlueprints::validateListsEveryProblem()
{
    const QString file = write(QStringLiteral("bad.yaml"), "#cloud-config\n"
                                                           "package_update: perhaps\n"
                                                           "chef: {}\n"
                                                           "write_files:\n"
                                                           "  - path: relative\n");
    const Outcome o = sloop({"blueprints", "validate", file});
    QCOMPARE(o.exitCode, 1);
    const QString err = QString::fromUtf8(o.err);
    QVERIFY2(err.contains(file + QStringLiteral(":2:17: ")), qPrintable(err));
    QVERIFY2(err.contains(file + QStringLiteral(":3:1: ")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("\"chef\"")), qPrintable(err));
    QVERIFY2(err.contains(file + QStringLiteral(":5:")), qPrintable(err));
    QVERIFY(err.contains(QLatin1String("3 problem")));
}

void TestCliBlueprints::validateJson()
{
    const QString file = write(QStringLiteral("bad.json.yaml"), "#cloud-config\nsnap: {}\n");
    const Outcome o = sloop({"blueprints", "validate", "--json", file});
    QCOMPARE(o.exitCode, 1);
    const QJsonObject doc = QJsonDocument::fromJson(o.out).object();
    QCOMPARE(doc[QStringLiteral("valid")].toBool(true), false);
    QCOMPARE(doc[QStringLiteral("kind")].toString(), QStringLiteral("user-data"));
    const QJsonArray problems = doc[QStringLiteral("problems")].toArray();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0][QStringLiteral("line")].toInt(), 2);
    QCOMPARE(problems[0][QStringLiteral("column")].toInt(), 1);
}

void TestCliBlueprints::validateBlueprintFile()
{
    const QString source = qEnvironmentVariable("SLOOP_SOURCE_DIR");
    const Outcome o = sloop(
        {"blueprints", "validate", source + QStringLiteral("/resources/blueprints/lamp.yaml")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    const QString file =
        write(QStringLiteral("broken-blueprint.yaml"),
              "sloop:\n  id: x\n  name: X\n  category: apps\n  base_os: debian-12\n"
              "---\n#cloud-config\nruncmd: oops\n");
    const Outcome bad = sloop({"blueprints", "validate", file});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(":8:9: "), bad.err.constData()); // the line in the file
}

void TestCliBlueprints::addThenList()
{
    const QString file = write(QStringLiteral("mine.yaml"), "#cloud-config\npackages: [htop]\n");
    const Outcome o = sloop({"blueprints", "add", file, "--name", "My Tools", "--json"});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    const QJsonObject saved = QJsonDocument::fromJson(o.out).object();
    QCOMPARE(saved[QStringLiteral("id")].toString(), QStringLiteral("my-tools"));
    QCOMPARE(saved[QStringLiteral("builtIn")].toBool(true), false);
    QVERIFY(saved[QStringLiteral("source")].toString().startsWith(m_home.path()));

    const Outcome list = sloop({"blueprints", "ls", "--json"});
    const QJsonArray all = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(all.last()[QStringLiteral("id")].toString(), QStringLiteral("my-tools"));
    // The same name twice: refused, nothing overwritten.
    QCOMPARE(sloop({"blueprints", "add", file, "--name", "my tools"}).exitCode, 1);
    // Its steps can be shown like a built-in's.
    const Outcome steps = sloop({"blueprints", "steps", "my-tools"});
    QVERIFY2(steps.exitCode == 0, qPrintable(describe(steps)));
    QVERIFY(steps.out.contains("sloop_apt install 'htop'"));
}

void TestCliBlueprints::addRefusesHostileName()
{
    const QString file = write(QStringLiteral("ok.yaml"), "#cloud-config\nruncmd: [true]\n");
    for (const QString &name :
         {QStringLiteral("../../x"), QStringLiteral("a\nb"), QStringLiteral("!!!")}) {
        const Outcome o = sloop({"blueprints", "add", file, "--name", name});
        QVERIFY2(o.exitCode == 1, qPrintable(name + QLatin1Char(' ') + describe(o)));
    }
    QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("x.yaml"))));
    QCOMPARE(sloop({"blueprints", "add", file}).exitCode, 2); // --name missing
}

void TestCliBlueprints::addRefusesInvalidUserData()
{
    const QString file = write(QStringLiteral("invalid.yaml"), "#cloud-config\nmounts: []\n");
    const Outcome o = sloop({"blueprints", "add", file, "--name", "Invalid"});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains("mounts"), o.err.constData());
}

void TestCliBlueprints::stepsShowsScripts()
{
    const Outcome o = sloop({"blueprints", "steps", "nginx", "--container", "--json"});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    const QJsonArray steps = QJsonDocument::fromJson(o.out).array();
    QStringList modules;
    for (const QJsonValue &s : steps)
        modules.append(s[QStringLiteral("module")].toString());
    QCOMPARE(modules.first(), QStringLiteral("write_files"));
    QVERIFY(modules.contains(QStringLiteral("services")));
    QCOMPARE(modules.last(), QStringLiteral("final_message"));
    QVERIFY(sloop({"blueprints", "steps", "no-such"}).exitCode == 1);
}

void TestCliBlueprints::usage()
{
    const Outcome o = sloop({"help", "blueprints"});
    QCOMPARE(o.exitCode, 0);
    QVERIFY(o.out.contains("validate FILE"));
    QCOMPARE(sloop({"blueprints"}).exitCode, 2);
    QCOMPARE(sloop({"blueprints", "frobnicate"}).exitCode, 2);
    QCOMPARE(sloop({"blueprints", "validate"}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliBlueprints)
#include "tst_cliblueprints.moc"
