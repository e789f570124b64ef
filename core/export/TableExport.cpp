#include "TableExport.h"

#include "CsvWriter.h"
#include "domain/DomainTables.h"
#include "model/EnumSpec.h"
#include "model/TableSpec.h"
#include "storage/queries/TableRows.h"
#include "storage/RecordStore.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>

namespace stuurboord {

namespace {
QString moneyText(qint64 cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 absolute = cents < 0 ? -cents : cents;
    return sign + QStringLiteral("%1.%2").arg(absolute / 100).arg(absolute % 100, 2, 10, QLatin1Char('0'));
}

// Names of referenced rows, looked up once per row they name.
class ReferenceNames final
{
public:
    explicit ReferenceNames(const RecordStore& store)
        : m_store(store)
    {
    }
    QString name(const QString& table, qint64 id)
    {
        const QString key = table + QLatin1Char(':') + QString::number(id);
        auto found = m_names.constFind(key);
        if (found == m_names.constEnd())
            found = m_names.insert(key, m_store.displayName(table, id));
        return *found;
    }

private:
    const RecordStore& m_store;
    QHash<QString, QString> m_names;
};

QString cellText(const FieldSpec& field, const QVariant& value, ReferenceNames& names)
{
    if (value.isNull())
        return {};
    switch (field.kind()) {
    case FieldKind::Money:
        return moneyText(value.toLongLong());
    case FieldKind::Enum:
        return field.enumSpec() ? field.enumSpec()->labelForKey(value.toString()) : value.toString();
    case FieldKind::Reference:
        return names.name(field.referencedTable(), value.toLongLong());
    case FieldKind::Boolean:
        return value.toInt() ? QCoreApplication::translate("Value", "yes")
                             : QCoreApplication::translate("Value", "no");
    case FieldKind::Real:
        return QString::number(value.toDouble(), 'g', 15);
    default:
        return value.toString();
    }
}

Outcome cannotWrite(const QString& path, const QString& why)
{
    return Outcome::failure(
        QCoreApplication::translate("Export", "Could not write %1: %2").arg(path, why));
}
} // namespace

QStringList TableExport::tableNames()
{
    QStringList names;
    for (const TableSpec* spec : DomainTables::all())
        names << spec->table();
    return names;
}

Outcome TableExport::write(Workspace& workspace, const QString& table, const QString& path, qint64* rows)
{
    const TableSpec* spec = DomainTables::find(table);
    if (!spec)
        return Outcome::failure(QCoreApplication::translate("Export", "There is no table “%1”.").arg(table));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    CsvWriter writer(file);
    QList<int> columns;
    QStringList header;
    for (int i = 0; i < spec->fields().size(); ++i) {
        if (spec->fields().at(i).kind() == FieldKind::Blob)
            continue;
        columns << i;
        header << spec->fields().at(i).label();
    }
    bool written = writer.writeRow(header);
    ReferenceNames names(workspace.records());
    qint64 count = 0;
    const bool read = TableRows(workspace.database()).forEach(*spec, [&](const Record& record) {
        QStringList cells;
        cells.reserve(columns.size());
        for (int column : std::as_const(columns))
            cells << cellText(spec->fields().at(column), record.values.value(column), names);
        written = writer.writeRow(cells) && written;
        ++count;
    });
    if (!read)
        return cannotWrite(path, QCoreApplication::translate("Export", "the table could not be read."));
    if (!written || !file.commit())
        return cannotWrite(path, file.errorString());
    if (rows)
        *rows = count;
    return {};
}

Outcome TableExport::writeRows(const QString& path, const QList<QStringList>& rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    CsvWriter writer(file);
    bool written = true;
    for (const QStringList& row : rows)
        written = writer.writeRow(row) && written;
    if (!written || !file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

} // namespace stuurboord
