#pragma once

#include "batchtypes.h"

namespace sloop::batch {

// A retry strategy's evaluateOnExit, as AWS Batch applies it: the first rule
// whose every given pattern matches decides (RETRY or EXIT); when none
// matches, the job is retried. Patterns match the whole value, or its start
// when they end with '*'. A retry needs attempts left either way.
bool patternMatches(const QString &pattern, const QString &value);
bool ruleMatches(const ExitRule &rule, int exitCode, const QString &reason,
                 const QString &statusReason);
bool shouldRetry(const ContainerProperties &container, int attemptsMade, int exitCode,
                 const QString &reason, const QString &statusReason);

// AWS's character rules for the patterns (numbers for onExitCode; letters,
// numbers, '.', ':' and white space for the reasons), at most 512 long.
VoidResult validateRule(const ExitRule &rule);
// "137:RETRY", "1:EXIT", "reason=Host EC2*:RETRY", "status=*:EXIT" as the CLI
// takes them.
Result<ExitRule> parseRule(const QString &text);
QString ruleText(const ExitRule &rule);

} // namespace sloop::batch
