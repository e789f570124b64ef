#pragma once

#include "model/Record.h"

#include <QDialog>
#include <QHash>
#include <functional>

class QFormLayout;
class QLabel;

namespace stuurboord {

class ProblemLabel;
class RecordStore;
class TableSpec;

// A form for any domain row, built from its TableSpec. It only closes with OK when the
// core accepts the values; otherwise it says what to fix, next to the fields concerned.
class RecordEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordEditDialog)

public:
    RecordEditDialog(const TableSpec& spec, const RecordStore& store, Record record, QWidget* parent = nullptr);
    const Record& record() const { return m_record; }
    void accept() override;

    // Checks a text field while the user types and shows the problem right under it
    // (e.g. a KPI formula); the check returns an empty string when all is well.
    using LiveCheck = std::function<QString(const QString&)>;
    void setLiveCheck(const QString& column, LiveCheck check);
    // The input of a column, and a widget to put right beside it (e.g. a picker).
    QWidget* editor(const QString& column) const;
    void addBeside(const QString& column, QWidget* widget);
    // An extra input that is not a column, such as the reason for a change.
    void addExtraRow(const QString& label, QWidget* editor);
    // A last check before closing with OK, for rules that need more than one row.
    using FinalCheck = std::function<QStringList(const Record&)>;
    void setFinalCheck(FinalCheck check) { m_finalCheck = std::move(check); }

private:
    void followConditions();
    void showApplicableFields();

    const TableSpec& m_spec;
    const RecordStore& m_store;
    Record m_record;
    QHash<int, QWidget*> m_editors;
    ProblemLabel* m_problems = nullptr;
    QFormLayout* m_form = nullptr;
    FinalCheck m_finalCheck;
};

} // namespace stuurboord
