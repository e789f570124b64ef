#include "WishesPanel.h"

#include "backlog/WishInbox.h"
#include "commands/SnapshotCommand.h"
#include "dialogs/RecordEditDialog.h"
#include "domain/BacklogItem.h"
#include "domain/Wish.h"
#include "models/ValueFormatter.h"
#include "storage/Workspace.h"
#include "widgets/RecordTableView.h"
#include "WorkspaceContext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stuurboord {

namespace {
const QString waiting = QStringLiteral("*waiting");

QString shortText(const QString& text)
{
    const QString first = text.section(u'\n', 0, 0);
    return first.size() > 50 ? first.left(49) + QStringLiteral("…") : first;
}
} // namespace

WishesPanel::WishesPanel(WorkspaceContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* bar = new QHBoxLayout;
    auto* label = new QLabel(tr("Show:"), this);
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Show wishes"));
    label->setBuddy(m_status);
    m_status->addItem(tr("All wishes"), QString());
    m_status->addItem(tr("Waiting for an answer (new or considered)"), waiting);
    const EnumSpec& statuses = enumSpec<WishStatus>();
    for (int i = 0; i < statuses.size(); ++i)
        m_status->addItem(ValueFormatter::capitalised(statuses.label(i)), statuses.key(i));
    m_move = new QPushButton(tr("Move to Backlog…"), this);
    m_move->setToolTip(tr("Make a phase-two backlog item of this wish; the wish links to it."));
    m_consider = new QPushButton(tr("Mark Considered"), this);
    m_decline = new QPushButton(tr("Decline…"), this);
    m_decline->setToolTip(tr("Decline the wish and record why, for the answer to its sender."));
    bar->addWidget(label);
    bar->addWidget(m_status);
    bar->addStretch(1);
    bar->addWidget(m_move);
    bar->addWidget(m_consider);
    bar->addWidget(m_decline);

    m_list = new RecordTableView(context, Wish::entity().spec(),
        tr("No wishes or feedback yet. Record what colleagues ask for, however small."), this);
    m_list->sortBy(QStringLiteral("received"), Qt::DescendingOrder);
    m_list->setShownColumns({QStringLiteral("received"), QStringLiteral("department"), QStringLiteral("text"),
        QStringLiteral("status"), QStringLiteral("backlog_item_id"), QStringLiteral("decline_reason")});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, &WishesPanel::applyFilter);
    connect(m_list, &RecordTableView::currentChanged, this, &WishesPanel::updateButtons);
    connect(&context, &WorkspaceContext::tableChanged, this, [this](const QString& table) {
        if (table == u"wish")
            updateButtons();
    });
    connect(m_move, &QPushButton::clicked, this, qOverload<>(&WishesPanel::moveToBacklog));
    connect(m_consider, &QPushButton::clicked, this, &WishesPanel::markConsidered);
    connect(m_decline, &QPushButton::clicked, this, qOverload<>(&WishesPanel::decline));
    applyFilter();
}

void WishesPanel::applyFilter()
{
    const QString status = m_status->currentData().toString();
    m_list->setRowFilter([status](const Record& record) {
        const Wish wish = Wish::entity().fromRecord(record);
        if (status == waiting)
            return wish.status == WishStatus::New || wish.status == WishStatus::Considered;
        return status.isEmpty() || enumKey(wish.status) == status;
    });
    updateButtons();
}

void WishesPanel::updateButtons()
{
    const std::optional<Wish> wish = m_context.workspace().repository<Wish>().get(m_list->currentId());
    const bool open = wish && wish->status != WishStatus::MovedToBacklog;
    m_move->setEnabled(open);
    m_consider->setEnabled(wish && wish->status == WishStatus::New);
    m_decline->setEnabled(open && wish->status != WishStatus::Declined);
}

void WishesPanel::moveToBacklog()
{
    const std::optional<Wish> wish = m_context.workspace().repository<Wish>().get(m_list->currentId());
    if (!wish)
        return;
    RecordEditDialog dialog(BacklogItem::entity().spec(), m_context.records(),
        BacklogItem::entity().toRecord(WishInbox::draftFrom(*wish)), this);
    dialog.setWindowTitle(tr("Move Wish to the Backlog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Outcome outcome = moveToBacklog(wish->id, dialog.record()); !outcome)
        QMessageBox::warning(this, tr("Move to Backlog"), outcome.message());
}

Outcome WishesPanel::moveToBacklog(qint64 wishId, const Record& record)
{
    const std::optional<Wish> wish = m_context.workspace().repository<Wish>().get(wishId);
    if (!wish)
        return Outcome::failure(tr("This wish no longer exists."));
    BacklogItem item = BacklogItem::entity().fromRecord(record);
    return SnapshotCommand::run(m_context,
        tr("Move wish “%1” to the backlog").arg(shortText(wish->text)),
        {{&BacklogItem::entity().spec(), {}, {}}, {&Wish::entity().spec(), QStringLiteral("id"), wishId}},
        [&] { return WishInbox::moveToBacklog(m_context.workspace(), wishId, item); });
}

void WishesPanel::markConsidered()
{
    const qint64 id = m_list->currentId();
    const std::optional<Wish> wish = m_context.workspace().repository<Wish>().get(id);
    if (!wish)
        return;
    const Outcome outcome = SnapshotCommand::run(m_context,
        tr("Mark wish “%1” considered").arg(shortText(wish->text)),
        {{&Wish::entity().spec(), QStringLiteral("id"), id}},
        [&] { return WishInbox::markConsidered(m_context.workspace(), id); });
    if (!outcome)
        QMessageBox::warning(this, tr("Mark Considered"), outcome.message());
}

void WishesPanel::decline()
{
    const qint64 id = m_list->currentId();
    const std::optional<Wish> wish = m_context.workspace().repository<Wish>().get(id);
    if (!wish)
        return;
    QInputDialog ask(this);
    ask.setWindowTitle(tr("Decline Wish"));
    ask.setLabelText(tr("Why is “%1” declined? The reason is kept with the wish.").arg(shortText(wish->text)));
    ask.setOption(QInputDialog::UsePlainTextEditForTextInput);
    ask.setTextValue(wish->declineReason);
    // Qt's text box keeps Tab and has no name for a screen reader; give it both.
    if (auto* box = ask.findChild<QPlainTextEdit*>()) {
        box->setTabChangesFocus(true);
        box->setAccessibleName(tr("Reason"));
    }
    if (ask.exec() != QDialog::Accepted)
        return;
    const QString reason = ask.textValue();
    if (const Outcome outcome = decline(id, reason); !outcome)
        QMessageBox::warning(this, tr("Decline Wish"), outcome.message());
}

Outcome WishesPanel::decline(qint64 wishId, const QString& reason)
{
    const std::optional<Wish> wish = m_context.workspace().repository<Wish>().get(wishId);
    if (!wish)
        return Outcome::failure(tr("This wish no longer exists."));
    return SnapshotCommand::run(m_context,
        tr("Decline wish “%1”").arg(shortText(wish->text)),
        {{&Wish::entity().spec(), QStringLiteral("id"), wishId}},
        [&] { return WishInbox::decline(m_context.workspace(), wishId, reason); });
}

} // namespace stuurboord
