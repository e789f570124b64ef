#pragma once

#include "import/ImportPreview.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLayout;
class QLineEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace stuurboord {

class ImportJob;
class ProblemLabel;
class WorkspaceContext;

// The preview of one usage export before it is imported: which profile reads it and why,
// the decisions taken (encoding, separator, dates, numbers), the figures that will be
// written and every rejected row with its reason. The file is read and written on an
// import thread while the dialog shows rows and speed and offers to stop; importing is
// one undoable step.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    // options: as for ImportRunner (a saved profile's name, the month of a single-period file).
    ImportDialog(WorkspaceContext& context, const QString& path,
        const QHash<QString, QString>& options = {}, QWidget* parent = nullptr);
    ~ImportDialog() override;

    const ImportPreview& preview() const { return m_preview; }
    // While the file is read for the preview or written into the workspace.
    bool isBusy() const;
    // Starts writing the previewed figures; the dialog closes when they are in.
    void accept() override;
    // Stops a running job first; the dialog closes once it has stopped.
    void reject() override;
    // Stops writing; the workspace stays as it was and the preview stays open.
    void stop();
    // What to do with figures the workspace already has for the same metric and month.
    void setOverlapChoice(int index);
    // Reads the file again with other choices (profile, sheet, table, month, encoding),
    // as the "Read again" button does.
    void readAgain(const QHash<QString, QString>& options);

private:
    enum class Stage
    {
        Reading,
        Ready,
        Writing
    };

    void setStage(Stage stage);
    void showProgress(qint64 rowsRead, double rowsPerSecond, double fraction);
    void jobFinished();
    void showPreview();
    QWidget* rowsAsRead();
    void showImportResult();
    void buildReadWith(QLayout* layout);
    void showReadWith();
    QHash<QString, QString> chosenOptions() const;

    WorkspaceContext& m_context;
    ImportJob* m_job = nullptr;
    ImportPreview m_preview;
    Stage m_stage = Stage::Reading;
    QLabel* m_summary = nullptr;
    ProblemLabel* m_problem = nullptr;
    QWidget* m_progress = nullptr;
    QLabel* m_progressStage = nullptr;
    QLabel* m_progressText = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_filler = nullptr;
    QWidget* m_options = nullptr;
    QComboBox* m_overlap = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_stop = nullptr;
    QString m_path;
    QHash<QString, QString> m_readOptions;
    QWidget* m_readWith = nullptr;
    QComboBox* m_profile = nullptr;
    QComboBox* m_sheet = nullptr;
    QComboBox* m_table = nullptr;
    QLineEdit* m_month = nullptr;
    QComboBox* m_encoding = nullptr;
    bool m_force = false;
    bool m_closeWhenDone = false;
};

} // namespace stuurboord
