#include "WorkspaceProbe.h"

#include "Schema.h"
#include "sqlite/SqliteSpecifics.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace stuurboord {

WorkspaceProbe WorkspaceProbe::inspect(const QString& path)
{
    WorkspaceProbe probe;
    const QFileInfo info(path);
    const auto fail = [&probe](WorkspaceProblem problem, const QString& message) {
        probe.m_problem = problem;
        probe.m_message = message;
        return probe;
    };
    if (!info.exists())
        return fail(WorkspaceProblem::NotFound,
            QCoreApplication::translate("Workspace", "There is no file at %1.").arg(path));
    if (info.isDir())
        return fail(WorkspaceProblem::NotFound,
            QCoreApplication::translate("Workspace", "%1 is a folder, not a workspace file.")
                .arg(path));
    // A pipe, socket or device would block or never end; a workspace is always a file.
    if (!info.isFile()) {
        return fail(WorkspaceProblem::NotSqlite,
            QCoreApplication::translate("Workspace",
                "%1 is not a regular file (it is a pipe, socket or device), so it cannot be "
                "a workspace. Choose the workspace file itself.")
                .arg(path));
    }
    if (!info.isReadable()) {
        return fail(WorkspaceProblem::NotReadable,
            QCoreApplication::translate(
                "Workspace", "Stuurboord is not allowed to read %1. Check the file's permissions.")
                .arg(path));
    }
    if (info.size() == 0) {
        return fail(WorkspaceProblem::Empty,
            QCoreApplication::translate("Workspace",
                "The file is empty (0 bytes), so it holds no workspace. It may have been "
                "cut off while copying; use a backup copy."));
    }
    probe.m_header = SqliteHeader::read(path);
    if (!probe.m_header.hasMagic()) {
        return fail(WorkspaceProblem::NotSqlite,
            QCoreApplication::translate("Workspace",
                "This file is not a Stuurboord workspace. If it is a usage export, "
                "import it into a workspace instead of opening it."));
    }
    if (!probe.m_header.hasValidLayout()) {
        return fail(WorkspaceProblem::Damaged,
            QCoreApplication::translate("Workspace",
                "The workspace's header is damaged (its page layout is impossible), so "
                "Stuurboord cannot read it. Stuurboord did not change it; restore a backup copy."));
    }
    // A journal beside the file: a change was interrupted. The file may be shorter than its
    // header says until SQLite rolls the change back, which opening does first.
    probe.m_interrupted = SqliteSpecifics::hasJournal(path);
    if (!probe.m_interrupted && !probe.m_header.isComplete()) {
        const QLocale locale;
        return fail(WorkspaceProblem::Truncated,
            QCoreApplication::translate("Workspace",
                "The workspace is incomplete: the file has %1 bytes but should have %2. "
                "It was probably cut off while copying or downloading; use a backup copy.")
                .arg(locale.toString(probe.m_header.fileSize()),
                    locale.toString(probe.m_header.expectedSize())));
    }
    if (probe.m_header.applicationId() != Schema::applicationId) {
        return fail(WorkspaceProblem::Foreign,
            QCoreApplication::translate(
                "Workspace", "This is a database of another program, not a Stuurboord workspace."));
    }
    const int version = probe.m_header.userVersion();
    if (version > Schema::currentVersion()) {
        return fail(WorkspaceProblem::NewerVersion,
            QCoreApplication::translate("Workspace",
                "This workspace was saved by a newer version of Stuurboord (schema version "
                "%1; this version reads up to %2). Install the newer version to open it.")
                .arg(version)
                .arg(Schema::currentVersion()));
    }
    if (version < 1) {
        return fail(WorkspaceProblem::Unfinished,
            QCoreApplication::translate("Workspace",
                "This workspace was never completed: creating it was interrupted. "
                "Create a new workspace instead."));
    }
    return probe;
}

} // namespace stuurboord
