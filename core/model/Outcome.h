#pragma once

#include "ValidationIssue.h"

#include <QList>

namespace stuurboord {

// The result of a core operation as a value the UI and the command line can show.
class Outcome final
{
public:
    Outcome() = default;
    static Outcome failure(const QString& message, const QString& column = {});
    static Outcome fromIssues(QList<ValidationIssue> issues);

    bool ok() const { return m_issues.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QList<ValidationIssue>& issues() const { return m_issues; }
    // All messages, one per line.
    QString message() const;

private:
    QList<ValidationIssue> m_issues;
};

} // namespace stuurboord
