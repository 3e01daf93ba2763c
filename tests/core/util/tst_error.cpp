#include "ssh/ssherror.h"
#include "util/error.h"
#include "util/result.h"

#include <QTest>

using namespace sloop;

// Errors carry a kind a program branches on; it survives being passed up
// through Results of other types, and SSH and HTTP failures map onto it.
class TestError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void httpStatuses_data();
    void httpStatuses();
    void kindSurvivesForwarding();
    void plainMessageIsInternal();
    void sshKinds_data();
    void sshKinds();
    void namesAreStable();
};

void TestError::httpStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("400") << 400 << ErrorKind::InvalidInput;
    QTest::newRow("401") << 401 << ErrorKind::Unauthorized;
    QTest::newRow("403") << 403 << ErrorKind::Refused;
    QTest::newRow("404") << 404 << ErrorKind::NotFound;
    QTest::newRow("409") << 409 << ErrorKind::Conflict;
    QTest::newRow("413") << 413 << ErrorKind::InvalidInput;
    QTest::newRow("429") << 429 << ErrorKind::Throttled;
    QTest::newRow("500") << 500 << ErrorKind::Internal;
    QTest::newRow("501") << 501 << ErrorKind::Unsupported;
    QTest::newRow("503") << 503 << ErrorKind::Unreachable;
    QTest::newRow("504") << 504 << ErrorKind::TimedOut;
}

void TestError::httpStatuses()
{
    QFETCH(int, status);
    QFETCH(ErrorKind, kind);
    QCOMPARE(errorKindForHttpStatus(status), kind);
}

void TestError::kindSurvivesForwarding()
{
    const auto inner = Result<int>::failure(
        Error::make(ErrorKind::NotFound, QStringLiteral("No such container: x"), 404));
    const VoidResult outer = VoidResult::failure(inner.problem());
    QCOMPARE(outer.kind(), ErrorKind::NotFound);
    QCOMPARE(outer.problem().httpStatus, 404);
    QCOMPARE(outer.error(), QStringLiteral("No such container: x"));
    const Error reworded = outer.problem().withMessage(QStringLiteral("x: No such container: x"));
    QCOMPARE(reworded.kind, ErrorKind::NotFound);
    QCOMPARE(reworded.httpStatus, 404);
}

void TestError::plainMessageIsInternal()
{
    QCOMPARE(Result<QString>::failure(QStringLiteral("boom")).kind(), ErrorKind::Internal);
    QCOMPARE(VoidResult::failure(ErrorKind::Conflict, QStringLiteral("taken")).kind(),
             ErrorKind::Conflict);
    QVERIFY(VoidResult().ok());
}

void TestError::sshKinds_data()
{
    QTest::addColumn<int>("ssh");
    QTest::addColumn<ErrorKind>("kind");
    using E = ssh::SshError;
    QTest::newRow("dns") << int(E::Dns) << ErrorKind::Unreachable;
    QTest::newRow("refused") << int(E::Refused) << ErrorKind::Unreachable;
    QTest::newRow("timeout") << int(E::Timeout) << ErrorKind::TimedOut;
    QTest::newRow("host key changed") << int(E::HostKeyChanged) << ErrorKind::Unauthorized;
    QTest::newRow("auth") << int(E::Auth) << ErrorKind::Unauthorized;
    QTest::newRow("no such file") << int(E::NotFound) << ErrorKind::NotFound;
    QTest::newRow("permission") << int(E::PermissionDenied) << ErrorKind::Refused;
    QTest::newRow("exists") << int(E::Exists) << ErrorKind::Conflict;
    QTest::newRow("cancelled") << int(E::Cancelled) << ErrorKind::Cancelled;
    QTest::newRow("nul in command") << int(E::InvalidCommand) << ErrorKind::InvalidInput;
}

void TestError::sshKinds()
{
    QFETCH(int, ssh);
    QFETCH(ErrorKind, kind);
    const auto e = ssh::SshError::make(ssh::SshError::Kind(ssh), QStringLiteral("message"));
    const ssh::SshResult<int> r(e);
    QCOMPARE(r.problem().kind, kind);
    QCOMPARE(r.problem().sshKind, ssh);
    QCOMPARE(r.problem().message, QStringLiteral("message"));
    // Into a house Result without losing the kind.
    QCOMPARE(VoidResult::failure(r.problem()).kind(), kind);
}

void TestError::namesAreStable()
{
    QCOMPARE(errorKindName(ErrorKind::NotFound), QStringLiteral("not_found"));
    QCOMPARE(errorKindName(ErrorKind::TimedOut), QStringLiteral("timed_out"));
    QCOMPARE(errorKindName(ErrorKind::InvalidInput), QStringLiteral("invalid_input"));
}

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
