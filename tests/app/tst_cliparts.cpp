// The pieces of the command line that need no engine: which argv opens the
// window, how options are read, and how hostile text is shown.
#include "cli/args.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/commandtable.h"
#include "cli/output.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop::cli;

class TestCliParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wantsCli_data();
    void wantsCli();
    void stopsAtImage();
    void optionForms();
    void optionErrors();
    void escape_data();
    void escape();
    void escapeCuts();
    void commandTableIsWhole();
    void bashCompletionWorks_data();
    void bashCompletionWorks();
};

void TestCliParts::wantsCli_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("cli");
    QTest::newRow("nothing") << QStringList{} << false;
    QTest::newRow("platform") << QStringList{"-platform", "offscreen"} << false;
    QTest::newRow("platform--") << QStringList{"--platform", "offscreen"} << false;
    QTest::newRow("style=") << QStringList{"-style=fusion", "-reverse"} << false;
    QTest::newRow("style value") << QStringList{"-style", "fusion"} << false;
    QTest::newRow("version") << QStringList{"--version"} << true;
    QTest::newRow("help") << QStringList{"--help"} << true;
    QTest::newRow("command") << QStringList{"containers", "ls"} << true;
    QTest::newRow("qt then command") << QStringList{"-platform", "offscreen", "engines"} << true;
    QTest::newRow("unknown option") << QStringList{"--json"} << true;
}

void TestCliParts::wantsCli()
{
    QFETCH(QStringList, args);
    QFETCH(bool, cli);
    QList<QByteArray> storage{"sloop"};
    for (const QString &a : args)
        storage.append(a.toUtf8());
    QList<char *> argv;
    for (QByteArray &a : storage)
        argv.append(a.data());
    argv.append(nullptr);
    QCOMPARE(sloop::cli::wantsCli(int(storage.size()), argv.data()), cli);
}

void TestCliParts::stopsAtImage()
{
    const QList<OptionSpec> specs{{{"--name"}, true}, {{"--detach", "-d"}, false}};
    const ParsedArgs p =
        parseArgs({"-d", "--name", "web", "busybox", "echo", "--name", "-d"}, specs, true);
    QVERIFY(p.error.isEmpty());
    QVERIFY(p.has("detach"));
    QCOMPARE(p.value("name"), QString("web"));
    QCOMPARE(p.positionals, (QStringList{"busybox", "echo", "--name", "-d"}));
}

void TestCliParts::optionForms()
{
    const QList<OptionSpec> specs{{{"--publish", "-p"}, true}, {{"--all", "-a"}, false}};
    const ParsedArgs p =
        parseArgs({"--publish=80:80", "x", "-p", "81:81", "-a", "--", "-p"}, specs);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.values("publish"), (QStringList{"80:80", "81:81"}));
    QVERIFY(p.has("all"));
    QCOMPARE(p.positionals, (QStringList{"x", "-p"}));
    // An empty word is a value (an empty image), not an option.
    QCOMPARE(parseArgs({""}, specs).positionals, QStringList{QString()});
}

void TestCliParts::optionErrors()
{
    const QList<OptionSpec> specs{{{"--time"}, true}, {{"--all"}, false}};
    QVERIFY(parseArgs({"--bogus"}, specs).error.contains("--bogus"));
    QVERIFY(parseArgs({"--time"}, specs).error.contains("needs a value"));
    QVERIFY(parseArgs({"--all=1"}, specs).error.contains("takes no value"));
}

void TestCliParts::escape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QString("web-1") << QString("web-1");
    QTest::newRow("unicode") << QString::fromUtf8("h\xc3\xa9llo \xe6\x97\xa5")
                             << QString::fromUtf8("h\xc3\xa9llo \xe6\x97\xa5");
    QTest::newRow("newline") << QString("a\nb\r\t") << QString("a\\nb\\r\\t");
    QTest::newRow("ansi") << QString("\x1b[31mred") << QString("\\e[31mred");
    QTest::newRow("del c1") << QString("a") + QChar(0x7f) + QChar(0x9b) << QString("a\\x7f\\x9b");
    QTest::newRow("rlo") << QString("a") + QChar(0x202e) + "b" << QString("a\\u{202e}b");
    QTest::newRow("isolate") << QString(QChar(0x2067)) << QString("\\u{2067}");
    QTest::newRow("line sep") << QString(QChar(0x2028)) << QString("\\u{2028}");
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) << QString(QChar(0xfffd));
}

void TestCliParts::escape()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(escapeForTerminal(text), shown);
}

void TestCliParts::escapeCuts()
{
    QCOMPARE(escapeForTerminal(QString(100, 'x'), 10), QString(9, 'x') + QChar(0x2026));
    QCOMPARE(escapeForTerminal("short", 10), QString("short"));
    // A surrogate pair is never split by the cut.
    const QString emoji = QString::fromUtf8("\xf0\x9f\x98\x80");
    QCOMPARE(escapeForTerminal(emoji + emoji + emoji + emoji, 3), emoji + emoji + QChar(0x2026));
    QCOMPARE(escapeForTerminal(emoji + emoji + emoji, 3), emoji + emoji + emoji);
}

void TestCliParts::commandTableIsWhole()
{
    QSet<QString> seen;
    for (const CommandGroup &g : commandTable()) {
        for (const QString &word : QStringList{g.name} + g.aliases) {
            QVERIFY2(!seen.contains(word), qPrintable(word));
            seen.insert(word);
            QCOMPARE(findCommand(word), &g);
        }
        QVERIFY(g.run);
        QVERIFY(g.summary && *g.summary);
        if (g.name != QLatin1String("version"))
            QVERIFY2(g.usage && g.usage().startsWith(QLatin1String("Usage: sloop")),
                     qPrintable(g.name));
        // The main usage text lists every group.
        QVERIFY2(mainUsage().contains(QLatin1String("\n  ") + g.name), qPrintable(g.name));
    }
    QCOMPARE(findHelpTopic(QStringLiteral("inst"))->name, QStringLiteral("instances"));
    QCOMPARE(findHelpTopic(QStringLiteral("container"))->name, QStringLiteral("containers"));
    QVERIFY(!findHelpTopic(QStringLiteral("in"))); // too short to guess
    QVERIFY(!findCommand(QStringLiteral("inst"))); // commands are never guessed
}

void TestCliParts::bashCompletionWorks_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("groups") << "sloop cont"
                            << "containers container container-services container-service";
    QTest::newRow("verbs") << "sloop instances re"
                           << "reboot retry";
    QTest::newRow("alias verbs") << "sloop host im"
                                 << "import-ssh-config";
    QTest::newRow("after an option") << "sloop --json alarms h"
                                     << "history";
    QTest::newRow("options") << "sloop containers --js"
                             << "--json";
    QTest::newRow("shells") << "sloop completion z"
                            << "zsh";
}

void TestCliParts::bashCompletionWorks()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    // The script as the package installs it, in a real bash.
    QTemporaryDir dir;
    QFile script(dir.filePath(QStringLiteral("sloop.bash")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(bashCompletion().toUtf8());
    script.close();
    QStringList words = line.split(QLatin1Char(' '));
    QString array;
    for (const QString &w : words)
        array += QLatin1Char('\'') + w + QStringLiteral("' ");
    QProcess bash;
    bash.start(QStringLiteral("bash"),
               {QStringLiteral("-c"),
                QStringLiteral("source '%1' && COMP_WORDS=(%2) && COMP_CWORD=%3 && _sloop && "
                               "echo \"${COMPREPLY[*]}\"")
                    .arg(script.fileName(), array)
                    .arg(words.size() - 1)});
    QVERIFY(bash.waitForFinished(10000));
    QCOMPARE(bash.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(bash.readAllStandardOutput()).trimmed(), expected);
}

QTEST_GUILESS_MAIN(TestCliParts)
#include "tst_cliparts.moc"
