#include "RecordStore.h"

#include "domain/DomainTables.h"
#include "model/EnumSpec.h"
#include "LocalUser.h"
#include "Transaction.h"
#include "postgresql/PostgresSpecifics.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace stuurboord {

namespace {
bool isEmptyValue(const QVariant& value)
{
    return value.isNull()
        || (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty());
}

const QRegularExpression& periodPattern(FieldKind kind)
{
    static const QRegularExpression month(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    static const QRegularExpression quarter(QStringLiteral("^\\d{4}-Q[1-4]$"));
    static const QRegularExpression period(
        QStringLiteral("^\\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-H[12])?$"));
    switch (kind) {
    case FieldKind::Month:
        return month;
    case FieldKind::Quarter:
        return quarter;
    default:
        return period;
    }
}

QString periodHint(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Month:
        return QCoreApplication::translate("Validation", "%1 must be a month such as 2026-03.");
    case FieldKind::Quarter:
        return QCoreApplication::translate("Validation", "%1 must be a quarter such as 2026-Q3.");
    default:
        return QCoreApplication::translate(
            "Validation", "%1 must be a period such as 2026-03, 2026-Q3, 2026-H2 or 2026.");
    }
}

QString numberText(double value)
{
    return QString::number(value, 'g', 12);
}
} // namespace

RecordStore::RecordStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<Record> RecordStore::get(const TableSpec& spec, qint64 id) const
{
    const QList<Record> rows = list(spec, QStringLiteral("id"), id);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<Record> RecordStore::list(
    const TableSpec& spec, const QString& column, const QVariant& value) const
{
    const QString version = spec.hasRowVersions() ? QStringLiteral(", row_version") : QString();
    QString sql = QStringLiteral("SELECT id, %1%2 FROM %3")
                      .arg(spec.columns().join(u", "), version, spec.table());
    if (!column.isEmpty())
        sql += QStringLiteral(" WHERE %1 = ?").arg(column);
    sql += QStringLiteral(" ORDER BY %1, id").arg(spec.orderBy());
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    if (!column.isEmpty())
        query.addBindValue(value);
    QList<Record> rows;
    if (!query.exec())
        return rows;
    const int columnCount = static_cast<int>(spec.fields().size());
    while (query.next()) {
        Record record;
        record.id = query.value(0).toLongLong();
        record.values.reserve(columnCount);
        for (int i = 0; i < columnCount; ++i)
            record.values << query.value(i + 1);
        if (spec.hasRowVersions())
            record.version = query.value(columnCount + 1).toLongLong();
        rows << record;
    }
    return rows;
}

int RecordStore::count(const TableSpec& spec) const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(spec.table())) && query.next())
        return query.value(0).toInt();
    return 0;
}

bool RecordStore::exists(const QString& table, qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    return query.exec() && query.next();
}

QList<ValidationIssue> RecordStore::checkField(const FieldSpec& field, const QVariant& value) const
{
    const QString label = field.label();
    if (isEmptyValue(value)) {
        if (field.isRequired())
            return {{field.column(),
                QCoreApplication::translate("Validation", "%1 is required.").arg(label)}};
        return {};
    }
    switch (field.kind()) {
    case FieldKind::Integer:
    case FieldKind::Money:
    case FieldKind::Real: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok)
            return {{field.column(),
                QCoreApplication::translate("Validation", "%1 must be a number.").arg(label)}};
        const auto minimum = field.minimum();
        const auto maximum = field.maximum();
        if (minimum && maximum && (number < *minimum || number > *maximum)) {
            return {{field.column(),
                QCoreApplication::translate("Validation", "%1 must be between %2 and %3.")
                    .arg(label, numberText(*minimum), numberText(*maximum))}};
        }
        if (minimum && number < *minimum) {
            if (*minimum == 0)
                return {{field.column(),
                    QCoreApplication::translate("Validation", "%1 cannot be negative.")
                        .arg(label)}};
            return {{field.column(),
                QCoreApplication::translate("Validation", "%1 must be at least %2.")
                    .arg(label, numberText(*minimum))}};
        }
        break;
    }
    case FieldKind::Date:
        if (!QDate::fromString(value.toString(), Qt::ISODate).isValid())
            return {{field.column(),
                QCoreApplication::translate("Validation", "%1 is not a valid date.").arg(label)}};
        break;
    case FieldKind::DateTime:
        if (!QDateTime::fromString(value.toString(), Qt::ISODate).isValid())
            return {{field.column(),
                QCoreApplication::translate("Validation", "%1 is not a valid date and time.")
                    .arg(label)}};
        break;
    case FieldKind::Month:
    case FieldKind::Quarter:
    case FieldKind::Period:
        if (!periodPattern(field.kind()).match(value.toString()).hasMatch())
            return {{field.column(), periodHint(field.kind()).arg(label)}};
        break;
    case FieldKind::Enum:
        if (field.enumSpec() && !field.enumSpec()->contains(value.toString()))
            return {{field.column(),
                QCoreApplication::translate("Validation", "%1 has an unknown value “%2”.")
                    .arg(label, value.toString())}};
        break;
    case FieldKind::Reference:
        if (!exists(field.referencedTable(), value.toLongLong())) {
            const TableSpec* target = DomainTables::find(field.referencedTable());
            return {{field.column(),
                QCoreApplication::translate("Validation", "%1: the chosen %2 no longer exists.")
                    .arg(label, target ? target->singular() : field.referencedTable())}};
        }
        break;
    default:
        break;
    }
    return {};
}

QList<ValidationIssue> RecordStore::checkUnique(const TableSpec& spec, const Record& record) const
{
    QList<ValidationIssue> issues;
    for (const QStringList& key : spec.uniqueKeys()) {
        QStringList conditions;
        QStringList labels;
        QStringList shown;
        QSqlQuery query(m_db);
        for (const QString& column : key)
            conditions << column + QStringLiteral(" = ?");
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 AND id <> ?")
                          .arg(spec.table(), conditions.join(u" AND ")));
        for (const QString& column : key) {
            const int index = spec.indexOf(column);
            const FieldSpec& field = spec.fields().at(index);
            const QVariant value = record.values.value(index);
            query.addBindValue(value);
            labels << field.label();
            shown << (field.kind() == FieldKind::Reference
                    ? displayName(field.referencedTable(), value.toLongLong())
                    : value.toString());
        }
        query.addBindValue(record.id);
        if (query.exec() && query.next() && query.value(0).toInt() > 0) {
            issues << ValidationIssue{key.first(),
                QCoreApplication::translate(
                    "Validation", "There is already a %1 with the same %2 (%3).")
                    .arg(spec.singular(), labels.join(u", "), shown.join(u", "))};
        }
    }
    return issues;
}

QList<ValidationIssue> RecordStore::validate(const TableSpec& spec, const Record& record) const
{
    QList<ValidationIssue> issues;
    const QList<FieldSpec>& fields = spec.fields();
    for (int i = 0; i < fields.size(); ++i)
        issues << checkField(fields.at(i), record.values.value(i));
    if (issues.isEmpty())
        issues << spec.checkRow(record);
    if (issues.isEmpty())
        issues << spec.checkInStore(record, *this);
    if (issues.isEmpty())
        issues << checkUnique(spec, record);
    return issues;
}

Outcome RecordStore::write(const TableSpec& spec, Record& record, WriteMode mode)
{
    if (m_writeGate) {
        if (Outcome open = m_writeGate(); !open)
            return open;
    }
    QSqlQuery query(m_db);
    QStringList columns = spec.columns();
    QVariantList values = record.values;
    const bool versioned = spec.hasRowVersions();
    if (versioned) {
        // Who saved a record last and when: shown when two people changed it at once.
        columns << QStringLiteral("saved_by") << QStringLiteral("saved_at");
        values << author() << QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    }
    const QString marks = QStringList(columns.size(), QStringLiteral("?")).join(u", ");
    const bool update = mode == WriteMode::Update;
    const bool withId = mode == WriteMode::InsertWithId;
    if (update) {
        QStringList assignments;
        for (const QString& column : std::as_const(columns))
            assignments << column + QStringLiteral(" = ?");
        if (versioned)
            assignments << QStringLiteral("row_version = row_version + 1");
        // Saving from a version means: only while nobody else saved since (no lost update).
        const QString fromVersion = versioned && record.version > 0
            ? QStringLiteral(" AND row_version = ?") : QString();
        query.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?%3 RETURNING id%4")
                          .arg(spec.table(), assignments.join(u", "), fromVersion,
                              versioned ? QStringLiteral(", row_version") : QString()));
    } else if (!withId && spec.isNumberedByStore()) {
        // No rowid hands out the id here: the next one after the highest in use, found in
        // the same statement so nothing can take it in between.
        query.prepare(QStringLiteral("INSERT INTO %1 (id, %2) SELECT COALESCE(MAX(id), 0) + 1, %3 "
                                     "FROM %1 RETURNING id")
                          .arg(spec.table(), columns.join(u", "), marks));
    } else {
        // A deleted row comes back with the version it had, so whoever still has it open
        // can save over it as if it had never gone.
        if (withId && versioned && record.version > 0) {
            columns << QStringLiteral("row_version");
            values << record.version;
        }
        const QString idColumn = withId ? QStringLiteral("id, ") : QString();
        const QString idMark = withId ? QStringLiteral("?, ") : QString();
        // RETURNING works the same in SQLite (3.35+) and PostgreSQL.
        query.prepare(QStringLiteral("INSERT INTO %1 (%2%3) VALUES (%4%5) RETURNING id")
                          .arg(spec.table(), idColumn, columns.join(u", "), idMark,
                              QStringList(columns.size(), QStringLiteral("?")).join(u", ")));
        if (withId)
            query.addBindValue(record.id);
    }
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (update) {
        query.addBindValue(record.id);
        if (versioned && record.version > 0)
            query.addBindValue(record.version);
    }
    if (!query.exec()) {
        return Outcome::failure(
            QCoreApplication::translate("Validation", "The %1 could not be saved: %2")
                .arg(spec.singular(), query.lastError().databaseText()));
    }
    if (!query.next()) {
        if (update && exists(spec.table(), record.id))
            return conflictWith(spec, record.id);
        if (update)
            return Outcome::failure(
                QCoreApplication::translate("Validation", "This %1 no longer exists.")
                    .arg(spec.singular()));
        return {};
    }
    record.id = query.value(0).toLongLong();
    if (update && versioned)
        record.version = query.value(1).toLongLong();
    else if (versioned)
        record.version = withId && record.version > 0 ? record.version : 1;
    return {};
}

Outcome RecordStore::conflictWith(const TableSpec& spec, qint64 id) const
{
    const RowChange change = lastChange(spec.table(), id);
    const QString when = QLocale().toString(change.at.toLocalTime(), QLocale::ShortFormat);
    return Outcome::conflict(change.by.isEmpty()
            ? QCoreApplication::translate("Validation",
                  "Someone else saved this %1 at %2, after you opened it. Nothing was "
                  "overwritten.")
                  .arg(spec.singular(), when)
            : QCoreApplication::translate("Validation",
                  "%1 saved this %2 at %3, after you opened it. Nothing was overwritten.")
                  .arg(change.by, spec.singular(), when));
}

RecordStore::RowChange RecordStore::lastChange(const QString& table, qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT saved_by, saved_at FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    RowChange change;
    if (query.exec() && query.next()) {
        change.by = query.value(0).toString();
        change.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
    }
    return change;
}

QString RecordStore::author() const
{
    if (m_author.isEmpty()) {
        // In a team workspace the name the server knows this person by, as the other
        // editors see it.
        m_author = PostgresSpecifics::isPostgres(m_db) ? PostgresSpecifics::currentUser(m_db)
                                                        : LocalUser::name();
    }
    return m_author;
}

Outcome RecordStore::insert(const TableSpec& spec, Record& record)
{
    const QList<ValidationIssue> issues = validate(spec, record);
    if (!issues.isEmpty())
        return Outcome::fromIssues(issues);
    return write(spec, record, WriteMode::Insert);
}

Outcome RecordStore::update(const TableSpec& spec, const Record& record)
{
    Record copy = record;
    return update(spec, copy);
}

Outcome RecordStore::update(const TableSpec& spec, Record& record)
{
    const QList<ValidationIssue> issues = validate(spec, record);
    if (!issues.isEmpty())
        return Outcome::fromIssues(issues);
    return write(spec, record, WriteMode::Update);
}

bool RecordStore::collectDeletion(
    const TableSpec& spec, qint64 id, DeletedRows& deleted, QStringList& blockers) const
{
    const std::optional<Record> record = get(spec, id);
    if (!record)
        return false;
    collectDeletion(spec, *record, deleted, blockers);
    return true;
}

void RecordStore::collectDeletion(
    const TableSpec& spec, const Record& record, DeletedRows& deleted, QStringList& blockers) const
{
    deleted.rows << DeletedRows::Row{spec.table(), record};
    for (const TableSpec* child : DomainTables::all()) {
        for (const FieldSpec& field : child->fields()) {
            if (field.kind() != FieldKind::Reference || field.referencedTable() != spec.table())
                continue;
            if (field.onDelete() == OnDelete::Cascade) {
                // The rows come whole from one query: fetching a batch's observations one
                // id at a time would scan the table once per row (it has no rowid).
                for (const Record& row : list(*child, field.column(), record.id))
                    collectDeletion(*child, row, deleted, blockers);
                continue;
            }
            QSqlQuery query(m_db);
            query.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?")
                              .arg(child->table(), field.column()));
            query.addBindValue(record.id);
            QList<qint64> childIds;
            if (query.exec()) {
                while (query.next())
                    childIds << query.value(0).toLongLong();
            }
            if (childIds.isEmpty())
                continue;
            if (field.onDelete() == OnDelete::Restrict) {
                blockers << QStringLiteral("%1 (%2)").arg(child->plural()).arg(childIds.size());
                continue;
            }
            for (qint64 childId : childIds)
                deleted.cleared << DeletedRows::ClearedReference{
                    child->table(), childId, field.column(), record.id};
        }
    }
}

Outcome RecordStore::checkRemovable(const TableSpec& spec, qint64 id) const
{
    DeletedRows collected;
    return checkRemovable(spec, id, collected);
}

Outcome RecordStore::checkRemovable(const TableSpec& spec, qint64 id, DeletedRows& collected) const
{
    QStringList blockers;
    if (!collectDeletion(spec, id, collected, blockers))
        return Outcome::failure(
            QCoreApplication::translate("Validation", "This %1 no longer exists.")
                .arg(spec.singular()));
    if (!blockers.isEmpty()) {
        return Outcome::failure(QCoreApplication::translate("Validation",
            "“%1” cannot be deleted because it is still used by: %2. "
            "Change or remove those first.")
                                    .arg(displayName(spec.table(), id), blockers.join(u", ")));
    }
    return {};
}

QStringList RecordStore::deletionEffects(const TableSpec& spec, qint64 id) const
{
    DeletedRows collected;
    if (!checkRemovable(spec, id, collected))
        return {};
    QStringList effects;
    for (const DeletedRows::ClearedReference& reference : std::as_const(collected.cleared)) {
        const TableSpec* child = DomainTables::find(reference.table);
        const FieldSpec* field = child ? child->field(reference.column) : nullptr;
        if (!field)
            continue;
        QString sentence = QCoreApplication::translate("Validation",
            "%1 “%2” will no longer have a %3.")
                               .arg(child->singular(), displayName(reference.table, reference.id),
                                   field->label().toLower());
        sentence[0] = sentence.at(0).toUpper();
        effects << sentence;
    }
    // Rows deleted with it, counted per table (the row itself comes first).
    QList<QPair<const TableSpec*, int>> counts;
    for (qsizetype i = 1; i < collected.rows.size(); ++i) {
        const TableSpec* child = DomainTables::find(collected.rows.at(i).table);
        if (!child)
            continue;
        auto found = std::find_if(counts.begin(), counts.end(),
            [child](const auto& count) { return count.first == child; });
        if (found == counts.end())
            counts.append({child, 1});
        else
            ++found->second;
    }
    QStringList parts;
    for (const auto& [child, count] : std::as_const(counts))
        parts << QStringLiteral("%1 %2").arg(count).arg(count == 1 ? child->singular() : child->plural());
    if (!parts.isEmpty())
        effects << QCoreApplication::translate("Validation", "Also deleted with it: %1.")
                       .arg(parts.join(QStringLiteral(", ")));
    return effects;
}

Outcome RecordStore::remove(const TableSpec& spec, qint64 id, DeletedRows* deleted)
{
    if (m_writeGate) {
        if (Outcome open = m_writeGate(); !open)
            return open;
    }
    DeletedRows collected;
    if (Outcome removable = checkRemovable(spec, id, collected); !removable)
        return removable;
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(spec.table()));
    query.addBindValue(id);
    if (!query.exec() || !transaction.commit()) {
        return Outcome::failure(
            QCoreApplication::translate("Validation", "The %1 could not be deleted: %2")
                .arg(spec.singular(), query.lastError().databaseText()));
    }
    if (deleted)
        *deleted = collected;
    return {};
}

Outcome RecordStore::restore(const DeletedRows& deleted)
{
    Transaction transaction(m_db);
    for (const DeletedRows::Row& row : deleted.rows) {
        const TableSpec* spec = DomainTables::find(row.table);
        Record record = row.record;
        if (!spec)
            return Outcome::failure(
                QCoreApplication::translate("Validation", "Unknown table %1.").arg(row.table));
        if (Outcome outcome = write(*spec, record, WriteMode::InsertWithId); !outcome)
            return outcome;
    }
    for (const DeletedRows::ClearedReference& reference : deleted.cleared) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                          .arg(reference.table, reference.column));
        query.addBindValue(reference.target);
        query.addBindValue(reference.id);
        if (!query.exec())
            return Outcome::failure(query.lastError().databaseText());
    }
    if (!transaction.commit())
        return Outcome::failure(
            QCoreApplication::translate("Validation", "The deleted rows could not be restored."));
    return {};
}

QString RecordStore::displayName(const QString& table, qint64 id) const
{
    const TableSpec* spec = DomainTables::find(table);
    if (!spec || id == 0)
        return {};
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(spec->displayColumn(), table));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

QString RecordStore::displayName(const TableSpec& spec, const Record& record) const
{
    const int index = spec.indexOf(spec.displayColumn());
    const FieldSpec* field = spec.field(spec.displayColumn());
    if (index < 0 || !field)
        return {};
    const QVariant value = record.values.value(index);
    if (field->kind() == FieldKind::Reference)
        return displayName(field->referencedTable(), value.toLongLong());
    return value.toString();
}

} // namespace stuurboord
