#include "ViewCsvExport.h"

#include "export/TableExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>

namespace stuurboord {

namespace {
QHeaderView* headerOf(const QAbstractItemView& view)
{
    if (const auto* table = qobject_cast<const QTableView*>(&view))
        return table->horizontalHeader();
    if (const auto* tree = qobject_cast<const QTreeView*>(&view))
        return tree->header();
    return nullptr;
}
} // namespace

QList<QStringList> ViewCsvExport::rowsOf(const QAbstractItemView& view)
{
    const QAbstractItemModel* model = view.model();
    QList<QStringList> rows;
    if (!model)
        return rows;
    const QHeaderView* header = headerOf(view);
    // Columns in the order they are shown, without the hidden ones.
    QList<int> columns;
    for (int visual = 0; visual < model->columnCount(); ++visual) {
        const int logical = header ? header->logicalIndex(visual) : visual;
        if (!header || !header->isSectionHidden(logical))
            columns << logical;
    }
    QStringList names;
    for (int column : std::as_const(columns))
        names << model->headerData(column, Qt::Horizontal).toString();
    rows << names;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column : std::as_const(columns))
            cells << model->index(row, column).data().toString();
        rows << cells;
    }
    return rows;
}

Outcome ViewCsvExport::write(const QAbstractItemView& view, const QString& path)
{
    return TableExport::writeRows(path, rowsOf(view));
}

void ViewCsvExport::saveAs(const QAbstractItemView& view, const QString& name, QWidget* parent)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString fileName = name.trimmed().isEmpty() ? QStringLiteral("stuurboord") : name.trimmed();
    fileName.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString path = QFileDialog::getSaveFileName(parent, QCoreApplication::translate("ViewCsvExport", "Export as CSV"),
        QDir(folder).filePath(fileName + QStringLiteral(".csv")), QCoreApplication::translate("ViewCsvExport", "CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Outcome written = write(view, path); !written)
        QMessageBox::warning(parent, QCoreApplication::translate("ViewCsvExport", "Export as CSV"), written.message());
}

} // namespace stuurboord
