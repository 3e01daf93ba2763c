#include "containers/runspecparser.h"

#include <QTest>

using namespace sloop::containers;

class TestRunSpecParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullForm();
    void fieldErrors_data();
    void fieldErrors();
    void byteSizes_data();
    void byteSizes();
    void hostileCommandStaysArgv();
};

void TestRunSpecParser::fullForm()
{
    RunForm f;
    f.image = QStringLiteral("127.0.0.1:5000/sloop/busybox:latest");
    f.name = QStringLiteral("web-1");
    f.command = QStringLiteral("sh -c \"echo hi; sleep 5\"");
    f.ports = QStringLiteral("8080:80, 127.0.0.1:5353:53/udp 9000");
    f.env = QStringLiteral("A=1\nB=two words\n\nEMPTY");
    f.volumes = QStringLiteral("/srv/www:/usr/share/nginx/html:ro\ndata:/data");
    f.restart = QStringLiteral("unless-stopped");
    f.cpus = QStringLiteral("0.5");
    f.memory = QStringLiteral("256m");
    const RunFormResult r = parseRunForm(f);
    QVERIFY2(r.ok(), qPrintable(r.errors.value(0).message));
    QCOMPARE(r.spec.command, (QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                          QStringLiteral("echo hi; sleep 5")}));
    QCOMPARE(r.spec.ports.size(), 3);
    QCOMPARE(r.spec.ports[1].hostIp, QStringLiteral("127.0.0.1"));
    QCOMPARE(r.spec.ports[1].protocol, QStringLiteral("udp"));
    QCOMPARE(r.spec.ports[2].hostPort, 0);
    QCOMPARE(r.spec.ports[2].containerPort, 9000);
    QCOMPARE(r.spec.env, (QStringList{QStringLiteral("A=1"), QStringLiteral("B=two words"),
                                      QStringLiteral("EMPTY=")}));
    QVERIFY(r.spec.volumes[0].readOnly);
    QCOMPARE(r.spec.volumes[1].source, QStringLiteral("data"));
    QCOMPARE(r.spec.memoryBytes, 256 * 1024 * 1024);
    QCOMPARE(r.spec.cpus, 0.5);
}

void TestRunSpecParser::fieldErrors_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("empty image") << "image" << "";
    QTest::newRow("upper image") << "image" << "Busybox";
    QTest::newRow("spaced image") << "image" << "busy box";
    QTest::newRow("name space") << "name" << "a b";
    QTest::newRow("name slash") << "name" << "../x";
    QTest::newRow("name newline") << "name" << "x\ny";
    QTest::newRow("port range") << "ports" << "99999:80";
    QTest::newRow("port text") << "ports" << "http:80";
    QTest::newRow("port proto") << "ports" << "80/icmp";
    QTest::newRow("env key") << "env" << "1BAD=x";
    QTest::newRow("env space") << "env" << "A B=x";
    QTest::newRow("volume relative") << "volumes" << "/a:relative";
    QTest::newRow("volume one part") << "volumes" << "/only";
    QTest::newRow("restart") << "restart" << "sometimes";
    QTest::newRow("cpus") << "cpus" << "-1";
    QTest::newRow("cpus text") << "cpus" << "lots";
    QTest::newRow("memory") << "memory" << "12 apples";
    QTest::newRow("memory tiny") << "memory" << "1k";
    QTest::newRow("command quote") << "command" << "sh -c \"unclosed";
}

void TestRunSpecParser::fieldErrors()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    RunForm f;
    f.image = QStringLiteral("busybox");
    if (field == QLatin1String("image")) f.image = value;
    if (field == QLatin1String("name")) f.name = value;
    if (field == QLatin1String("ports")) f.ports = value;
    if (field == QLatin1String("env")) f.env = value;
    if (field == QLatin1String("volumes")) f.volumes = value;
    if (field == QLatin1String("restart")) f.restart = value;
    if (field == QLatin1String("cpus")) f.cpus = value;
    if (field == QLatin1String("memory")) f.memory = value;
    if (field == QLatin1String("command")) f.command = value;
    const RunFormResult r = parseRunForm(f);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().field, field);
    QVERIFY(r.errors.first().message.size() > 20); // a sentence, not a code
}

void TestRunSpecParser::byteSizes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("plain") << "1024" << qint64(1024);
    QTest::newRow("k") << "4k" << qint64(4096);
    QTest::newRow("MiB") << "1.5MiB" << qint64(1572864);
    QTest::newRow("G") << "2G" << qint64(2147483648);
    QTest::newRow("bad") << "two" << qint64(-1);
    QTest::newRow("huge") << "99999999999t" << qint64(-1);
}

void TestRunSpecParser::byteSizes()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    QCOMPARE(parseByteSize(text), bytes);
}

void TestRunSpecParser::hostileCommandStaysArgv()
{
    // No shell ever sees the command: it becomes argv words for the engine.
    RunForm f;
    f.image = QStringLiteral("busybox");
    f.command = QStringLiteral("echo '$(rm -rf /)' `id` ; \"a\\\"b\"");
    const RunFormResult r = parseRunForm(f);
    QVERIFY(r.ok());
    QCOMPARE(r.spec.command.at(1), QStringLiteral("$(rm -rf /)"));
    QCOMPARE(r.spec.command.at(2), QStringLiteral("`id`"));
}

QTEST_GUILESS_MAIN(TestRunSpecParser)
#include "tst_runspecparser.moc"
