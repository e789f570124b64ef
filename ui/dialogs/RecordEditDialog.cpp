#include "RecordEditDialog.h"

#include "FieldEditor.h"
#include "model/TableSpec.h"
#include "storage/RecordStore.h"
#include "widgets/ProblemLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace stuurboord {

RecordEditDialog::RecordEditDialog(const TableSpec& spec, const RecordStore& store, Record record, QWidget* parent)
    : QDialog(parent)
    , m_spec(spec)
    , m_store(store)
    , m_record(std::move(record))
{
    const QString noun = spec.singular();
    setWindowTitle(m_record.id == 0 ? tr("New %1").arg(noun) : tr("Edit %1").arg(noun));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (int i = 0; i < spec.fields().size(); ++i) {
        const FieldSpec& field = spec.fields().at(i);
        if (!field.isListed() || field.kind() == FieldKind::Blob)
            continue;
        QWidget* editor = FieldEditor::create(field, store, this);
        editor->setAccessibleName(field.label());
        editor->setObjectName(field.column());
        FieldEditor::setValue(editor, field, m_record.values.value(i));
        form->addRow(field.isRequired() ? field.label() + QStringLiteral(" *") : field.label(), editor);
        m_editors.insert(i, editor);
    }
    layout->addLayout(form);
    followConditions();
    m_problems = new ProblemLabel(this);
    layout->addWidget(m_problems);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordEditDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void RecordEditDialog::followConditions()
{
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString& column = m_spec.fields().at(it.key()).conditionColumn();
        if (auto* kind = qobject_cast<QComboBox*>(editor(column)))
            // Several fields follow the same kind; one connection is enough.
            connect(kind, &QComboBox::currentIndexChanged, this, &RecordEditDialog::showApplicableFields,
                Qt::UniqueConnection);
    }
    showApplicableFields();
}

// Only the fields that mean something for the chosen kind are offered; the others keep
// their value but are hidden with their label, so nobody fills in what is not used.
void RecordEditDialog::showApplicableFields()
{
    Record current = m_record;
    while (current.values.size() < m_spec.fields().size())
        current.values << QVariant();
    bool valid = true;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        current.values[it.key()] = FieldEditor::value(it.value(), m_spec.fields().at(it.key()), &valid);
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        m_form->setRowVisible(it.value(), m_spec.fieldApplies(it.key(), current));
}

void RecordEditDialog::accept()
{
    Record candidate = m_record;
    while (candidate.values.size() < m_spec.fields().size())
        candidate.values << QVariant();
    QStringList problems;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const FieldSpec& field = m_spec.fields().at(it.key());
        bool valid = true;
        candidate.values[it.key()] = FieldEditor::value(it.value(), field, &valid);
        it.value()->setProperty("invalid", false);
        if (!valid)
            problems << tr("%1 is not a number Stuurboord understands.").arg(field.label());
    }
    if (problems.isEmpty()) {
        for (const ValidationIssue& issue : m_store.validate(m_spec, candidate))
            problems << issue.message;
    }
    if (problems.isEmpty() && m_finalCheck)
        problems << m_finalCheck(candidate);
    if (!problems.isEmpty()) {
        m_problems->showProblem(problems.join(u'\n'));
        return;
    }
    m_record = candidate;
    QDialog::accept();
}

void RecordEditDialog::setLiveCheck(const QString& column, LiveCheck check)
{
    auto* edit = qobject_cast<QLineEdit*>(m_editors.value(m_spec.indexOf(column)));
    if (!edit)
        return;
    auto* hint = new ProblemLabel(this);
    hint->setObjectName(column + QStringLiteral("_problem"));
    int row = -1;
    QFormLayout::ItemRole role;
    m_form->getWidgetPosition(edit, &row, &role);
    m_form->insertRow(row + 1, QString(), hint);
    const auto update = [hint, check](const QString& text) {
        hint->showProblem(check(text));
    };
    connect(edit, &QLineEdit::textChanged, hint, update);
    update(edit->text());
}

QWidget* RecordEditDialog::editor(const QString& column) const
{
    return m_editors.value(m_spec.indexOf(column));
}

void RecordEditDialog::addBeside(const QString& column, QWidget* widget)
{
    QWidget* field = editor(column);
    int row = -1;
    QFormLayout::ItemRole role;
    m_form->getWidgetPosition(field, &row, &role);
    if (row < 0)
        return;
    QLayoutItem* item = m_form->itemAt(row, QFormLayout::FieldRole);
    m_form->removeItem(item);
    delete item;
    auto* line = new QHBoxLayout;
    line->addWidget(field, 1);
    line->addWidget(widget);
    m_form->setLayout(row, QFormLayout::FieldRole, line);
}

void RecordEditDialog::addExtraRow(const QString& label, QWidget* editor)
{
    editor->setParent(this);
    editor->setAccessibleName(label);
    m_form->addRow(label, editor);
}

} // namespace stuurboord
