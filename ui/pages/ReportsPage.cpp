#include "ReportsPage.h"

#include "domain/Meeting.h"
#include "MeetingPackHtml.h"
#include "models/ValueFormatter.h"
#include "PageHeader.h"
#include "storage/Workspace.h"
#include "WorkspaceContext.h"

#include <QComboBox>
#include <QDate>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace stuurboord {

ReportsPage::ReportsPage(WorkspaceContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Reports"),
        tr("The meeting pack for a stakeholder meeting: usage figures, open action "
           "items, decisions, budget and the top of the phase-two backlog."),
        this));
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("Meeting:"), this);
    m_meeting = new QComboBox(this);
    m_meeting->setAccessibleName(tr("Meeting"));
    label->setBuddy(m_meeting);
    auto* print = new QPushButton(tr("Print…"), this);
    auto* pdf = new QPushButton(tr("Save as PDF…"), this);
    row->addWidget(label);
    row->addWidget(m_meeting, 1);
    row->addWidget(print);
    row->addWidget(pdf);
    layout->addLayout(row);
    m_preview = new QTextBrowser(this);
    m_preview->setAccessibleName(tr("Meeting pack preview"));
    layout->addWidget(m_preview, 1);

    connect(m_meeting, &QComboBox::currentIndexChanged, this, &ReportsPage::showMeeting);
    connect(print, &QPushButton::clicked, this, &ReportsPage::print);
    connect(pdf, &QPushButton::clicked, this, &ReportsPage::savePdf);
    connect(&context, &WorkspaceContext::tableChanged, this, &ReportsPage::reload);
    reload();
}

void ReportsPage::reload()
{
    const qint64 chosen = m_meeting->currentData().toLongLong();
    const QSignalBlocker blocker(m_meeting);
    m_meeting->clear();
    QList<Meeting> meetings = m_context.workspace().repository<Meeting>().all();
    std::sort(meetings.begin(), meetings.end(),
        [](const Meeting& a, const Meeting& b) { return a.date > b.date; });
    int preferred = -1;
    const QDate today = QDate::currentDate();
    for (const Meeting& meeting : std::as_const(meetings)) {
        m_meeting->addItem(
            QStringLiteral("%1 — %2").arg(ValueFormatter::date(meeting.date), meeting.title),
            meeting.id);
        if (meeting.date >= today)
            preferred
                = m_meeting->count() - 1; // the nearest upcoming meeting (list is newest first)
    }
    const int previous = m_meeting->findData(chosen);
    m_meeting->setCurrentIndex(previous >= 0 ? previous : qMax(0, preferred));
    showMeeting();
}

void ReportsPage::showMeeting()
{
    m_preview->setHtml(
        MeetingPackHtml::build(m_context.workspace(), m_meeting->currentData().toLongLong()));
}

QString ReportsPage::html() const
{
    return m_preview->toHtml();
}

void ReportsPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        m_preview->document()->print(&printer);
}

void ReportsPage::savePdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save meeting pack as PDF"), QString(), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setOutputFileName(
        path.endsWith(u".pdf", Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"));
    m_preview->document()->print(&printer);
}

} // namespace stuurboord
