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
    // A save refused because someone else saved the same record since it was read: the
    // caller can show both changes (RecordConflict) instead of only the message.
    static Outcome conflict(const QString& message);

    bool ok() const { return m_issues.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QList<ValidationIssue>& issues() const { return m_issues; }
    bool isConflict() const { return m_conflict; }
    // All messages, one per line.
    QString message() const;

private:
    QList<ValidationIssue> m_issues;
    bool m_conflict = false;
};

} // namespace stuurboord
