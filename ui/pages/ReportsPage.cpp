#include "ReportsPage.h"

#include "Clock.h"
#include "PageHeader.h"
#include "WorkspaceContext.h"
#include "domain/Meeting.h"
#include "i18n/DateWords.h"
#include "pack/PackPdf.h"
#include "pack/PackPrinter.h"
#include "report/PackLanguage.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QGraphicsView>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace stuurboord {

ReportsPage::ReportsPage(WorkspaceContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_printer(std::make_unique<QPrinter>(QPrinter::ScreenResolution))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Reports"),
        tr("The meeting pack as the workspace stood on the meeting's date: summary, KPIs and their charts, "
           "follow-up actions, decisions, budget and the phase-two backlog. What you see below is what "
           "prints and what the PDF holds."),
        this));
    auto* row = new QHBoxLayout;
    row->addWidget(buildOptions(), 0);
    PackPrinter::prepare(*m_printer);
    m_printer->setFullPage(true);
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setAccessibleName(tr("Meeting pack preview"));
    // The preview's own page view is what takes the focus; screen readers name it too.
    for (QGraphicsView* pages : m_preview->findChildren<QGraphicsView*>())
        pages->setAccessibleName(tr("Meeting pack preview"));
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    row->addWidget(m_preview, 1);
    layout->addLayout(row, 1);

    m_rebuild = new QTimer(this);
    m_rebuild->setSingleShot(true);
    m_rebuild->setInterval(150);
    connect(m_rebuild, &QTimer::timeout, this, &ReportsPage::rebuild);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter* printer) {
        if (m_pack)
            PackPrinter::print(*m_pack, *printer);
    });
    connect(&context, &WorkspaceContext::tableChanged, this, &ReportsPage::reload);
    reload();
    rebuild();
}

ReportsPage::~ReportsPage() = default;

QWidget* ReportsPage::buildOptions()
{
    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);

    auto* forBox = new QGroupBox(tr("Pack for"), box);
    auto* grid = new QGridLayout(forBox);
    m_forMeeting = new QRadioButton(tr("&Meeting"), forBox);
    m_forDate = new QRadioButton(tr("&Date without a meeting"), forBox);
    m_meeting = new QComboBox(forBox);
    m_meeting->setAccessibleName(tr("Meeting"));
    m_meeting->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_date = new QDateEdit(Clock::today(), forBox);
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Date of the pack"));
    m_forMeeting->setChecked(true);
    m_date->setEnabled(false);
    grid->addWidget(m_forMeeting, 0, 0);
    grid->addWidget(m_meeting, 1, 0);
    grid->addWidget(m_forDate, 2, 0);
    grid->addWidget(m_date, 3, 0);
    column->addWidget(forBox);

    auto* languageRow = new QHBoxLayout;
    auto* languageLabel = new QLabel(tr("&Language:"), box);
    m_language = new QComboBox(box);
    m_language->addItem(tr("Dutch"), QStringLiteral("nl"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->setToolTip(tr("Numbers, amounts and dates follow the pack's language, whatever the language of the application."));
    languageLabel->setBuddy(m_language);
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language, 1);
    column->addLayout(languageRow);

    auto* sections = new QGroupBox(tr("Sections"), box);
    auto* sectionColumn = new QVBoxLayout(sections);
    for (const PackSection section : PackSections::all()) {
        const QString label = enumLabel(section);
        auto* check = new QCheckBox(label.at(0).toUpper() + label.mid(1), sections);
        check->setChecked(true);
        m_sections.insert(section, check);
        sectionColumn->addWidget(check);
        connect(check, &QCheckBox::toggled, this, &ReportsPage::scheduleRebuild);
    }
    column->addWidget(sections);

    auto* print = new QPushButton(tr("&Print…"), box);
    auto* pdf = new QPushButton(tr("&Save as PDF…"), box);
    column->addWidget(print);
    column->addWidget(pdf);
    column->addStretch(1);

    connect(m_forMeeting, &QRadioButton::toggled, this, [this](bool meeting) {
        m_meeting->setEnabled(meeting);
        m_date->setEnabled(!meeting);
        scheduleRebuild();
    });
    connect(m_meeting, &QComboBox::currentIndexChanged, this, &ReportsPage::scheduleRebuild);
    connect(m_date, &QDateEdit::dateChanged, this, &ReportsPage::scheduleRebuild);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReportsPage::scheduleRebuild);
    connect(print, &QPushButton::clicked, this, &ReportsPage::print);
    connect(pdf, &QPushButton::clicked, this, &ReportsPage::savePdf);
    return box;
}

void ReportsPage::reload()
{
    const qint64 chosen = m_meeting->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_meeting);
        m_meeting->clear();
        QList<Meeting> meetings = m_context.workspace().repository<Meeting>().all();
        std::sort(meetings.begin(), meetings.end(), [](const Meeting& a, const Meeting& b) { return a.date > b.date; });
        int preferred = -1;
        const QDate today = Clock::today();
        for (const Meeting& meeting : std::as_const(meetings)) {
            m_meeting->addItem(QStringLiteral("%1 — %2").arg(DateWords::day(meeting.date), meeting.title), meeting.id);
            if (meeting.date >= today)
                preferred = m_meeting->count() - 1; // the nearest upcoming meeting (newest first)
        }
        const int previous = m_meeting->findData(chosen);
        m_meeting->setCurrentIndex(previous >= 0 ? previous : qMax(0, preferred));
        if (m_meeting->count() == 0)
            m_forDate->setChecked(true);
        m_forMeeting->setEnabled(m_meeting->count() > 0);
    }
    if (chosen == 0) {
        const QSignalBlocker blocker(m_language);
        m_language->setCurrentIndex(m_language->findData(PackLanguage::normalised({}, m_context.workspace())));
    }
    scheduleRebuild();
}

PackRequest ReportsPage::request() const
{
    PackRequest request;
    if (m_forMeeting->isChecked())
        request.meetingId = m_meeting->currentData().toLongLong();
    else
        request.asOf = m_date->date();
    request.language = m_language->currentData().toString();
    request.sections.clear();
    for (const PackSection section : PackSections::all()) {
        if (m_sections.value(section)->isChecked())
            request.sections << section;
    }
    return request;
}

void ReportsPage::scheduleRebuild()
{
    m_rebuild->start();
}

void ReportsPage::rebuild()
{
    m_rebuild->stop();
    m_pack = MeetingPack::build(m_context.workspace(), request());
    m_preview->updatePreview();
}

void ReportsPage::print()
{
    rebuild();
    if (!m_pack)
        return;
    QPrinter printer(QPrinter::ScreenResolution);
    PackPrinter::prepare(printer);
    printer.setFullPage(true);
    printer.setDocName(m_pack->documentTitle);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted && PackPrinter::print(*m_pack, printer) == 0)
        QMessageBox::warning(this, tr("Not printed"), tr("The printer could not be started. Check that it is switched on and try again."));
}

void ReportsPage::savePdf()
{
    rebuild();
    if (!m_pack)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Save meeting pack as PDF"),
        QDir(folder).filePath(m_pack->suggestedFileName), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".pdf", Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (const Outcome written = PackPdf::write(*m_pack, path); !written)
        QMessageBox::warning(this, tr("PDF not saved"), written.message());
}

} // namespace stuurboord
