// ECR lifecycle policies without a registry: the JSON read as ECR reads it
// (and refused where ECR refuses it), and which images each rule expires.
#include "registry/lifecyclepolicy.h"

#include <QTest>

using namespace sloop::registry;

namespace {

LifecycleImage image(const char *digest, const QStringList &tags, int daysAgo)
{
    return {QString::fromLatin1(digest), tags,
            QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC).addDays(-daysAgo)};
}

QStringList digests(const QList<LifecycleDecision> &decisions)
{
    QStringList out;
    for (const LifecycleDecision &d : decisions)
        out.append(d.image.digest);
    return out;
}

const QDateTime kNow(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

} // namespace

class TestLifecyclePolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheNewestAndExpiresTheOld()
    {
        const auto policy = parseLifecyclePolicy(
            "{\"rules\": [{\"rulePriority\": 2, \"selection\": {\"tagStatus\": \"any\", "
            "\"countType\": \"sinceImagePushed\", \"countUnit\": \"days\", \"countNumber\": 30}, "
            "\"action\": {\"type\": \"expire\"}}, {\"rulePriority\": 1, \"description\": \"keep "
            "3 releases\", \"selection\": {\"tagStatus\": \"tagged\", \"tagPrefixList\": "
            "[\"v\"], \"countType\": \"imageCountMoreThan\", \"countNumber\": 3}, "
            "\"action\": {\"type\": \"expire\"}}]}");
        QVERIFY2(policy.ok(), qPrintable(policy.error()));
        QCOMPARE(policy->rules.first().priority, 1); // sorted
        const QList<LifecycleImage> images{
            image("a", {QStringLiteral("v1")}, 100),
            image("b", {QStringLiteral("v2")}, 50),
            image("c", {QStringLiteral("v3"), QStringLiteral("release-3")}, 20),
            image("d", {QStringLiteral("v4")}, 10),
            image("e", {QStringLiteral("v5"), QStringLiteral("latest")}, 1),
            image("f", {QStringLiteral("dev-7")}, 40),
            image("g", {QStringLiteral("dev-8")}, 5)};
        // Rule 1 keeps e, d, c and expires b, a; rule 2 sees only f and g
        // (a and b were rule 1's, even though old).
        QCOMPARE(digests(evaluateLifecycle(*policy, images, kNow)),
                 QStringList({QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("f")}));
        // Several prefixes select the images that carry them all, as ECR's.
        auto both = *policy;
        both.rules = {both.rules.first()};
        both.rules.first().tagPrefixes = {QStringLiteral("v"), QStringLiteral("release-")};
        both.rules.first().countNumber = 1;
        QCOMPARE(digests(evaluateLifecycle(both, images, kNow)), QStringList());
        both.rules.first().tagPrefixes = {QStringLiteral("v"), QStringLiteral("latest")};
        QCOMPARE(digests(evaluateLifecycle(both, images, kNow)), QStringList());
        // An index without a creation time counts as newest, so it is kept.
        QList<LifecycleImage> withIndex = images;
        withIndex.append({QStringLiteral("i"), {QStringLiteral("v9")}, QDateTime()});
        QVERIFY(
            !digests(evaluateLifecycle(*policy, withIndex, kNow)).contains(QStringLiteral("i")));
        // A round trip keeps the policy.
        const auto again = parseLifecyclePolicy(lifecyclePolicyToJson(*policy));
        QVERIFY(again.ok());
        QCOMPARE(again->rules.size(), 2);
    }

    void refusesWhatEcrRefuses_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("said");
        const QByteArray expire = ", \"action\": {\"type\": \"expire\"}}";
        QTest::newRow("not json") << QByteArray("{\"rules\": [") << "JSON object";
        QTest::newRow("no rules") << QByteArray("{\"rules\": []}") << "at least one rule";
        QTest::newRow("unknown key") << QByteArray("{\"rules\": [], \"x\": 1}") << "\"x\"";
        QTest::newRow("tagged without prefix")
            << QByteArray(
                   "{\"rules\": [{\"rulePriority\": 1, \"selection\": {\"tagStatus\": "
                   "\"tagged\", \"countType\": \"imageCountMoreThan\", \"countNumber\": 1}") +
                   expire + "]}"
            << "tagPrefixList";
        QTest::newRow("days without unit")
            << QByteArray("{\"rules\": [{\"rulePriority\": 1, \"selection\": {\"tagStatus\": "
                          "\"any\", \"countType\": \"sinceImagePushed\", \"countNumber\": 1}") +
                   expire + "]}"
            << "days";
        QTest::newRow("same priority")
            << QByteArray("{\"rules\": [{\"rulePriority\": 1, \"selection\": {\"tagStatus\": "
                          "\"untagged\", \"countType\": \"imageCountMoreThan\", \"countNumber\": "
                          "1}") +
                   expire +
                   ", {\"rulePriority\": 1, \"selection\": {\"tagStatus\": \"untagged\", "
                   "\"countType\": \"imageCountMoreThan\", \"countNumber\": 1}" +
                   expire + "]}"
            << "its own rulePriority";
        QTest::newRow("other action")
            << QByteArray("{\"rules\": [{\"rulePriority\": 1, \"selection\": {\"tagStatus\": "
                          "\"any\", \"countType\": \"imageCountMoreThan\", \"countNumber\": 1}, "
                          "\"action\": {\"type\": \"archive\"}}]}")
            << "only action";
    }
    void refusesWhatEcrRefuses()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, said);
        const auto policy = parseLifecyclePolicy(json);
        QVERIFY(!policy.ok());
        QVERIFY2(policy.error().contains(said), qPrintable(policy.error()));
    }
};

QTEST_GUILESS_MAIN(TestLifecyclePolicy)
#include "tst_lifecyclepolicy.moc"
