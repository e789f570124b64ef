#pragma once

#include "storage/RecordConflict.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;

namespace stuurboord {

class WorkspaceContext;

// Shown when a save crossed someone else's save of the same record (team workspaces): who
// saved first and when, and per changed field what it was, what they saved and what you
// typed. Keep theirs, keep yours, or merge field by field; nothing is written unseen.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(RecordConflict conflict, const RecordStore& store, QWidget* parent = nullptr);
    // The record to save, as chosen; its version is the stored one.
    Record chosen() const { return m_chosen; }
    // Whose change a field keeps now (for tests that drive the dialog).
    void choose(int field, RecordConflict::Side side);

    // Saves an edit made in a dialog opened on `before`: straight away when nobody saved the
    // record since, otherwise after the user resolved the conflict here. Pushes the
    // undoable edit; returns false when the user cancelled or nothing is left to save.
    static bool saveEdit(WorkspaceContext& context, const TableSpec& spec, const Record& before,
        const Record& after, QWidget* parent);

private:
    Record merged() const;

    RecordConflict m_conflict;
    QHash<int, QButtonGroup*> m_choices;
    Record m_chosen;
};

} // namespace stuurboord
