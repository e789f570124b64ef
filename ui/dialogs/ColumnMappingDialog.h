#pragma once

#include "import/ColumnMapping.h"
#include "import/ImportRunner.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace stuurboord {

class ProblemLabel;
class WorkspaceContext;

// The import wizard for a file no built-in profile knows: the coordinator points out the
// header row, the period (a column or one month for the whole file), an optional
// dimension and which columns hold which metrics. Saved as a named import profile (one
// undoable step), so next month's file of the same shape is recognised by itself.
class ColumnMappingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnMappingDialog)

public:
    ColumnMappingDialog(WorkspaceContext& context, const QString& path, QWidget* parent = nullptr);

    ColumnMapping mapping() const;
    // What the import of this file needs besides the profile: the month typed for a
    // file without a period column, the sheet of a workbook.
    QHash<QString, QString> importOptions() const;
    void accept() override;

    // For tests and keyboard users alike: the same choices the widgets offer.
    void setHeaderRow(int row);
    void setPeriodColumn(const QString& column);
    void setFixedPeriod(const QString& month);
    void setDimensionColumn(const QString& column);
    void setNotesColumn(const QString& column);
    void setImported(const QString& column, bool imported, const QString& metricName = {});
    void setProfileName(const QString& name);

private:
    void load();
    void showHeader();
    void updateMetrics();
    void updatePeriodFields();
    QStringList header() const;
    int metricRow(const QString& column) const;

    WorkspaceContext& m_context;
    QString m_path;
    ImportRunner::Glimpse m_glimpse;
    QFormLayout* m_form = nullptr;
    QComboBox* m_sheet = nullptr;
    QSpinBox* m_headerRow = nullptr;
    QTableWidget* m_rows = nullptr;
    QComboBox* m_period = nullptr;
    QLineEdit* m_fixedPeriod = nullptr;
    QComboBox* m_dimension = nullptr;
    QComboBox* m_notes = nullptr;
    QTableWidget* m_metrics = nullptr;
    QComboBox* m_numbers = nullptr;
    QComboBox* m_dates = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_reading = nullptr;
    ProblemLabel* m_problem = nullptr;
    QHash<QString, QString> m_metricKeys; // metric names of the workspace to their key
};

} // namespace stuurboord
