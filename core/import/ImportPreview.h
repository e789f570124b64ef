#pragma once

#include "ObservationDraft.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace stuurboord {

// What an import will do, before it does it: which profile reads the file and why, the
// decisions taken on the way (encoding, separator, date order, number convention), the
// figures that will be written and every row that will not, with its reason.
struct ImportPreview
{
    QString fileName;
    QByteArray sha256;
    QString profileName;
    QString profileReason;
    QStringList decisions;
    int rowsRead = 0;
    QList<ObservationDraft> drafts;
    QList<RejectedRow> rejected;
    QString error; // the file cannot be read at all

    bool ok() const { return error.isEmpty(); }
    QStringList metrics() const;
    QStringList months() const;
};

} // namespace stuurboord
