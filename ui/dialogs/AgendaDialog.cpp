#include "AgendaDialog.h"

#include "governance/AgendaProposal.h"
#include "i18n/DateWords.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stuurboord {

AgendaDialog::AgendaDialog(const QList<AgendaPoint>& points, const QDate& date,
    const QString& currentAgenda, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Proposed Agenda"));
    auto* intro = new QLabel(
        tr("Proposed from what needs attention on %1. Each point says why it is there. "
           "Edit the text before you use it.")
            .arg(DateWords::day(date)),
        this);
    intro->setWordWrap(true);
    m_editor = new QPlainTextEdit(AgendaProposal::toText(points), this);
    m_editor->setAccessibleName(tr("Agenda"));
    // Tab moves on to the buttons; the agenda is a list of lines, not indented text.
    m_editor->setTabChangesFocus(true);
    m_editor->setMinimumSize(560, 360);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (!currentAgenda.trimmed().isEmpty()) {
        auto* replaces = new QLabel(tr("Using it replaces the meeting's current agenda (Edit › Undo brings it back)."), this);
        replaces->setWordWrap(true);
        layout->addWidget(replaces);
    }
    layout->addWidget(m_editor, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* use = buttons->addButton(tr("Use as Agenda"), QDialogButtonBox::AcceptRole);
    use->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString AgendaDialog::agenda() const
{
    return m_editor->toPlainText();
}

} // namespace stuurboord
