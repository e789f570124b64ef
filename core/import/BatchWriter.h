#pragma once

#include "model/Outcome.h"
#include "ObservationDraft.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace stuurboord {

class Workspace;

// Writes one import as one batch in one transaction: the batch record (file, SHA-256,
// profile, counts, periods) and its observations. Re-importing the same bytes is refused
// unless forced; figures for a metric, month and dimension that are already there are
// replaced, skipped or make the whole import stop, as the user chose. Failing or
// stopping leaves the workspace exactly as before.
class BatchWriter final
{
public:
    enum class Overlap
    {
        Ask,
        Replace,
        Skip
    };

    struct Request
    {
        QString fileName;
        QByteArray sha256; // hex
        QString profileName;
        int rowsRead = 0;
        QList<ObservationDraft> drafts;
        QList<RejectedRow> rejected;
        Overlap overlap = Overlap::Ask;
        bool force = false; // import even when these exact bytes were imported before
    };

    struct Result
    {
        Outcome outcome;
        qint64 batchId = 0;
        int written = 0;
        int replaced = 0;
        int skipped = 0;
        bool alreadyImported = false;
        QStringList overlaps; // "page_views 2026-03" when the user must choose
        QString firstMonth;
        QString lastMonth;
    };

    static Result write(Workspace& workspace, const Request& request);
    static QByteArray sha256Of(const QByteArray& bytes);
};

} // namespace stuurboord
