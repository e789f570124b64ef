#include "FormulaAssist.h"

#include "kpi/Formula.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QToolButton>

namespace stuurboord {

namespace {
constexpr int keyRole = Qt::UserRole + 1;

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}
} // namespace

FormulaAssist::FormulaAssist(QLineEdit* edit, QList<Metric> metrics)
    : QObject(edit)
    , m_edit(edit)
{
    std::sort(metrics.begin(), metrics.end(), [](const Metric& a, const Metric& b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    metrics.prepend({Formula::headcountVariable(), tr("Headcount (employees in the period)")});

    m_picker = new QToolButton(edit->parentWidget());
    m_picker->setText(tr("Insert metric"));
    m_picker->setToolTip(tr("Insert a metric by its name; the formula uses its key"));
    m_picker->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_picker);
    auto* model = new QStandardItemModel(this);
    for (const Metric& metric : std::as_const(metrics)) {
        const QString shown = metric.second == metric.first
            ? metric.first
            : tr("%1 (%2)").arg(metric.second, metric.first);
        QAction* action = menu->addAction(shown);
        const QString key = metric.first;
        connect(action, &QAction::triggered, this, [this, key] { insertKey(key); });
        auto* item = new QStandardItem(shown);
        item->setData(key, keyRole);
        model->appendRow(item);
    }
    m_picker->setMenu(menu);

    m_completer = new QCompleter(model, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(edit);
    connect(edit, &QLineEdit::textEdited, this, &FormulaAssist::complete);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
        [this](const QModelIndex& index) { insertKey(index.data(keyRole).toString()); });
}

QPair<int, int> FormulaAssist::wordAtCursor() const
{
    const QString text = m_edit->text();
    int start = m_edit->cursorPosition();
    while (start > 0 && isWordCharacter(text.at(start - 1)))
        --start;
    int end = m_edit->cursorPosition();
    while (end < text.size() && isWordCharacter(text.at(end)))
        ++end;
    return {start, end - start};
}

void FormulaAssist::complete()
{
    const auto [start, length] = wordAtCursor();
    const QString word = m_edit->text().mid(start, m_edit->cursorPosition() - start);
    // Numbers and one letter say too little to offer anything.
    if (word.size() < 2 || word.at(0).isDigit()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(word);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void FormulaAssist::insertKey(const QString& key)
{
    const auto [start, length] = wordAtCursor();
    QString text = m_edit->text();
    text.replace(start, length, key);
    m_edit->setText(text);
    m_edit->setCursorPosition(start + static_cast<int>(key.size()));
    m_edit->setFocus();
}

} // namespace stuurboord
