#pragma once

#include "storage/Workspace.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// A fresh workspace in its own temporary folder for one test.
class TestWorkspace final
{
public:
    explicit TestWorkspace(const QString& organisation = QStringLiteral("Gemeente Testdorp"))
    {
        QStandardPaths::setTestModeEnabled(true);
        auto result = stuurboord::Workspace::create(path(), organisation);
        if (!result.ok())
            qFatal("could not create test workspace: %s", qPrintable(result.message));
        m_workspace = std::move(result.workspace);
    }

    QString path() const { return m_dir.filePath(QStringLiteral("test.stuurboord")); }
    QString folder() const { return m_dir.path(); }
    stuurboord::Workspace& operator*() { return *m_workspace; }
    stuurboord::Workspace* operator->() { return m_workspace.get(); }
    void close() { m_workspace.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<stuurboord::Workspace> m_workspace;
};
