#pragma once

#include "model/Outcome.h"

#include <QList>
#include <QStringList>

class QAbstractItemView;
class QWidget;

namespace stuurboord {

// Saves what a table or list shows (its visible columns, filtered and sorted rows, as
// displayed) as a CSV file, through the core writer (RFC 4180, UTF-8 with BOM, formulas
// neutralised).
class ViewCsvExport final
{
public:
    static QList<QStringList> rowsOf(const QAbstractItemView& view);
    static Outcome write(const QAbstractItemView& view, const QString& path);
    // Asks where to save (suggesting `name`.csv) and says so when it fails.
    static void saveAs(const QAbstractItemView& view, const QString& name, QWidget* parent);
};

} // namespace stuurboord
