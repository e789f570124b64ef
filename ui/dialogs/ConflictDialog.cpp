#include "ConflictDialog.h"

#include "WorkspaceContext.h"
#include "commands/EditRecordCommand.h"
#include "model/TableSpec.h"
#include "models/ValueFormatter.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

namespace stuurboord {

namespace {
QLabel* cell(const QString& text, bool bold = false)
{
    auto* label = new QLabel(text.isEmpty() ? QStringLiteral("—") : text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (bold) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    return label;
}
} // namespace

ConflictDialog::ConflictDialog(RecordConflict conflict, const RecordStore& store, QWidget* parent)
    : QDialog(parent)
    , m_conflict(std::move(conflict))
{
    const TableSpec& spec = m_conflict.spec();
    const RecordStore::RowChange& change = m_conflict.theirChange();
    const QString who = change.by.isEmpty() ? tr("Someone else") : change.by;
    const QString when = QLocale().toString(change.at.toLocalTime(), QLocale::ShortFormat);
    setWindowTitle(tr("%1 was changed by someone else").arg(
        ValueFormatter::capitalised(spec.singular())));

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("%1 saved this %2 at %3, after you opened it. Nothing has been "
                                "overwritten. Choose per field whose change to keep; where only "
                                "one of you changed a field, that change is kept.")
                                 .arg(who, spec.singular(), when));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* grid = new QGridLayout;
    grid->addWidget(cell(tr("Field"), true), 0, 0);
    grid->addWidget(cell(tr("When you opened it"), true), 0, 1);
    grid->addWidget(cell(change.by.isEmpty() ? tr("Their save") : tr("Saved by %1").arg(who), true), 0, 2);
    grid->addWidget(cell(tr("Yours"), true), 0, 3);
    grid->addWidget(cell(tr("Keep"), true), 0, 4);
    int row = 1;
    for (const int field : m_conflict.changedFields()) {
        const FieldSpec& fieldSpec = spec.fields().at(field);
        const bool clash = m_conflict.clashes(field);
        grid->addWidget(cell(clash ? tr("%1 (both changed)").arg(fieldSpec.label()) : fieldSpec.label(), clash),
            row, 0);
        grid->addWidget(cell(ValueFormatter::display(fieldSpec, m_conflict.base().values.value(field), store)), row, 1);
        grid->addWidget(cell(ValueFormatter::display(fieldSpec, m_conflict.theirs().values.value(field), store)), row, 2);
        grid->addWidget(cell(ValueFormatter::display(fieldSpec, m_conflict.mine().values.value(field), store)), row, 3);
        auto* theirs = new QRadioButton(tr("Theirs"));
        auto* mine = new QRadioButton(tr("Yours"));
        theirs->setObjectName(QStringLiteral("theirs_%1").arg(fieldSpec.column()));
        mine->setObjectName(QStringLiteral("mine_%1").arg(fieldSpec.column()));
        auto* group = new QButtonGroup(this);
        group->addButton(theirs, static_cast<int>(RecordConflict::Side::Theirs));
        group->addButton(mine, static_cast<int>(RecordConflict::Side::Mine));
        (m_conflict.suggested(field) == RecordConflict::Side::Mine ? mine : theirs)->setChecked(true);
        auto* choice = new QHBoxLayout;
        choice->addWidget(theirs);
        choice->addWidget(mine);
        grid->addLayout(choice, row, 4);
        m_choices.insert(field, group);
        ++row;
    }
    grid->setRowStretch(row, 1); // rows at the top, not spread over the height
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setColumnStretch(3, 1);
    auto* fields = new QWidget;
    fields->setLayout(grid);
    auto* scroll = new QScrollArea;
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);

    auto* buttons = new QDialogButtonBox;
    QPushButton* merge = buttons->addButton(tr("Save as chosen"), QDialogButtonBox::AcceptRole);
    QPushButton* keepTheirs = buttons->addButton(tr("Keep theirs, drop mine"), QDialogButtonBox::ActionRole);
    QPushButton* keepMine = buttons->addButton(tr("Keep mine for every field"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    merge->setObjectName(QStringLiteral("merge"));
    keepTheirs->setObjectName(QStringLiteral("keepTheirs"));
    keepMine->setObjectName(QStringLiteral("keepMine"));
    merge->setDefault(true);
    connect(merge, &QPushButton::clicked, this, [this] {
        m_chosen = merged();
        accept();
    });
    connect(keepTheirs, &QPushButton::clicked, this, [this] {
        m_chosen = m_conflict.keepingTheirs();
        accept();
    });
    connect(keepMine, &QPushButton::clicked, this, [this] {
        m_chosen = m_conflict.keepingMine();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, qMin(560, 200 + 48 * row));
}

void ConflictDialog::choose(int field, RecordConflict::Side side)
{
    if (QButtonGroup* group = m_choices.value(field))
        group->button(static_cast<int>(side))->setChecked(true);
}

Record ConflictDialog::merged() const
{
    QHash<int, RecordConflict::Side> choices;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
        choices.insert(it.key(), static_cast<RecordConflict::Side>(it.value()->checkedId()));
    return m_conflict.resolved(choices);
}

bool ConflictDialog::saveEdit(WorkspaceContext& context, const TableSpec& spec,
    const Record& before, const Record& after, QWidget* parent)
{
    const std::optional<RecordConflict> conflict
        = RecordConflict::find(context.records(), spec, before, after);
    if (!conflict) {
        context.undoStack().push(new EditRecordCommand(context, spec, before, after));
        return true;
    }
    ConflictDialog dialog(*conflict, context.records(), parent);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    // Their save is shown either way: the pages still show what was read before it.
    context.notifyChanged(spec.table());
    if (!accepted)
        return false;
    const Record chosen = dialog.chosen();
    if (RecordConflict::sameValues(chosen, conflict->theirs()))
        return false; // keeping theirs leaves nothing to save
    context.undoStack().push(new EditRecordCommand(context, spec, conflict->theirs(), chosen));
    return true;
}

} // namespace stuurboord
