#pragma once

#include "util/result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

namespace sloop::registry {

class RegistryClient;

// One rule of an ECR lifecycle policy, in ECR's own terms.
struct LifecycleRule
{
    int priority = 0; // rulePriority: lower goes first
    QString description;
    QString tagStatus = QStringLiteral("tagged");             // tagged, untagged, any
    QStringList tagPrefixes;                                  // tagPrefixList (tagged only)
    QString countType = QStringLiteral("imageCountMoreThan"); // or sinceImagePushed
    int countNumber = 1;
    QString countUnit; // days, for sinceImagePushed
};

struct LifecyclePolicy
{
    QList<LifecycleRule> rules; // by priority
};

// ECR's lifecycle policy JSON ({"rules": [{"rulePriority": 1, "selection":
// {"tagStatus": "tagged", "tagPrefixList": ["v"], "countType":
// "imageCountMoreThan", "countNumber": 5}, "action": {"type": "expire"}}]}),
// checked as ECR checks it: unknown keys, duplicate priorities, a tagged
// rule without prefixes, "any" not last.
Result<LifecyclePolicy> parseLifecyclePolicy(QByteArrayView json);
QByteArray lifecyclePolicyToJson(const LifecyclePolicy &policy);

// One image of a repository: its digest, its tags and when it was made
// (the image config's creation time: the Distribution API keeps no push
// time, so Sloop goes by that).
struct LifecycleImage
{
    QString digest;
    QStringList tags;
    QDateTime pushed;
};

struct LifecycleDecision
{
    LifecycleImage image;
    int rulePriority = 0;
    QString reason;
};

// What the policy expires, as ECR decides: rules in priority order; an image
// a rule selects is not looked at by later rules whether it expires or
// not; "imageCountMoreThan" keeps the newest N it selects; "sinceImagePushed"
// expires those older than N days.
QList<LifecycleDecision> evaluateLifecycle(const LifecyclePolicy &policy,
                                           const QList<LifecycleImage> &images,
                                           const QDateTime &now);

struct LifecycleReport
{
    int images = 0; // tagged images read from the repository
    QList<LifecycleDecision> expired;
    QStringList deleted;        // digests, when not a dry run
    QStringList failed;         // "digest: why"
    bool untaggedRules = false; // the API cannot list untagged manifests
};

// Deletes each of these images by its digest (what a preview listed and a
// person confirmed, not a fresh evaluation).
QFuture<LifecycleReport> deleteImages(RegistryClient *client, const QString &repository,
                                      const QList<LifecycleDecision> &expired);

// Reads every tag's manifest, evaluates, and (unless a dry run) deletes each
// expired image by its digest.
QFuture<Result<LifecycleReport>> runLifecycle(RegistryClient *client, const QString &repository,
                                              const LifecyclePolicy &policy, bool dryRun);

} // namespace sloop::registry
