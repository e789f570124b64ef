#pragma once

#include "FieldSpec.h"

#include "ValidationIssue.h"

#include <QList>
#include <QStringList>
#include <functional>

namespace stuurboord {

struct Record;
class RecordStore;

// Describes one domain table: its fields in order, how a row is named when another row
// points at it, its natural sort order and its uniqueness rules.
class TableSpec final
{
public:
    TableSpec(QString table, const char* singular, const char* plural, QString displayColumn,
        QString orderBy);

    using RowCheck = std::function<QList<ValidationIssue>(const Record&)>;
    // A rule that needs other tables (e.g. "an active KPI has a threshold rule").
    using StoreCheck = std::function<QList<ValidationIssue>(const Record&, const RecordStore&)>;

    TableSpec& unique(QStringList columns);
    // The table is clustered on a natural key (WITHOUT ROWID) and `id` is a plain column:
    // the store gives a new row the next free id itself.
    TableSpec& numberedByStore();
    bool isNumberedByStore() const { return m_numberedByStore; }
    // Rows written in bulk by imports carry no row version (schema step 10): nobody edits
    // them by hand, so no two people can overwrite each other there.
    TableSpec& withoutRowVersions();
    bool hasRowVersions() const { return m_rowVersions; }
    void addField(FieldSpec field) { m_fields.append(std::move(field)); }
    // Rules that involve several fields of one row (set by the Entity that owns the spec).
    void setRowCheck(RowCheck check) { m_rowCheck = std::move(check); }
    QList<ValidationIssue> checkRow(const Record& record) const;
    void setStoreCheck(StoreCheck check) { m_storeCheck = std::move(check); }
    QList<ValidationIssue> checkInStore(const Record& record, const RecordStore& store) const
    {
        return m_storeCheck ? m_storeCheck(record, store) : QList<ValidationIssue>{};
    }

    const QString& table() const { return m_table; }
    QString singular() const;
    QString plural() const;
    const QString& displayColumn() const { return m_displayColumn; }
    const QString& orderBy() const { return m_orderBy; }
    const QList<FieldSpec>& fields() const { return m_fields; }
    const QList<QStringList>& uniqueKeys() const { return m_uniqueKeys; }
    int indexOf(const QString& column) const;
    const FieldSpec* field(const QString& column) const;
    // Whether the field at this index means something for the row (see FieldSpec::onlyWhen).
    bool fieldApplies(int index, const Record& record) const;
    QStringList columns() const;

private:
    QString m_table;
    const char* m_singular;
    const char* m_plural;
    QString m_displayColumn;
    QString m_orderBy;
    QList<FieldSpec> m_fields;
    QList<QStringList> m_uniqueKeys;
    bool m_numberedByStore = false;
    bool m_rowVersions = true;
    RowCheck m_rowCheck;
    StoreCheck m_storeCheck;
};

} // namespace stuurboord
