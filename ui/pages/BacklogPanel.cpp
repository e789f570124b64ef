#include "BacklogPanel.h"

#include "domain/BacklogItem.h"
#include "domain/Goal.h"
#include "model/Money.h"
#include "models/RecordTableModel.h"
#include "models/ValueFormatter.h"
#include "storage/Workspace.h"
#include "widgets/BacklogMatrixWidget.h"
#include "widgets/RecordTableView.h"
#include "WorkspaceContext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace stuurboord {

namespace {
// Filter values that are not a stored key.
const QString open = QStringLiteral("*open");
const QString noGoal = QStringLiteral("*none");

QComboBox* addFilter(QHBoxLayout* row, const QString& label, QWidget* parent)
{
    auto* text = new QLabel(label, parent);
    auto* combo = new QComboBox(parent);
    combo->setAccessibleName(label);
    text->setBuddy(combo);
    row->addWidget(text);
    row->addWidget(combo);
    return combo;
}

void addChoices(QComboBox* combo, const EnumSpec& spec)
{
    for (int i = 0; i < spec.size(); ++i)
        combo->addItem(ValueFormatter::capitalised(spec.label(i)), spec.key(i));
}
} // namespace

BacklogPanel::BacklogPanel(WorkspaceContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* filters = new QHBoxLayout;
    m_status = addFilter(filters, tr("Status:"), this);
    m_status->addItem(tr("Open (idea, planned, in progress)"), open);
    m_status->addItem(tr("All"), QString());
    addChoices(m_status, enumSpec<BacklogStatus>());
    m_priority = addFilter(filters, tr("Priority:"), this);
    m_priority->addItem(tr("All"), QString());
    addChoices(m_priority, enumSpec<Priority>());
    m_goal = addFilter(filters, tr("Goal:"), this);
    m_goal->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_goal->setMaximumWidth(fontMetrics().averageCharWidth() * 40);
    filters->addStretch(1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_matrix = new BacklogMatrixWidget(splitter);
    m_list = new RecordTableView(context, BacklogItem::entity().spec(),
        tr("The phase-two backlog is empty. Add deferred custom work, or move a wish here."), splitter);
    m_list->sortBy(QStringLiteral("priority"), Qt::AscendingOrder);
    m_list->setShownColumns({QStringLiteral("title"), QStringLiteral("priority"), QStringLiteral("value"),
        QStringLiteral("effort"), QStringLiteral("estimated_cost_cents"), QStringLiteral("status"),
        QStringLiteral("goal_id")});
    // Short titles and a capped goal column, so the title keeps the room beside the matrix.
    m_list->model()->setHeaderTitle(QStringLiteral("priority"), tr("Priority"));
    m_list->model()->setHeaderTitle(QStringLiteral("value"), tr("Value"));
    m_list->model()->setHeaderTitle(QStringLiteral("effort"), tr("Effort"));
    m_list->model()->setHeaderTitle(QStringLiteral("estimated_cost_cents"), tr("Cost"));
    QHeaderView* header = m_list->table()->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    const int goalColumn = BacklogItem::entity().spec().indexOf(QStringLiteral("goal_id"));
    header->setSectionResizeMode(goalColumn, QHeaderView::Fixed);
    header->resizeSection(goalColumn, fontMetrics().averageCharWidth() * 18);
    m_list->table()->setTextElideMode(Qt::ElideRight);
    splitter->addWidget(m_matrix);
    splitter->addWidget(m_list);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    for (QComboBox* combo : {m_status, m_priority, m_goal})
        connect(combo, &QComboBox::currentIndexChanged, this, &BacklogPanel::applyFilters);
    connect(m_matrix, &BacklogMatrixWidget::itemActivated, this, &BacklogPanel::openItem);
    connect(&context, &WorkspaceContext::tableChanged, this, [this](const QString& table) {
        if (table == u"goal")
            reloadGoals();
        if (table == u"backlog_item" || table == u"goal" || table == u"budget_line")
            applyFilters();
    });
    reloadGoals();
    applyFilters();
}

void BacklogPanel::reloadGoals()
{
    const QVariant chosen = m_goal->currentData();
    const QSignalBlocker blocker(m_goal);
    m_goal->clear();
    m_goal->addItem(tr("All"), QVariant());
    m_goal->addItem(tr("Not tied to a goal"), noGoal);
    for (const Goal& goal : m_context.workspace().repository<Goal>().all())
        m_goal->addItem(goal.title, goal.id);
    m_goal->setCurrentIndex(qMax(0, m_goal->findData(chosen)));
}

void BacklogPanel::applyFilters()
{
    const QString status = m_status->currentData().toString();
    const QString priority = m_priority->currentData().toString();
    const QVariant goal = m_goal->currentData();
    const auto accepts = [status, priority, goal](const BacklogItem& item) {
        if (status == open) {
            if (item.status == BacklogStatus::Done || item.status == BacklogStatus::Rejected)
                return false;
        } else if (!status.isEmpty() && enumKey(item.status) != status) {
            return false;
        }
        if (!priority.isEmpty() && enumKey(item.priority) != priority)
            return false;
        if (goal.toString() == noGoal)
            return item.goalId == 0;
        return !goal.isValid() || item.goalId == goal.toLongLong();
    };
    m_list->setRowFilter([accepts](const Record& record) {
        return accepts(BacklogItem::entity().fromRecord(record));
    });
    QList<BacklogMatrixWidget::Item> items;
    for (const BacklogItem& item : m_context.workspace().repository<BacklogItem>().all()) {
        if (!accepts(item))
            continue;
        QString detail = tr("%1, %2.").arg(ValueFormatter::capitalised(enumLabel(item.priority)), enumLabel(item.status));
        if (item.estimatedCostCents > 0)
            detail += QLatin1Char(' ') + tr("Estimated cost %1.").arg(Money::format(item.estimatedCostCents));
        items << BacklogMatrixWidget::Item{item.id, item.title, item.value, item.effort, detail};
    }
    m_matrix->setItems(items);
}

void BacklogPanel::openItem(qint64 id)
{
    QTableView* table = m_list->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        table->selectRow(row);
        if (m_list->currentId() == id) {
            m_list->editCurrent();
            return;
        }
    }
}

} // namespace stuurboord
