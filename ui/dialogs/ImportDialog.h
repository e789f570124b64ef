#pragma once

#include "import/ImportPreview.h"

#include <QDialog>

class QComboBox;
class QTreeWidget;

namespace stuurboord {

class ProblemLabel;
class WorkspaceContext;

// The preview of one usage export before it is imported: which profile reads it and why,
// the decisions taken (encoding, separator, dates, numbers), the figures that will be
// written and every rejected row with its reason. Importing is one undoable step.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    // options: as for ImportRunner (a saved profile's name, the month of a single-period file).
    ImportDialog(WorkspaceContext& context, const QString& path,
        const QHash<QString, QString>& options = {}, QWidget* parent = nullptr);
    const ImportPreview& preview() const { return m_preview; }
    void accept() override;
    // What to do with figures the workspace already has for the same metric and month.
    void setOverlapChoice(int index);

private:
    WorkspaceContext& m_context;
    ImportPreview m_preview;
    QComboBox* m_overlap = nullptr;
    ProblemLabel* m_problem = nullptr;
    bool m_force = false;
};

} // namespace stuurboord
