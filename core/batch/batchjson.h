#pragma once

#include "batchtypes.h"
#include "schedulingpolicy.h"

#include <QByteArray>

namespace sloop::batch {

// The JSON kept in the store's spec columns, and the shapes AWS Batch's API
// answers with (DescribeJobs, DescribeJobDefinitions…), which the CLI's
// --json prints too, so a script written against one reads the other.
QByteArray containerToJson(const ContainerProperties &container);
Result<ContainerProperties> containerFromJson(const QByteArray &json);
QByteArray definitionSpecToJson(const JobDefinition &definition); // container, parameters, tags
VoidResult definitionSpecFromJson(const QByteArray &json, JobDefinition &definition);
QByteArray dependenciesToJson(const QList<Dependency> &dependencies);
QList<Dependency> dependenciesFromJson(const QByteArray &json);

// AWS's jobDetail: jobId, jobName, jobQueue, status, statusReason,
// createdAt/startedAt/stoppedAt (ms), attempts, container, dependsOn,
// arrayProperties (size and statusSummary on a parent, index on a child).
QByteArray jobDetailJson(const Job &job, const QList<Attempt> &attempts,
                         const StatusSummary &summary);
// AWS's jobSummary for ListJobs.
QByteArray jobSummaryJson(const Job &job, const StatusSummary &summary);
QByteArray definitionJson(const JobDefinition &definition);
QByteArray queueJson(const JobQueue &queue);
QByteArray environmentJson(const ComputeEnvironment &environment);
// AWS's SchedulingPolicyDetail: name, arn, fairsharePolicy.
QByteArray policyJson(const SchedulingPolicy &policy);
// A policy's shareDistribution as stored ([{shareIdentifier, weightFactor}]).
QByteArray sharesToJson(const QList<ShareWeight> &shares);
QList<ShareWeight> sharesFromJson(const QByteArray &json);

// "arn:sloop:batch:local:000000000000:job-queue/NAME" and the like.
QString queueArn(const QString &name);
QString definitionArn(const JobDefinition &definition);
QString environmentArn(const QString &name);
QString policyArn(const QString &name);
QString jobArn(const QString &id);

} // namespace sloop::batch
