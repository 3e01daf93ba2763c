// CloudWatch Logs' filter patterns for unstructured lines, as Lambda's
// console and `aws logs filter-log-events --filter-pattern` read them, and
// the invocation log's search (filter, failures only, a live tail's "after").
#include "functions/invocationlog.h"
#include "functions/logfilter.h"
#include "store/database.h"
#include "testsupport.h"
#include "util/paths.h"

#include <QTest>

using namespace sloop;
using namespace sloop::functions;

class TestLogFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void patterns_data();
    void patterns();
    void aMatchIsWithinOneLine();
    void searchNarrowsAndFollows();
};

void TestLogFilter::patterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("matches");
    const QString line = QStringLiteral("[ERROR] 2026-12-06 timeout talking to db-1 after 3 s");
    QTest::newRow("empty") << QString() << line << true;
    QTest::newRow("one term") << QStringLiteral("ERROR") << line << true;
    QTest::newRow("case-sensitive") << QStringLiteral("error") << line << false;
    QTest::newRow("all terms") << QStringLiteral("ERROR timeout") << line << true;
    QTest::newRow("one missing") << QStringLiteral("ERROR refused") << line << false;
    QTest::newRow("phrase") << QStringLiteral("\"talking to db-1\"") << line << true;
    QTest::newRow("phrase in order") << QStringLiteral("\"db-1 talking\"") << line << false;
    QTest::newRow("excluded") << QStringLiteral("ERROR -timeout") << line << false;
    QTest::newRow("excluded absent") << QStringLiteral("ERROR -refused") << line << true;
    QTest::newRow("any of") << QStringLiteral("?refused ?timeout") << line << true;
    QTest::newRow("none of") << QStringLiteral("?refused ?reset") << line << false;
    QTest::newRow("excluded phrase") << QStringLiteral("-\"after 3 s\"") << line << false;
    QTest::newRow("spaces around") << QStringLiteral("  ERROR   ") << line << true;
}

void TestLogFilter::patterns()
{
    QFETCH(QString, pattern);
    QFETCH(QString, line);
    QFETCH(bool, matches);
    QCOMPARE(LogFilter(pattern).matchesLine(line), matches);
}

void TestLogFilter::aMatchIsWithinOneLine()
{
    const QString log = QStringLiteral("START RequestId: 1\nERROR here\ntimeout there\nEND\n");
    QVERIFY(LogFilter(QStringLiteral("ERROR")).matches(log));
    QVERIFY(!LogFilter(QStringLiteral("ERROR timeout")).matches(log));
    QVERIFY(LogFilter(QStringLiteral("?ERROR ?timeout")).matches(log));
}

void TestLogFilter::searchNarrowsAndFollows()
{
    test::IsolatedXdg xdg;
    QVERIFY(paths::ensureDir(paths::dataDir()));
    store::Database db;
    QVERIFY(db.open(paths::databaseFile()).ok());
    InvocationLog log(db);
    const qint64 now = 1'800'000'000'000;
    const QStringList said{QStringLiteral("order 1 paid"), QStringLiteral("order 2 failed: card"),
                           QStringLiteral("order 3 paid"), QStringLiteral("order 4 failed: stock")};
    for (int i = 0; i < said.size(); ++i) {
        InvocationRecord r;
        r.function = QStringLiteral("orders");
        r.requestId = QString::number(i + 1);
        r.startedMs = now + i;
        r.errorType =
            said.at(i).contains(QLatin1String("failed")) ? QStringLiteral("Unhandled") : QString();
        r.log = QStringLiteral("START RequestId: %1\n%2\nEND RequestId: %1\n")
                    .arg(r.requestId, said.at(i));
        QVERIFY(log.append(r).ok());
    }
    InvocationLog::Search search;
    search.filter = LogFilter(QStringLiteral("paid"));
    auto found = log.search(QStringLiteral("orders"), search);
    QVERIFY2(found.ok(), qPrintable(found.error()));
    QCOMPARE(found->size(), 2);
    QCOMPARE(found->first().requestId, QStringLiteral("3")); // newest first
    search.filter = LogFilter(QStringLiteral("order -card"));
    search.errorsOnly = true;
    found = log.search(QStringLiteral("orders"), search);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().requestId, QStringLiteral("4"));
    // A tail asks for what came after the last it showed.
    search = {};
    search.afterId = log.search(QStringLiteral("orders"), search)->at(1).id;
    found = log.search(QStringLiteral("orders"), search);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().requestId, QStringLiteral("4"));
    search = {};
    search.limit = 3;
    QCOMPARE(log.search(QStringLiteral("orders"), search)->size(), 3);
    QCOMPARE(log.search(QStringLiteral("other"), search)->size(), 0);
}

QTEST_GUILESS_MAIN(TestLogFilter)
#include "tst_logfilter.moc"
