#include "exitrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sloop::batch {

namespace {

struct RuleText
{
    Q_DECLARE_TR_FUNCTIONS(Batch)
};

} // namespace

bool patternMatches(const QString &pattern, const QString &value)
{
    if (pattern.isEmpty())
        return true; // not part of the rule
    if (pattern.endsWith(QLatin1Char('*'))) {
        const QString prefix = pattern.chopped(1);
        return prefix.isEmpty() || value.startsWith(prefix); // a null value starts with nothing
    }
    return value == pattern;
}

bool ruleMatches(const ExitRule &rule, int exitCode, const QString &reason,
                 const QString &statusReason)
{
    // An exit code rule cannot match an attempt that never exited.
    if (!rule.onExitCode.isEmpty() &&
        (exitCode < 0 || !patternMatches(rule.onExitCode, QString::number(exitCode))))
        return false;
    return patternMatches(rule.onReason, reason) &&
           patternMatches(rule.onStatusReason, statusReason);
}

bool shouldRetry(const ContainerProperties &container, int attemptsMade, int exitCode,
                 const QString &reason, const QString &statusReason)
{
    if (attemptsMade >= container.attempts)
        return false;
    for (const ExitRule &rule : container.evaluateOnExit)
        if (ruleMatches(rule, exitCode, reason, statusReason))
            return rule.retry;
    return true;
}

VoidResult validateRule(const ExitRule &rule)
{
    static const QRegularExpression code(QStringLiteral("^[0-9]*\\*?$"));
    static const QRegularExpression text(QStringLiteral("^[A-Za-z0-9.:\\s]*\\*?$"));
    if (rule.onExitCode.isEmpty() && rule.onReason.isEmpty() && rule.onStatusReason.isEmpty())
        return VoidResult::failure(
            ErrorKind::InvalidInput,
            RuleText::tr("evaluateOnExit: a rule needs onExitCode, onReason or onStatusReason."));
    if (rule.onExitCode.size() > 512 || !code.match(rule.onExitCode).hasMatch())
        return VoidResult::failure(
            ErrorKind::InvalidInput,
            RuleText::tr("onExitCode: digits, optionally ending with '*' (\"%1\").")
                .arg(rule.onExitCode));
    for (const QString &pattern : {rule.onReason, rule.onStatusReason})
        if (pattern.size() > 512 || !text.match(pattern).hasMatch())
            return VoidResult::failure(
                ErrorKind::InvalidInput,
                RuleText::tr("onReason and onStatusReason: letters, digits, '.', ':' and spaces, "
                             "optionally ending with '*' (\"%1\").")
                    .arg(pattern));
    return {};
}

Result<ExitRule> parseRule(const QString &text)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    const QString action = colon < 0 ? QString() : text.mid(colon + 1).toUpper();
    if (action != QLatin1String("RETRY") && action != QLatin1String("EXIT"))
        return Result<ExitRule>::failure(
            ErrorKind::InvalidInput,
            RuleText::tr("\"%1\" is not PATTERN:RETRY or PATTERN:EXIT (for example 137:RETRY, "
                         "\"status=Host EC2*:RETRY\").")
                .arg(text));
    ExitRule rule;
    rule.retry = action == QLatin1String("RETRY");
    const QString pattern = text.left(colon);
    if (pattern.startsWith(QLatin1String("reason=")))
        rule.onReason = pattern.mid(7);
    else if (pattern.startsWith(QLatin1String("status=")))
        rule.onStatusReason = pattern.mid(7);
    else
        rule.onExitCode = pattern;
    if (auto ok = validateRule(rule); !ok)
        return Result<ExitRule>::failure(ok.problem());
    return rule;
}

QString ruleText(const ExitRule &rule)
{
    QString pattern = !rule.onExitCode.isEmpty() ? rule.onExitCode
                      : !rule.onReason.isEmpty() ? QStringLiteral("reason=") + rule.onReason
                                                 : QStringLiteral("status=") + rule.onStatusReason;
    return pattern + (rule.retry ? QStringLiteral(":RETRY") : QStringLiteral(":EXIT"));
}

} // namespace sloop::batch
