#include "lifecyclepolicy.h"

#include "registryclient.h"
#include "util/futures.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <memory>

namespace sloop::registry {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Registries)
};

Result<LifecyclePolicy> invalid(const QString &message)
{
    return Result<LifecyclePolicy>::failure(ErrorKind::InvalidInput, message);
}

QString unknownKey(const QJsonObject &o, const QStringList &known)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return it.key();
    return {};
}

bool selects(const LifecycleRule &rule, const LifecycleImage &image)
{
    if (rule.tagStatus == QLatin1String("untagged"))
        return image.tags.isEmpty();
    if (rule.tagStatus == QLatin1String("any"))
        return true;
    // ECR's rule: every prefix listed is matched by one of the image's tags.
    for (const QString &prefix : rule.tagPrefixes)
        if (std::none_of(image.tags.cbegin(), image.tags.cend(),
                         [&prefix](const QString &tag) { return tag.startsWith(prefix); }))
            return false;
    return !rule.tagPrefixes.isEmpty();
}

} // namespace

Result<LifecyclePolicy> parseLifecyclePolicy(QByteArrayView json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(Text::tr("A lifecycle policy is a JSON object: %1 at offset %2.")
                           .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                        : Text::tr("not an object"))
                           .arg(error.offset));
    const QJsonObject root = doc.object();
    if (const QString k = unknownKey(root, {QStringLiteral("rules")}); !k.isEmpty())
        return invalid(Text::tr("A lifecycle policy has no key \"%1\".").arg(k));
    const QJsonArray rules = root.value(QLatin1String("rules")).toArray();
    if (rules.isEmpty())
        return invalid(Text::tr("A lifecycle policy needs at least one rule in \"rules\"."));
    LifecyclePolicy policy;
    QSet<int> priorities;
    for (const QJsonValue &v : rules) {
        const QJsonObject r = v.toObject();
        if (const QString k =
                unknownKey(r, {QStringLiteral("rulePriority"), QStringLiteral("description"),
                               QStringLiteral("selection"), QStringLiteral("action")});
            !k.isEmpty())
            return invalid(Text::tr("A rule has no key \"%1\".").arg(k));
        LifecycleRule rule;
        rule.priority = r.value(QLatin1String("rulePriority")).toInt(0);
        if (rule.priority < 1 || priorities.contains(rule.priority))
            return invalid(Text::tr("Each rule needs its own rulePriority, a whole number from "
                                    "1 (%1 is not).")
                               .arg(r.value(QLatin1String("rulePriority")).toVariant().toString()));
        priorities.insert(rule.priority);
        rule.description = r.value(QLatin1String("description")).toString();
        const QJsonObject s = r.value(QLatin1String("selection")).toObject();
        if (const QString k =
                unknownKey(s, {QStringLiteral("tagStatus"), QStringLiteral("tagPrefixList"),
                               QStringLiteral("countType"), QStringLiteral("countUnit"),
                               QStringLiteral("countNumber")});
            !k.isEmpty())
            return invalid(
                Text::tr("Rule %1's selection has no key \"%2\".").arg(rule.priority).arg(k));
        rule.tagStatus = s.value(QLatin1String("tagStatus")).toString();
        if (!QStringList{QStringLiteral("tagged"), QStringLiteral("untagged"),
                         QStringLiteral("any")}
                 .contains(rule.tagStatus))
            return invalid(
                Text::tr("Rule %1: tagStatus is tagged, untagged or any.").arg(rule.priority));
        for (const QJsonValue &p : s.value(QLatin1String("tagPrefixList")).toArray())
            rule.tagPrefixes.append(p.toString());
        if (rule.tagStatus == QLatin1String("tagged") && rule.tagPrefixes.isEmpty())
            return invalid(Text::tr("Rule %1 selects tagged images, so it needs a tagPrefixList.")
                               .arg(rule.priority));
        rule.countType = s.value(QLatin1String("countType")).toString();
        rule.countNumber = s.value(QLatin1String("countNumber")).toInt(0);
        rule.countUnit = s.value(QLatin1String("countUnit")).toString();
        if (rule.countType == QLatin1String("sinceImagePushed")) {
            if (rule.countUnit != QLatin1String("days"))
                return invalid(
                    Text::tr("Rule %1: sinceImagePushed counts in \"days\".").arg(rule.priority));
        } else if (rule.countType != QLatin1String("imageCountMoreThan")) {
            return invalid(Text::tr("Rule %1: countType is imageCountMoreThan or "
                                    "sinceImagePushed.")
                               .arg(rule.priority));
        } else if (!rule.countUnit.isEmpty()) {
            return invalid(
                Text::tr("Rule %1: imageCountMoreThan takes no countUnit.").arg(rule.priority));
        }
        if (rule.countNumber < 1)
            return invalid(
                Text::tr("Rule %1: countNumber is a whole number from 1.").arg(rule.priority));
        if (r.value(QLatin1String("action")).toObject().value(QLatin1String("type")).toString() !=
            QLatin1String("expire"))
            return invalid(
                Text::tr("Rule %1: the only action is {\"type\": \"expire\"}.").arg(rule.priority));
        policy.rules.append(rule);
    }
    std::sort(
        policy.rules.begin(), policy.rules.end(),
        [](const LifecycleRule &a, const LifecycleRule &b) { return a.priority < b.priority; });
    for (qsizetype i = 0; i + 1 < policy.rules.size(); ++i)
        if (policy.rules.at(i).tagStatus == QLatin1String("any"))
            return invalid(Text::tr("Rule %1 selects any image, so it must come last (the "
                                    "highest rulePriority).")
                               .arg(policy.rules.at(i).priority));
    return policy;
}

QByteArray lifecyclePolicyToJson(const LifecyclePolicy &policy)
{
    QJsonArray rules;
    for (const LifecycleRule &r : policy.rules) {
        QJsonObject selection{{QStringLiteral("tagStatus"), r.tagStatus},
                              {QStringLiteral("countType"), r.countType},
                              {QStringLiteral("countNumber"), r.countNumber}};
        if (!r.tagPrefixes.isEmpty())
            selection.insert(QStringLiteral("tagPrefixList"),
                             QJsonArray::fromStringList(r.tagPrefixes));
        if (!r.countUnit.isEmpty())
            selection.insert(QStringLiteral("countUnit"), r.countUnit);
        QJsonObject rule{{QStringLiteral("rulePriority"), r.priority},
                         {QStringLiteral("selection"), selection},
                         {QStringLiteral("action"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("expire")}}}};
        if (!r.description.isEmpty())
            rule.insert(QStringLiteral("description"), r.description);
        rules.append(rule);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("rules"), rules}}).toJson();
}

QList<LifecycleDecision> evaluateLifecycle(const LifecyclePolicy &policy,
                                           const QList<LifecycleImage> &images,
                                           const QDateTime &now)
{
    QList<LifecycleImage> left = images;
    // Newest first, as ECR counts.
    std::sort(left.begin(), left.end(), [](const LifecycleImage &a, const LifecycleImage &b) {
        // An index (multi-platform) has no creation time of its own: it
        // counts as newest, so a rule keeps it rather than expiring it first.
        if (a.pushed.isValid() != b.pushed.isValid())
            return !a.pushed.isValid();
        if (a.pushed != b.pushed)
            return a.pushed > b.pushed;
        return a.tags.value(0) > b.tags.value(0); // made the same second: by tag
    });
    QList<LifecycleDecision> out;
    for (const LifecycleRule &rule : policy.rules) {
        QList<LifecycleImage> selected;
        QList<LifecycleImage> rest;
        for (const LifecycleImage &image : std::as_const(left))
            (selects(rule, image) ? selected : rest).append(image);
        left = rest; // what a rule selects, later rules do not see
        for (qsizetype i = 0; i < selected.size(); ++i) {
            const LifecycleImage &image = selected.at(i);
            QString reason;
            if (rule.countType == QLatin1String("imageCountMoreThan")) {
                if (i >= rule.countNumber)
                    reason = Text::tr("rule %1 keeps the newest %2")
                                 .arg(rule.priority)
                                 .arg(rule.countNumber);
            } else if (image.pushed.isValid() && image.pushed.daysTo(now) > rule.countNumber) {
                reason = Text::tr("rule %1: made %2 days ago, over %3")
                             .arg(rule.priority)
                             .arg(image.pushed.daysTo(now))
                             .arg(rule.countNumber);
            }
            if (!reason.isEmpty())
                out.append({image, rule.priority, reason});
        }
    }
    return out;
}

QFuture<LifecycleReport> deleteImages(RegistryClient *client, const QString &repository,
                                      const QList<LifecycleDecision> &expired)
{
    PendingResult<LifecycleReport> done;
    auto report = std::make_shared<LifecycleReport>();
    report->expired = expired;
    if (expired.isEmpty()) {
        done.settle(*report);
        return done.future();
    }
    auto left = std::make_shared<int>(int(expired.size()));
    for (const LifecycleDecision &d : expired)
        whenFinished(client->deleteManifest(repository, d.image.digest), client,
                     [=, digest = d.image.digest](const VoidResult &gone) {
                         if (gone)
                             report->deleted.append(digest);
                         else
                             report->failed.append(digest + QStringLiteral(": ") + gone.error());
                         if (--*left == 0)
                             done.settle(*report);
                     });
    return done.future();
}

QFuture<Result<LifecycleReport>> runLifecycle(RegistryClient *client, const QString &repository,
                                              const LifecyclePolicy &policy, bool dryRun)
{
    PendingResult<Result<LifecycleReport>> done;
    auto report = std::make_shared<LifecycleReport>();
    for (const LifecycleRule &r : policy.rules)
        report->untaggedRules = report->untaggedRules || r.tagStatus == QLatin1String("untagged");
    whenFinished(client->tags(repository), client, [=](const Result<QStringList> &tags) {
        if (!tags)
            return done.settle(Result<LifecycleReport>::failure(tags.problem()));
        auto byDigest = std::make_shared<QMap<QString, LifecycleImage>>();
        auto pending = std::make_shared<int>(int(tags->size()));
        auto failure = std::make_shared<std::optional<Error>>();
        const auto decide = [=] {
            if (*failure)
                return done.settle(Result<LifecycleReport>::failure(**failure));
            report->images = int(byDigest->size());
            report->expired =
                evaluateLifecycle(policy, byDigest->values(), QDateTime::currentDateTimeUtc());
            if (dryRun || report->expired.isEmpty())
                return done.settle(*report);
            whenFinished(deleteImages(client, repository, report->expired), client,
                         [=](const LifecycleReport &deleted) {
                             report->deleted = deleted.deleted;
                             report->failed = deleted.failed;
                             done.settle(*report);
                         });
        };
        if (tags->isEmpty())
            return decide();
        for (const QString &tag : *tags)
            whenFinished(client->manifest(repository, tag), client,
                         [=](const Result<ManifestInfo> &m) {
                             if (!m) {
                                 if (!*failure)
                                     *failure = m.problem();
                             } else {
                                 LifecycleImage &image = (*byDigest)[m->digest];
                                 image.digest = m->digest;
                                 image.tags.append(tag);
                                 image.pushed = m->created;
                             }
                             if (--*pending == 0)
                                 decide();
                         });
    });
    return done.future();
}

} // namespace sloop::registry
