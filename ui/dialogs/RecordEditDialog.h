#pragma once

#include "model/Record.h"

#include <QDialog>
#include <QHash>

class QLabel;

namespace stuurboord {

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

private:
    const TableSpec& m_spec;
    const RecordStore& m_store;
    Record m_record;
    QHash<int, QWidget*> m_editors;
    QLabel* m_problems = nullptr;
};

} // namespace stuurboord
