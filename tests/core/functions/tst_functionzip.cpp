// A function's code from a .zip, as a person uploads it to Lambda: the
// archives are made by Python's zipfile, which writes any name it is given,
// so hostile entries are real zips, not hand-made bytes.
#include "functions/functionzip.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using namespace sloop::functions;

class TestFunctionZip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void readsWhatLambdaWouldUnpack();
    void hostileEntriesAreRefused_data();
    void hostileEntriesAreRefused();
    void aZipBombIsRefusedBeforeInflating();
    void notAZipSaysSo();
    void readCodeTakesAFolderOrAZip();

private:
    // Runs python3 with the zipfile module as z, writing to PATH.
    QByteArray zip(const QString &script);

    QTemporaryDir m_dir;
};

void TestFunctionZip::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QByteArray TestFunctionZip::zip(const QString &script)
{
    const QString path = m_dir.filePath(QStringLiteral("code.zip"));
    QFile::remove(path);
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, zipfile\n"
                                 "with zipfile.ZipFile(sys.argv[1], 'w', "
                                 "zipfile.ZIP_DEFLATED) as z:\n") +
                      script,
                  path});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning() << python.readAllStandardError();
        return {};
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestFunctionZip::readsWhatLambdaWouldUnpack()
{
    const QByteArray bytes =
        zip(QStringLiteral("    z.writestr('app.py', 'def handler(e, c):\\n    return 1\\n')\n"
                           "    z.writestr('lib/', '')\n"
                           "    z.writestr('lib/util.py', 'X = 1\\n')\n"
                           "    z.writestr('./data/./words.txt', 'a b c')\n"));
    QVERIFY(!bytes.isEmpty());
    const auto code = readCodeZip(bytes);
    QVERIFY2(code.ok(), qPrintable(code.error()));
    QCOMPARE(code->keys(), (QStringList{QStringLiteral("app.py"), QStringLiteral("data/words.txt"),
                                        QStringLiteral("lib/util.py")}));
    QCOMPARE(code->value(QStringLiteral("lib/util.py")), QByteArray("X = 1\n"));
}

void TestFunctionZip::hostileEntriesAreRefused_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("named");
    QTest::newRow("climbs out") << QStringLiteral("    z.writestr('../evil.py', 'x')\n")
                                << QStringLiteral("../evil.py");
    QTest::newRow("climbs out later")
        << QStringLiteral("    z.writestr('ok.py', 'x')\n    z.writestr('a/../../x.py', 'x')\n")
        << QStringLiteral("a/../../x.py");
    QTest::newRow("absolute") << QStringLiteral("    z.writestr('/etc/cron.d/x', 'x')\n")
                              << QStringLiteral("/etc/cron.d/x");
    QTest::newRow("backslashes") << QStringLiteral("    z.writestr('..\\\\..\\\\x.py', 'x')\n")
                                 << QStringLiteral("..\\..\\x.py");
    QTest::newRow("symbolic link") << QStringLiteral("    i = zipfile.ZipInfo('link')\n"
                                                     "    i.create_system = 3\n"
                                                     "    i.external_attr = (0o120777 << 16)\n"
                                                     "    z.writestr(i, '/var/run/docker.sock')\n")
                                   << QStringLiteral("link");
    QTest::newRow("twice") << QStringLiteral("    import warnings\n"
                                             "    warnings.simplefilter('ignore')\n"
                                             "    z.writestr('app.py', 'a')\n"
                                             "    z.writestr('./app.py', 'b')\n")
                           << QStringLiteral("app.py");
    QTest::newRow("only folders") << QStringLiteral("    z.writestr('lib/', '')\n") << QString();
}

void TestFunctionZip::hostileEntriesAreRefused()
{
    QFETCH(QString, script);
    QFETCH(QString, named);
    const QByteArray bytes = zip(script);
    QVERIFY(!bytes.isEmpty());
    const auto code = readCodeZip(bytes);
    QVERIFY(!code.ok());
    QCOMPARE(code.kind(), ErrorKind::InvalidInput);
    if (!named.isEmpty())
        QVERIFY2(code.error().contains(named), qPrintable(code.error()));
}

void TestFunctionZip::aZipBombIsRefusedBeforeInflating()
{
    // 251 MB of zeros deflate to a quarter of a megabyte.
    const QByteArray bytes =
        zip(QStringLiteral("    with z.open('zeros.bin', 'w', force_zip64=True) as f:\n"
                           "        block = bytes(1 << 20)\n"
                           "        for _ in range(251):\n"
                           "            f.write(block)\n"));
    QVERIFY(!bytes.isEmpty());
    QVERIFY(bytes.size() < 2 * 1024 * 1024);
    const auto code = readCodeZip(bytes);
    QVERIFY(!code.ok());
    QVERIFY2(code.error().contains(QLatin1String("250 MB")), qPrintable(code.error()));
}

void TestFunctionZip::notAZipSaysSo()
{
    const auto code = readCodeZip("PK\x03\x04 but then nothing a zip would have");
    QVERIFY(!code.ok());
    QVERIFY2(code.error().contains(QLatin1String("not a .zip")), qPrintable(code.error()));
    const auto missing = readCodeZipFile(m_dir.filePath(QStringLiteral("nothere.zip")));
    QCOMPARE(missing.kind(), ErrorKind::NotFound);
}

void TestFunctionZip::readCodeTakesAFolderOrAZip()
{
    const QByteArray bytes = zip(QStringLiteral("    z.writestr('app.py', 'zipped')\n"));
    const QString zipPath = m_dir.filePath(QStringLiteral("code.zip"));
    const auto fromZip = readCode(zipPath);
    QVERIFY2(fromZip.ok(), qPrintable(fromZip.error()));
    QCOMPARE(fromZip->value(QStringLiteral("app.py")), QByteArray("zipped"));
    const QString folder = m_dir.filePath(QStringLiteral("src"));
    QVERIFY(QDir().mkpath(folder));
    QFile file(folder + QStringLiteral("/app.py"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("folder");
    file.close();
    const auto fromFolder = readCode(folder);
    QVERIFY2(fromFolder.ok(), qPrintable(fromFolder.error()));
    QCOMPARE(fromFolder->value(QStringLiteral("app.py")), QByteArray("folder"));
}

QTEST_GUILESS_MAIN(TestFunctionZip)
#include "tst_functionzip.moc"
