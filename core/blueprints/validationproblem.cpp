#include "validationproblem.h"

#include "blueprintstext.h"

#include <QStringList>

namespace sloop::blueprints {

QString formatProblem(const ValidationProblem &problem)
{
    if (problem.line <= 0)
        return problem.message;
    if (problem.column <= 0)
        return BlueprintsText::tr("line %1: %2").arg(problem.line).arg(problem.message);
    return BlueprintsText::tr("line %1, column %2: %3")
        .arg(problem.line)
        .arg(problem.column)
        .arg(problem.message);
}

QString formatProblems(const QList<ValidationProblem> &problems)
{
    QStringList lines;
    for (const ValidationProblem &p : problems)
        lines.append(formatProblem(p));
    return lines.join(QLatin1Char('\n'));
}

} // namespace sloop::blueprints
