#include "hostilecorpus.h"
#include "ssh/remotecommand.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace sloop;
using namespace sloop::ssh;

Q_DECLARE_METATYPE(QByteArrayList)

namespace {

// What a POSIX shell makes of `command`: run it and collect what it prints.
QByteArray runShell(const QByteArray &command)
{
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QString::fromUtf8(command)});
    sh.waitForFinished(30000);
    return sh.readAllStandardOutput();
}

QByteArrayList splitNul(const QByteArray &out)
{
    QByteArrayList parts = out.split('\0');
    parts.removeLast(); // after the final NUL
    return parts;
}

} // namespace

class TestRemoteCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quotesEveryArgument();
    void refusesNul();
    void builder();
    void builderErrors();
    void corpusRoundTripsThroughSh_data();
    void corpusRoundTripsThroughSh();
    void builderRunsThroughSh();
};

void TestRemoteCommand::quotesEveryArgument()
{
    QCOMPARE(*quoteArgument("abc"), QByteArray("'abc'"));
    QCOMPARE(*quoteArgument(""), QByteArray("''"));
    QCOMPARE(*quoteArgument("it's"), QByteArray("'it'\\''s'"));
    QCOMPARE(*quoteArgv(QStringList{QStringLiteral("ls"), QStringLiteral("-l")}),
             QByteArray("'ls' '-l'"));
    QCOMPARE(*quoteArgv(QByteArrayList{"a\xff"}), QByteArray("'a\xff'"));
    QVERIFY(!quoteArgv(QByteArrayList{}).ok());
}

void TestRemoteCommand::refusesNul()
{
    const Result<QByteArray> r = quoteArgument(QByteArray("a\0b", 3));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QLatin1String("NUL")), qPrintable(r.error()));
    QVERIFY(!RemoteCommand::argvBytes({"echo", QByteArray("\0", 1)}).toShell().ok());
    QVERIFY(!RemoteCommand::argv({QStringLiteral("echo"), QString(QChar(0))}).toShell().ok());
    QVERIFY(!RemoteCommand::argv({QStringLiteral("ls")}).withCwd(QString(QChar(0))).toShell().ok());
}

void TestRemoteCommand::builder()
{
    const RemoteCommand c = RemoteCommand::argv({QStringLiteral("tar"), QStringLiteral("-cf"),
                                                 QStringLiteral("-"), QStringLiteral(".")})
                                .pipe({QStringLiteral("gzip"), QStringLiteral("-1")})
                                .withEnv(QStringLiteral("LC_ALL"), QStringLiteral("C"))
                                .withCwd(QStringLiteral("/srv/it's here"));
    QCOMPARE(*c.toShell(), QByteArray("cd -- '/srv/it'\\''s here' && export LC_ALL='C' && "
                                      "'tar' '-cf' '-' '.' | 'gzip' '-1'"));
    QCOMPARE(c.display(), QString::fromUtf8(*c.toShell()));
}

void TestRemoteCommand::builderErrors()
{
    QVERIFY(!RemoteCommand().toShell().ok());
    QVERIFY(!RemoteCommand::argv({}).toShell().ok());
    for (const char *bad : {"", "1X", "A-B", "A B", "A=B", "$(x)"}) {
        const auto r = RemoteCommand::argv({QStringLiteral("env")})
                           .withEnv(QString::fromLatin1(bad), QStringLiteral("v"))
                           .toShell();
        QVERIFY2(!r.ok(), bad);
    }
    QVERIFY(RemoteCommand::argv({QStringLiteral("env")})
                .withEnv(QStringLiteral("_A1"), QStringLiteral("v"))
                .toShell()
                .ok());
    QVERIFY(!RemoteCommand::argv({QStringLiteral("a")}).pipe({}).toShell().ok());
    QVERIFY(RemoteCommand().display().contains(QLatin1String("not run")));
}

void TestRemoteCommand::corpusRoundTripsThroughSh_data()
{
    QTest::addColumn<QByteArrayList>("args");
    for (const auto &[name, args] : test::hostileArguments())
        QTest::newRow(name) << args;
}

void TestRemoteCommand::corpusRoundTripsThroughSh()
{
    QFETCH(QByteArrayList, args);
    QFile::remove(QStringLiteral("/tmp/sloop-pwned"));
    const Result<QByteArray> command =
        RemoteCommand::argvBytes(QByteArrayList{"printf", "%s\\0"} + args).toShell();
    QVERIFY2(command.ok(), qPrintable(command.error()));
    // sh -c gets the string as argv[2]; QProcess passes a QString as UTF-8,
    // so invalid bytes go through a shell script file instead.
    QByteArray out;
    if (QString::fromUtf8(*command).toUtf8() == *command) {
        out = runShell(*command);
    } else {
        QTemporaryFile script;
        QVERIFY(script.open());
        script.write(*command);
        script.flush();
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {script.fileName()});
        QVERIFY(sh.waitForFinished(30000));
        out = sh.readAllStandardOutput();
    }
    const QByteArrayList got = splitNul(out);
    QCOMPARE(got.size(), args.size());
    for (qsizetype i = 0; i < args.size(); ++i)
        QVERIFY2(got.at(i) == args.at(i), qPrintable(QStringLiteral("argument %1 differs").arg(i)));
    QVERIFY2(!QFile::exists(QStringLiteral("/tmp/sloop-pwned")), "an argument ran as code");
}

void TestRemoteCommand::builderRunsThroughSh()
{
    const QTemporaryDir dir;
    const QString sub = dir.path() + QStringLiteral("/-odd 'dir' $(x)");
    QVERIFY(QDir().mkpath(sub));
    const RemoteCommand c =
        RemoteCommand::argv({QStringLiteral("sh"), QStringLiteral("-c"),
                             QStringLiteral("pwd; printf '%s\\n' \"$SLOOP_X\"")})
            .pipe({QStringLiteral("tr"), QStringLiteral("a-z"), QStringLiteral("A-Z")})
            .withEnv(QStringLiteral("SLOOP_X"), QStringLiteral("va'l $(id)"))
            .withCwd(sub);
    const QByteArray out = runShell(*c.toShell());
    QCOMPARE(out, (sub.toUpper() + QStringLiteral("\nVA'L $(ID)\n")).toUtf8());
}

QTEST_GUILESS_MAIN(TestRemoteCommand)
#include "tst_remotecommand.moc"
