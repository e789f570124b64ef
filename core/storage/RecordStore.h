#pragma once

#include "DeletedRows.h"
#include "model/Outcome.h"
#include "model/Record.h"
#include "model/TableSpec.h"

#include <functional>
#include <optional>
#include <QDateTime>
#include <QSqlDatabase>

namespace stuurboord {

// Reads and writes domain rows described by a TableSpec, and explains in words why a row
// cannot be saved or deleted. The only place that turns table specs into SQL.
class RecordStore final
{
public:
    explicit RecordStore(QSqlDatabase db);
    QSqlDatabase database() const { return m_db; }
    // Asked before every write; a failure is what the caller gets instead (the workspace
    // is still being checked and waits for it, or it is damaged and read-only).
    void setWriteGate(std::function<Outcome()> gate) { m_writeGate = std::move(gate); }

    std::optional<Record> get(const TableSpec& spec, qint64 id) const;
    // All rows in the table's natural order, optionally only those where column = value.
    QList<Record> list(
        const TableSpec& spec, const QString& column = {}, const QVariant& value = {}) const;
    int count(const TableSpec& spec) const;

    QList<ValidationIssue> validate(const TableSpec& spec, const Record& record) const;
    Outcome insert(
        const TableSpec& spec, Record& record);
    // Saves the row's values. A record with a version is saved only while the stored row
    // still has that version; otherwise the outcome is a conflict naming who saved since,
    // and nothing is written. The non-const form takes the new version back.
    Outcome update(const TableSpec& spec, const Record& record);
    Outcome update(const TableSpec& spec, Record& record);
    // Who saved a row last and when (empty for rows saved before schema step 10).
    struct RowChange
    {
        QString by;
        QDateTime at;
    };
    RowChange lastChange(const QString& table, qint64 id) const;
    // Whether the row may be deleted, and if not, why (what still points at it).
    Outcome checkRemovable(const TableSpec& spec, qint64 id) const;
    // What deleting the row would change besides the row itself, one sentence each
    // ("Meeting series “Stuurgroep” will no longer have a chair."), so the user can be
    // told before it happens. Empty when nothing else changes or the row cannot go.
    QStringList deletionEffects(const TableSpec& spec, qint64 id) const;
    Outcome remove(const TableSpec& spec, qint64 id, DeletedRows* deleted = nullptr);
    Outcome restore(const DeletedRows& deleted);

    // How the row is named where other rows point at it ("Anna de Vries").
    QString displayName(const QString& table, qint64 id) const;
    // The same for a row that need not be stored yet (undo texts name what they change).
    QString displayName(const TableSpec& spec, const Record& record) const;

private:
    bool exists(const QString& table, qint64 id) const;
    Outcome checkRemovable(const TableSpec& spec, qint64 id, DeletedRows& collected) const;
    bool collectDeletion(
        const TableSpec& spec, qint64 id, DeletedRows& deleted, QStringList& blockers) const;
    void collectDeletion(const TableSpec& spec, const Record& record, DeletedRows& deleted,
        QStringList& blockers) const;
    // InsertWithId restores a deleted row under its old id (undo).
    enum class WriteMode { Insert, InsertWithId, Update };
    Outcome write(const TableSpec& spec, Record& record, WriteMode mode);
    Outcome conflictWith(const TableSpec& spec, qint64 id) const;
    QString author() const;
    QList<ValidationIssue> checkField(const FieldSpec& field, const QVariant& value) const;
    QList<ValidationIssue> checkUnique(const TableSpec& spec, const Record& record) const;

    QSqlDatabase m_db;
    std::function<Outcome()> m_writeGate;
    mutable QString m_author;
};

} // namespace stuurboord
