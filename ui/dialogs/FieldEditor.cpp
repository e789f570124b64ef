#include "FieldEditor.h"

#include "model/EnumSpec.h"
#include "model/FieldSpec.h"
#include "model/TableSpec.h"
#include "domain/DomainTables.h"
#include "models/ValueFormatter.h"
#include "widgets/OptionalDateEdit.h"
#include "storage/RecordStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace stuurboord {

namespace {
const QDate noDate(1900, 1, 1);

QString numberText(const QVariant& value, int decimals)
{
    return value.isNull() ? QString() : QLocale().toString(value.toDouble(), 'f', decimals);
}
} // namespace

QWidget* FieldEditor::create(const FieldSpec& field, const RecordStore& store, QWidget* parent)
{
    switch (field.kind()) {
    case FieldKind::LongText: {
        auto* edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        edit->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
        return edit;
    }
    case FieldKind::Integer: {
        auto* spin = new QSpinBox(parent);
        spin->setRange(static_cast<int>(field.minimum().value_or(-1000000000)),
                       static_cast<int>(field.maximum().value_or(1000000000)));
        return spin;
    }
    case FieldKind::Date: {
        auto* edit = field.isRequired() ? new QDateEdit(parent)
            : new OptionalDateEdit(noDate, QCoreApplication::translate("FieldEditor", "no date"), parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        return edit;
    }
    case FieldKind::Enum: {
        auto* combo = new QComboBox(parent);
        if (!field.isRequired())
            combo->addItem(QCoreApplication::translate("FieldEditor", "(none)"), QString());
        for (int i = 0; field.enumSpec() && i < field.enumSpec()->size(); ++i)
            combo->addItem(ValueFormatter::capitalised(field.enumSpec()->label(i)), field.enumSpec()->key(i));
        return combo;
    }
    case FieldKind::Reference: {
        auto* combo = new QComboBox(parent);
        combo->addItem(QCoreApplication::translate("FieldEditor", "(none)"), QVariant());
        if (const TableSpec* target = DomainTables::find(field.referencedTable())) {
            const int column = target->indexOf(target->displayColumn());
            for (const Record& record : store.list(*target))
                combo->addItem(record.values.value(column).toString(), record.id);
        }
        return combo;
    }
    case FieldKind::Boolean:
        return new QCheckBox(parent);
    default: {
        auto* edit = new QLineEdit(parent);
        if (field.kind() == FieldKind::Month)
            edit->setPlaceholderText(QStringLiteral("2026-03"));
        else if (field.kind() == FieldKind::Quarter)
            edit->setPlaceholderText(QStringLiteral("2026-Q3"));
        else if (field.kind() == FieldKind::Period)
            edit->setPlaceholderText(QStringLiteral("2026-03 / 2026-Q3 / 2026"));
        else if (field.kind() == FieldKind::Money)
            edit->setPlaceholderText(QLocale().toCurrencyString(1250.0, QStringLiteral("€")));
        return edit;
    }
    }
}

void FieldEditor::setValue(QWidget* editor, const FieldSpec& field, const QVariant& value)
{
    if (auto* plain = qobject_cast<QPlainTextEdit*>(editor)) {
        plain->setPlainText(value.toString());
    } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->setValue(value.toInt());
    } else if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        const QDate parsed = QDate::fromString(value.toString(), Qt::ISODate);
        date->setDate(parsed.isValid() ? parsed : (field.isRequired() ? QDate::currentDate() : noDate));
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int index = field.kind() == FieldKind::Reference ? combo->findData(value.toLongLong())
                                                               : combo->findData(value.toString());
        combo->setCurrentIndex(qMax(0, index));
    } else if (auto* check = qobject_cast<QCheckBox*>(editor)) {
        check->setChecked(value.toInt() != 0);
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        if (field.kind() == FieldKind::Money)
            line->setText(value.isNull() ? QString() : numberText(value.toDouble() / 100.0, 2));
        else if (field.kind() == FieldKind::Real)
            line->setText(numberText(value, value.toDouble() == qRound64(value.toDouble()) ? 0 : 2));
        else
            line->setText(value.toString());
    }
}

QVariant FieldEditor::value(QWidget* editor, const FieldSpec& field, bool* valid)
{
    *valid = true;
    if (auto* plain = qobject_cast<QPlainTextEdit*>(editor))
        return plain->toPlainText().trimmed();
    if (auto* spin = qobject_cast<QSpinBox*>(editor))
        return spin->value();
    if (auto* date = qobject_cast<QDateEdit*>(editor))
        return date->date() == noDate ? QVariant() : QVariant(date->date().toString(Qt::ISODate));
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        return combo->currentData();
    if (auto* check = qobject_cast<QCheckBox*>(editor))
        return check->isChecked() ? 1 : 0;
    auto* line = qobject_cast<QLineEdit*>(editor);
    QString text = line ? line->text().trimmed() : QString();
    if (field.kind() != FieldKind::Money && field.kind() != FieldKind::Real)
        return text;
    if (text.isEmpty())
        return {};
    text.remove(QStringLiteral("€")).remove(QLatin1Char('%'));
    text = text.trimmed();
    const double number = QLocale().toDouble(text, valid);
    if (!*valid)
        return {};
    return field.kind() == FieldKind::Money ? QVariant(qRound64(number * 100.0)) : QVariant(number);
}

} // namespace stuurboord
