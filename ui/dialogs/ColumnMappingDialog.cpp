#include "ColumnMappingDialog.h"

#include "commands/AddRecordCommand.h"
#include "commands/EditRecordCommand.h"
#include "domain/Metric.h"
#include "import/DateParser.h"
#include "import/MatomoSinglePeriodProfile.h"
#include "import/MetricKeys.h"
#include "import/NumberParser.h"
#include "import/SavedProfiles.h"
#include "import/SpreadsheetProfile.h"
#include "storage/Workspace.h"
#include "widgets/ProblemLabel.h"
#include "WorkspaceContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace stuurboord {

namespace {
enum MetricColumns
{
    ImportColumn,
    SourceColumn,
    MetricColumn
};

// A name for the profile from the file's name, without the month that changes every time
// ("gebruik-2026-03.csv" -> "gebruik").
QString suggestedName(const QString& path)
{
    static const QRegularExpression dated(
        QStringLiteral("[-_ .]*(\\d{4}[-_]?\\d{2}([-_]?\\d{2})?|\\d{6,8})[-_ .]*"));
    QString name = QFileInfo(path).completeBaseName();
    name.replace(dated, QStringLiteral(" "));
    return name.simplified();
}

bool looksLikeDate(const QString& text)
{
    return DateParser::parse(text).hasValue();
}
} // namespace

ColumnMappingDialog::ColumnMappingDialog(
    WorkspaceContext& context, const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_path(path)
{
    setWindowTitle(tr("Map the columns of %1").arg(QFileInfo(path).fileName()));
    for (const Metric& metric : context.workspace().repository<Metric>().all())
        m_metricKeys.insert(metric.name, metric.key);

    auto* layout = new QVBoxLayout(this);
    auto* intro
        = new QLabel(tr("Stuurboord does not know this file yet. Show it once which row holds the "
                        "column names, where the period is and which columns hold figures; it "
                        "remembers this as a profile, so next month's file imports by itself."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_reading = new QLabel(this);
    m_reading->setWordWrap(true);
    layout->addWidget(m_reading);

    auto* form = new QFormLayout;
    m_form = form;
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("sheet"));
    form->addRow(tr("Sheet:"), m_sheet);
    m_headerRow = new QSpinBox(this);
    m_headerRow->setObjectName(QStringLiteral("headerRow"));
    m_headerRow->setMinimum(1);
    form->addRow(tr("Column names are on row:"), m_headerRow);
    layout->addLayout(form);

    m_rows = new QTableWidget(this);
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setAccessibleName(tr("The first rows of the file"));
    // Arrow keys move between cells; Tab moves on to the next field, as in a form.
    m_rows->setTabKeyNavigation(false);
    m_rows->setMinimumHeight(150);
    layout->addWidget(m_rows, 1);

    auto* mappingForm = new QFormLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("period"));
    mappingForm->addRow(tr("Period:"), m_period);
    m_fixedPeriod = new QLineEdit(this);
    m_fixedPeriod->setObjectName(QStringLiteral("fixedPeriod"));
    m_fixedPeriod->setPlaceholderText(tr("for example 2026-03"));
    mappingForm->addRow(tr("Month of the whole file:"), m_fixedPeriod);
    m_dimension = new QComboBox(this);
    m_dimension->setObjectName(QStringLiteral("dimension"));
    mappingForm->addRow(tr("Dimension (site, department):"), m_dimension);
    // Words beside the figures ("campaign started") become events on their month.
    m_notes = new QComboBox(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setToolTip(tr("Each text in this column becomes an event on its month's charts "
                           "and in the meeting pack"));
    mappingForm->addRow(tr("Notes column:"), m_notes);
    m_numbers = new QComboBox(this);
    m_numbers->addItem(tr("Dutch: 1.234,5"), int(NumberConvention::Dutch));
    m_numbers->addItem(tr("English: 1,234.5"), int(NumberConvention::English));
    mappingForm->addRow(tr("Numbers are written as:"), m_numbers);
    m_dates = new QComboBox(this);
    m_dates->setObjectName(QStringLiteral("dates"));
    m_dates->addItem(tr("As the dates in the period column show"), -1);
    m_dates->addItem(tr("Day-month-year: 31-12-2026"), int(DateOrder::DayFirst));
    m_dates->addItem(tr("Month-day-year: 12/31/2026"), int(DateOrder::MonthFirst));
    mappingForm->addRow(tr("Dates are written as:"), m_dates);
    layout->addLayout(mappingForm);

    m_metrics = new QTableWidget(0, 3, this);
    m_metrics->setObjectName(QStringLiteral("metrics"));
    m_metrics->setHorizontalHeaderLabels({tr("Import"), tr("Column"), tr("Metric")});
    m_metrics->horizontalHeader()->setSectionResizeMode(MetricColumn, QHeaderView::Stretch);
    m_metrics->verticalHeader()->hide();
    m_metrics->setAccessibleName(tr("Columns with figures"));
    // Every choice in it is a check box or a list in a cell, each a Tab stop of its own; the
    // table itself would be a stop that passes focus on to its first cell.
    m_metrics->setFocusPolicy(Qt::NoFocus);
    m_metrics->setMinimumHeight(140);
    layout->addWidget(m_metrics, 1);

    auto* nameForm = new QFormLayout;
    m_name = new QLineEdit(suggestedName(path), this);
    m_name->setObjectName(QStringLiteral("profileName"));
    nameForm->addRow(tr("Save as profile:"), m_name);
    layout->addLayout(nameForm);
    m_problem = new ProblemLabel(this);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Save profile and preview"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ColumnMappingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ColumnMappingDialog::reject);
    layout->addWidget(buttons);

    load();
    connect(m_sheet, &QComboBox::currentTextChanged, this, [this] { load(); });
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this] { showHeader(); });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updatePeriodFields();
        updateMetrics();
    });
    connect(m_dimension, &QComboBox::currentIndexChanged, this, [this] { updateMetrics(); });
    connect(m_notes, &QComboBox::currentIndexChanged, this, [this] { updateMetrics(); });
    resize(820, 720);
}

void ColumnMappingDialog::load()
{
    QHash<QString, QString> options;
    if (!m_sheet->currentText().isEmpty())
        options.insert(QStringLiteral("sheet"), m_sheet->currentText());
    m_glimpse = ImportRunner::glimpse(m_path, options);
    if (!m_glimpse.error.isEmpty()) {
        m_problem->showProblem(m_glimpse.error);
        return;
    }
    m_reading->setText(m_glimpse.decisions.join(QStringLiteral("; ")));
    if (m_sheet->count() == 0 && !m_glimpse.sheets.isEmpty()) {
        const QSignalBlocker blocker(m_sheet);
        m_sheet->addItems(m_glimpse.sheets);
    }
    m_sheet->setEnabled(m_glimpse.sheets.size() > 1);
    m_form->setRowVisible(m_sheet, !m_glimpse.sheets.isEmpty());
    m_numbers->setCurrentIndex(m_numbers->findData(int(m_glimpse.numbers)));

    qsizetype columns = 0;
    int widest = 0;
    for (qsizetype i = 0; i < m_glimpse.records.size(); ++i) {
        if (m_glimpse.records.at(i).fields.size() > columns) {
            columns = m_glimpse.records.at(i).fields.size();
            widest = int(i);
        }
    }
    m_rows->clear();
    m_rows->setRowCount(int(m_glimpse.records.size()));
    m_rows->setColumnCount(int(columns));
    QStringList lines;
    for (int row = 0; row < m_glimpse.records.size(); ++row) {
        const CsvRecord& record = m_glimpse.records.at(row);
        lines << QString::number(row + 1);
        for (int column = 0; column < record.fields.size(); ++column)
            m_rows->setItem(row, column, new QTableWidgetItem(record.fields.at(column)));
    }
    m_rows->setVerticalHeaderLabels(lines);
    const QSignalBlocker blocker(m_headerRow);
    m_headerRow->setMaximum(int(qMax(qsizetype(1), m_glimpse.records.size())));
    // Titles and notes above a table are narrower than the table itself.
    m_headerRow->setValue(widest + 1);
    showHeader();
}

QStringList ColumnMappingDialog::header() const
{
    const int index = m_headerRow->value() - 1;
    if (index < 0 || index >= m_glimpse.records.size())
        return {};
    QStringList names;
    for (const QString& name : m_glimpse.records.at(index).fields)
        names << name.trimmed();
    return names;
}

void ColumnMappingDialog::showHeader()
{
    const int headerIndex = m_headerRow->value() - 1;
    for (int row = 0; row < m_rows->rowCount(); ++row) {
        for (int column = 0; column < m_rows->columnCount(); ++column) {
            if (QTableWidgetItem* item = m_rows->item(row, column)) {
                QFont font = item->font();
                font.setBold(row == headerIndex);
                item->setFont(font);
            }
        }
    }
    const QStringList names = header();
    const QStringList firstRow = headerIndex + 1 < m_glimpse.records.size()
        ? m_glimpse.records.at(headerIndex + 1).fields
        : QStringList();
    {
        const QSignalBlocker periodBlocker(m_period);
        const QSignalBlocker dimensionBlocker(m_dimension);
        const QSignalBlocker notesBlocker(m_notes);
        m_notes->clear();
        m_notes->addItem(tr("None"), QString());
        m_period->clear();
        m_period->addItem(tr("One month for the whole file"), QString());
        m_dimension->clear();
        m_dimension->addItem(tr("None"), QString());
        int dated = -1;
        int notes = 0;
        QList<int> texts; // columns of words, such as a team or site name
        for (int i = 0; i < names.size(); ++i) {
            if (names.at(i).isEmpty())
                continue;
            m_period->addItem(names.at(i), names.at(i));
            m_dimension->addItem(names.at(i), names.at(i));
            m_notes->addItem(names.at(i), names.at(i));
            const QString value = firstRow.value(i).trimmed();
            if (SpreadsheetProfile::isNotesColumn(names.at(i)))
                notes = m_notes->count() - 1;
            else if (dated < 0 && looksLikeDate(value))
                dated = m_period->count() - 1;
            else if (!value.isEmpty() && !looksLikeDate(value)
                && !NumberParser::parse(value, m_glimpse.numbers).hasValue())
                texts << m_dimension->count() - 1;
        }
        m_period->setCurrentIndex(std::max(dated, 0));
        // One column of words next to the figures is what the figures are split by.
        m_dimension->setCurrentIndex(texts.size() == 1 ? texts.first() : 0);
        m_notes->setCurrentIndex(notes);
    }
    updatePeriodFields();
    if (m_fixedPeriod->text().isEmpty())
        m_fixedPeriod->setText(MatomoSinglePeriodProfile::monthInFileName(m_path));

    m_metrics->setRowCount(0);
    for (int i = 0; i < names.size(); ++i) {
        if (names.at(i).isEmpty())
            continue;
        const int row = m_metrics->rowCount();
        m_metrics->insertRow(row);
        auto* check = new QCheckBox(m_metrics);
        check->setAccessibleName(tr("Import %1").arg(names.at(i)));
        check->setChecked(NumberParser::parse(firstRow.value(i), m_glimpse.numbers).hasValue()
            && !looksLikeDate(firstRow.value(i)));
        m_metrics->setCellWidget(row, ImportColumn, check);
        m_metrics->setItem(row, SourceColumn, new QTableWidgetItem(names.at(i)));
        m_metrics->item(row, SourceColumn)->setFlags(Qt::ItemIsEnabled);
        auto* metric = new QComboBox(m_metrics);
        metric->setEditable(true);
        QStringList known = m_metricKeys.keys();
        known.sort(Qt::CaseInsensitive);
        metric->addItems(known);
        // An existing metric of the same name or key is the likely target.
        const QString key = MetricKeys::slug(names.at(i));
        QString existing;
        for (auto it = m_metricKeys.cbegin(); it != m_metricKeys.cend(); ++it) {
            if (it.key().compare(names.at(i), Qt::CaseInsensitive) == 0 || it.value() == key)
                existing = it.key();
        }
        metric->setCurrentText(existing.isEmpty() ? names.at(i) : existing);
        m_metrics->setCellWidget(row, MetricColumn, metric);
    }
    // Widgets in cells join the end of the window's Tab chain: put them where they are shown,
    // between the date choice and the profile name.
    QWidget* previous = m_dates;
    for (int row = 0; row < m_metrics->rowCount(); ++row) {
        for (const int column : {int(ImportColumn), int(MetricColumn)}) {
            if (QWidget* cell = m_metrics->cellWidget(row, column)) {
                QWidget::setTabOrder(previous, cell);
                previous = cell;
            }
        }
    }
    QWidget::setTabOrder(previous, m_name);
    m_metrics->resizeColumnToContents(ImportColumn);
    m_metrics->resizeColumnToContents(SourceColumn);
    updateMetrics();
}

// A month for the whole file without a period column; a date order with one.
void ColumnMappingDialog::updatePeriodFields()
{
    const bool dated = !m_period->currentData().toString().isEmpty();
    m_fixedPeriod->setEnabled(!dated);
    m_dates->setEnabled(dated);
}

void ColumnMappingDialog::updateMetrics()
{
    // The period, dimension and notes columns cannot also be figures.
    const QString period = m_period->currentData().toString();
    const QString dimension = m_dimension->currentData().toString();
    const QString notes = m_notes->currentData().toString();
    for (int row = 0; row < m_metrics->rowCount(); ++row) {
        const QString column = m_metrics->item(row, SourceColumn)->text();
        const bool free = column != period && column != dimension && column != notes;
        m_metrics->setRowHidden(row, !free);
    }
}

int ColumnMappingDialog::metricRow(const QString& column) const
{
    for (int row = 0; row < m_metrics->rowCount(); ++row) {
        if (m_metrics->item(row, SourceColumn)->text() == column)
            return row;
    }
    return -1;
}

ColumnMapping ColumnMappingDialog::mapping() const
{
    ColumnMapping mapping;
    mapping.name = m_name->text().trimmed();
    mapping.periodColumn = m_period->currentData().toString();
    mapping.dimensionColumn = m_dimension->currentData().toString();
    mapping.notesColumn = m_notes->currentData().toString();
    mapping.numbers = static_cast<NumberConvention>(m_numbers->currentData().toInt());
    if (const int order = m_dates->currentData().toInt(); order >= 0)
        mapping.dateOrder = static_cast<DateOrder>(order);
    mapping.sheet = m_glimpse.sheets.size() > 1 ? m_sheet->currentText() : QString();
    for (int row = 0; row < m_metrics->rowCount(); ++row) {
        const auto* check = qobject_cast<QCheckBox*>(m_metrics->cellWidget(row, ImportColumn));
        if (m_metrics->isRowHidden(row) || !check || !check->isChecked())
            continue;
        const QString target = qobject_cast<QComboBox*>(m_metrics->cellWidget(row, MetricColumn))
                                   ->currentText()
                                   .trimmed();
        const QString key = m_metricKeys.value(target, MetricKeys::slug(target));
        mapping.metrics << ColumnMapping::MetricColumn{
            m_metrics->item(row, SourceColumn)->text(), key, target};
    }
    return mapping;
}

QHash<QString, QString> ColumnMappingDialog::importOptions() const
{
    QHash<QString, QString> options{{QStringLiteral("profile"), m_name->text().trimmed()}};
    if (m_period->currentData().toString().isEmpty() && !m_fixedPeriod->text().trimmed().isEmpty())
        options.insert(QStringLiteral("period"), m_fixedPeriod->text().trimmed());
    if (m_glimpse.sheets.size() > 1)
        options.insert(QStringLiteral("sheet"), m_sheet->currentText());
    return options;
}

void ColumnMappingDialog::accept()
{
    const ColumnMapping wanted = mapping();
    QString problem = wanted.problem();
    static const QRegularExpression month(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    if (problem.isEmpty() && wanted.periodColumn.isEmpty()
        && !month.match(m_fixedPeriod->text().trimmed()).hasMatch())
        problem
            = tr("This file has no period column: type the month it covers, for example 2026-03.");
    if (!problem.isEmpty()) {
        m_problem->showProblem(problem);
        return;
    }
    // The typed month belongs to this file, not to the profile: next month's file
    // takes its month from its own name or asks.
    Workspace& workspace = m_context.workspace();
    const ImportProfile record = SavedProfiles::toRecord(workspace, wanted);
    const TableSpec& spec = ImportProfile::entity().spec();
    if (record.id == 0) {
        m_context.undoStack().push(
            new AddRecordCommand(m_context, spec, ImportProfile::entity().toRecord(record)));
    } else {
        const std::optional<ImportProfile> before
            = workspace.repository<ImportProfile>().get(record.id);
        m_context.undoStack().push(new EditRecordCommand(m_context, spec,
            ImportProfile::entity().toRecord(*before), ImportProfile::entity().toRecord(record)));
    }
    QDialog::accept();
}

void ColumnMappingDialog::setHeaderRow(int row)
{
    m_headerRow->setValue(row);
}

void ColumnMappingDialog::setPeriodColumn(const QString& column)
{
    m_period->setCurrentIndex(std::max(0, m_period->findData(column)));
}

void ColumnMappingDialog::setFixedPeriod(const QString& month)
{
    m_fixedPeriod->setText(month);
}

void ColumnMappingDialog::setDimensionColumn(const QString& column)
{
    m_dimension->setCurrentIndex(std::max(0, m_dimension->findData(column)));
}

void ColumnMappingDialog::setNotesColumn(const QString& column)
{
    m_notes->setCurrentIndex(std::max(0, m_notes->findData(column)));
}

void ColumnMappingDialog::setImported(
    const QString& column, bool imported, const QString& metricName)
{
    const int row = metricRow(column);
    if (row < 0)
        return;
    qobject_cast<QCheckBox*>(m_metrics->cellWidget(row, ImportColumn))->setChecked(imported);
    if (!metricName.isEmpty())
        qobject_cast<QComboBox*>(m_metrics->cellWidget(row, MetricColumn))
            ->setCurrentText(metricName);
}

void ColumnMappingDialog::setProfileName(const QString& name)
{
    m_name->setText(name);
}

} // namespace stuurboord
