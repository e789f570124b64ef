#include "Outcome.h"

#include <QStringList>

namespace stuurboord {

Outcome Outcome::failure(const QString& message, const QString& column)
{
    return fromIssues({ValidationIssue{column, message}});
}

Outcome Outcome::fromIssues(QList<ValidationIssue> issues)
{
    Outcome outcome;
    outcome.m_issues = std::move(issues);
    return outcome;
}

Outcome Outcome::conflict(const QString& message)
{
    Outcome outcome = failure(message);
    outcome.m_conflict = true;
    return outcome;
}

QString Outcome::message() const
{
    QStringList lines;
    for (const ValidationIssue& issue : m_issues)
        lines << issue.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace stuurboord
