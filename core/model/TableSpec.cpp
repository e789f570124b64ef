#include "TableSpec.h"

#include "Record.h"

#include <QCoreApplication>

namespace stuurboord {

TableSpec::TableSpec(
    QString table, const char* singular, const char* plural, QString displayColumn, QString orderBy)
    : m_table(std::move(table))
    , m_singular(singular)
    , m_plural(plural)
    , m_displayColumn(std::move(displayColumn))
    , m_orderBy(std::move(orderBy))
{
}

TableSpec& TableSpec::unique(QStringList columns)
{
    m_uniqueKeys.append(std::move(columns));
    return *this;
}

TableSpec& TableSpec::withoutRowVersions()
{
    m_rowVersions = false;
    return *this;
}

TableSpec& TableSpec::numberedByStore()
{
    m_numberedByStore = true;
    return *this;
}

QString TableSpec::singular() const
{
    return QCoreApplication::translate("Entity", m_singular);
}

QString TableSpec::plural() const
{
    return QCoreApplication::translate("Entity", m_plural);
}

int TableSpec::indexOf(const QString& column) const
{
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).column() == column)
            return i;
    }
    return -1;
}

const FieldSpec* TableSpec::field(const QString& column) const
{
    const int index = indexOf(column);
    return index < 0 ? nullptr : &m_fields.at(index);
}

bool TableSpec::fieldApplies(int index, const Record& record) const
{
    const FieldSpec& spec = m_fields.at(index);
    if (spec.conditionColumn().isEmpty())
        return true;
    return record.values.value(indexOf(spec.conditionColumn())).toString() == spec.conditionKey();
}

QList<ValidationIssue> TableSpec::checkRow(const Record& record) const
{
    return m_rowCheck ? m_rowCheck(record) : QList<ValidationIssue>{};
}

QStringList TableSpec::columns() const
{
    QStringList result;
    for (const FieldSpec& field : m_fields)
        result << field.column();
    return result;
}

} // namespace stuurboord
