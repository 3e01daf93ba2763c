#pragma once

#include <QList>
#include <QString>

namespace sloop::blueprints {

// One thing wrong with a blueprint or a user-data text, where an editor can
// underline it. Lines and columns count from 1; 0 means "the whole text".
struct ValidationProblem
{
    int line = 0;
    int column = 0;
    QString message;

    bool operator==(const ValidationProblem &other) const = default;
};

// "line 3, column 5: message", or the message alone when there is no line.
QString formatProblem(const ValidationProblem &problem);
// Every problem on its own line, in order.
QString formatProblems(const QList<ValidationProblem> &problems);

} // namespace sloop::blueprints
