#pragma once

#include <optional>
#include <QString>

namespace stuurboord {

class EnumSpec;

enum class FieldKind
{
    Text, // one line
    LongText, // paragraphs
    Integer,
    Real,
    Money, // integer euro cents
    Date, // ISO 8601 yyyy-MM-dd
    Month, // yyyy-MM
    Quarter, // yyyy-Qn
    Period, // a month, quarter, half-year (yyyy-Hn) or year (yyyy)
    DateTime, // ISO 8601 UTC
    Enum, // stored as the enum's key
    Reference, // id of a row in another table
    Boolean,
    Blob
};

// What happens to a row that points at a row being deleted. Mirrors the ON DELETE clause
// of the table's foreign key, so the app can explain a refusal before SQLite does.
enum class OnDelete
{
    Restrict,
    SetNull,
    Cascade
};

// Describes one column of a domain table: how it is shown, edited and validated.
class FieldSpec final
{
public:
    FieldSpec(QString column, const char* label, FieldKind kind);

    FieldSpec& required();
    FieldSpec& range(double minimum, double maximum);
    FieldSpec& atLeast(double minimum);
    FieldSpec& references(QString table, OnDelete onDelete);
    FieldSpec& values(const EnumSpec& spec);
    FieldSpec& hidden();
    // The field means something only while another (enum) field holds this key, e.g. an
    // amount per year only for a fixed-amount benefit; elsewhere it is shown blank.
    FieldSpec& onlyWhen(QString column, QString key);

    const QString& column() const { return m_column; }
    QString label() const;
    const char* untranslatedLabel() const { return m_label; }
    FieldKind kind() const { return m_kind; }
    bool isRequired() const { return m_required; }
    std::optional<double> minimum() const { return m_minimum; }
    std::optional<double> maximum() const { return m_maximum; }
    const QString& referencedTable() const { return m_referencedTable; }
    OnDelete onDelete() const { return m_onDelete; }
    const EnumSpec* enumSpec() const { return m_enumSpec; }
    bool isListed() const { return m_listed; }
    const QString& conditionColumn() const { return m_conditionColumn; }
    const QString& conditionKey() const { return m_conditionKey; }

private:
    QString m_column;
    const char* m_label;
    FieldKind m_kind;
    bool m_required = false;
    bool m_listed = true;
    std::optional<double> m_minimum;
    std::optional<double> m_maximum;
    QString m_referencedTable;
    OnDelete m_onDelete = OnDelete::Restrict;
    const EnumSpec* m_enumSpec = nullptr;
    QString m_conditionColumn;
    QString m_conditionKey;
};

} // namespace stuurboord
