#include "FieldSpec.h"

#include <QCoreApplication>

namespace stuurboord {

FieldSpec::FieldSpec(QString column, const char* label, FieldKind kind)
    : m_column(std::move(column))
    , m_label(label)
    , m_kind(kind)
{
}

FieldSpec& FieldSpec::required()
{
    m_required = true;
    return *this;
}

FieldSpec& FieldSpec::range(double minimum, double maximum)
{
    m_minimum = minimum;
    m_maximum = maximum;
    return *this;
}

FieldSpec& FieldSpec::atLeast(double minimum)
{
    m_minimum = minimum;
    return *this;
}

FieldSpec& FieldSpec::references(QString table, OnDelete onDelete)
{
    m_referencedTable = std::move(table);
    m_onDelete = onDelete;
    return *this;
}

FieldSpec& FieldSpec::values(const EnumSpec& spec)
{
    m_enumSpec = &spec;
    return *this;
}

FieldSpec& FieldSpec::hidden()
{
    m_listed = false;
    return *this;
}

FieldSpec& FieldSpec::onlyWhen(QString column, QString key)
{
    m_conditionColumn = std::move(column);
    m_conditionKey = std::move(key);
    return *this;
}

QString FieldSpec::label() const
{
    return QCoreApplication::translate("Field", m_label);
}

} // namespace stuurboord
