#pragma once

#include <QString>
#include <QStringList>

namespace stuurboord {

// A read-only health report of a workspace file, in words: is it a workspace, which
// schema version, does SQLite find it intact, and what it holds. Never changes the file.
class WorkspaceCheck final
{
public:
    static WorkspaceCheck run(const QString& path);

    bool isHealthy() const { return m_healthy; }
    const QStringList& lines() const { return m_lines; }

private:
    bool m_healthy = false;
    QStringList m_lines;
};

} // namespace stuurboord
