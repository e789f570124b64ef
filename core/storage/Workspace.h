#pragma once

#include "model/Outcome.h"
#include "Repository.h"
#include "WorkspaceProblem.h"

#include <functional>
#include <memory>
#include <QSqlDatabase>
#include <QString>

namespace stuurboord {

class BackgroundIntegrityCheck;
class RecordStore;
class WorkspaceLock;
struct OpenResult;

// One organisation's intranet governance in one SQLite file (*.stuurboord). Holds the
// connection and the writer lock for as long as it lives; closing leaves only the file.
class Workspace final
{
public:
    struct OpenOptions
    {
        // Remove a lock left behind by a Stuurboord that is no longer running.
        bool breakStaleLock = false;
        // Only read (reports from the command line): no lock, so it works while the
        // workspace is open in the application, and nothing is ever written.
        bool readOnly = false;
        // Show the workspace at once (the application): the full integrity check runs on
        // a second connection while the window paints, and every write is refused until
        // finishCheck() has seen it pass. Commands check before they open, as before.
        bool checkAfterOpening = false;
    };

    static OpenResult open(const QString& path, OpenOptions options);
    static OpenResult open(const QString& path);
    // `fill` writes the first contents (the demo) before the file gets its name, so an
    // interrupted creation never leaves a half-filled workspace behind.
    static OpenResult create(const QString& path, const QString& organisationName,
        bool replaceExisting = false, const std::function<Outcome(Workspace&)>& fill = {});

    ~Workspace();
    Q_DISABLE_COPY_MOVE(Workspace)

    // The file, or for a team workspace its address without the password.
    const QString& path() const { return m_path; }
    // The workspace lives in a PostgreSQL database shared by a team (issue 15).
    bool isTeam() const { return !m_teamAddress.isEmpty(); }
    QSqlDatabase database() const { return m_db; }
    RecordStore& records() { return *m_records; }
    template <typename T> Repository<T> repository() { return Repository<T>(*m_records); }
    int schemaVersion() const { return m_schemaVersion; }
    // Where the copy made before the last schema update was written; empty if none.
    const QString& migrationBackupPath() const { return m_migrationBackupPath; }
    QString organisationName() const;

    // Waits for the check begun by OpenOptions::checkAfterOpening and allows writes when
    // it passed. A damaged workspace stays readable but refuses every write; the outcome
    // says why. Returns at once when there is nothing to wait for.
    Outcome finishCheck();
    // The check begun on opening is over (or there was none): finishCheck() will not wait.
    bool checkFinished() const;
    // False while the check runs and after it failed.
    bool writesAllowed() const { return !m_pendingCheck && m_refusal.isEmpty(); }
    // Why writes stay refused after the check; empty while it runs and when it passed.
    const QString& writeRefusal() const { return m_refusal; }

    // Writes a consistent copy of the open workspace to another file.
    Outcome saveCopyAs(const QString& targetPath);

    // A second connection to the same file for a worker thread (an import), next to this
    // one: it takes no lock (this workspace holds it) and checks nothing (that was done on
    // opening). A connection belongs to one thread: open it on the thread that uses it and
    // destroy it there. Null when the file cannot be opened; `error` tells why.
    std::unique_ptr<Workspace> openWorkerConnection(QString* error = nullptr) const;

private:
    Workspace(QString path, QString connectionName, std::unique_ptr<WorkspaceLock> lock);
    OpenResult finishOpening(std::unique_ptr<Workspace> self, const OpenOptions& options);
    // The full integrity check on this connection; an empty message when it passed.
    OpenResult checkNow();
    static Outcome buildEmpty(const QString& path, const QString& organisationName);
    // Team workspaces (WorkspaceTeam.cpp): a PostgreSQL database instead of a file.
    static OpenResult openTeam(const QString& address, const OpenOptions& options);
    static OpenResult createTeam(const QString& address, const QString& organisationName,
        const std::function<Outcome(Workspace&)>& fill);
    static OpenResult connectTeam(const QString& address, bool readOnly);
    // Who holds the file while this connection waited for it, for a "busy" message.
    QString currentWriter() const;

    QString m_path;
    QString m_teamAddress; // in full, password included: worker connections need it
    QString m_connectionName;
    std::unique_ptr<WorkspaceLock> m_lock;
    QSqlDatabase m_db;
    std::unique_ptr<RecordStore> m_records;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    QString m_migrationBackupPath;
    std::unique_ptr<BackgroundIntegrityCheck> m_pendingCheck;
    // Why writes are refused after a failed check; empty when they are allowed.
    QString m_refusal;
};

struct OpenResult
{
    std::unique_ptr<Workspace> workspace;
    WorkspaceProblem problem = WorkspaceProblem::None;
    QString message;

    bool ok() const { return workspace != nullptr; }
    static OpenResult failed(WorkspaceProblem problem, const QString& message)
    {
        OpenResult result;
        result.problem = problem;
        result.message = message;
        return result;
    }
};

} // namespace stuurboord
