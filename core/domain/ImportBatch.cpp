#include "ImportBatch.h"

namespace stuurboord {

const Entity<ImportBatch>& ImportBatch::entity()
{
    static const Entity<ImportBatch> entity(
        TableSpec(QStringLiteral("import_batch"), QT_TRANSLATE_NOOP("Entity", "import"),
            QT_TRANSLATE_NOOP("Entity", "imports"), QStringLiteral("file_name"),
            QStringLiteral("imported_at DESC")),
        {
            bind(&ImportBatch::fileName,
                FieldSpec(QStringLiteral("file_name"), QT_TRANSLATE_NOOP("Field", "File"),
                    FieldKind::Text)
                    .required()),
            bind(&ImportBatch::sha256,
                FieldSpec(QStringLiteral("sha256"), QT_TRANSLATE_NOOP("Field", "SHA-256"),
                    FieldKind::Text)
                    .required()
                    .hidden()),
            bind(&ImportBatch::profileName,
                FieldSpec(QStringLiteral("profile_name"), QT_TRANSLATE_NOOP("Field", "Profile"),
                    FieldKind::Text)),
            bind(&ImportBatch::importedAt,
                FieldSpec(QStringLiteral("imported_at"), QT_TRANSLATE_NOOP("Field", "Imported at"),
                    FieldKind::DateTime)
                    .required()),
            bind(&ImportBatch::rowsRead,
                FieldSpec(QStringLiteral("rows_read"), QT_TRANSLATE_NOOP("Field", "Rows read"),
                    FieldKind::Integer)
                    .atLeast(0)),
            bind(&ImportBatch::rowsKept,
                FieldSpec(QStringLiteral("rows_kept"), QT_TRANSLATE_NOOP("Field", "Rows kept"),
                    FieldKind::Integer)
                    .atLeast(0)),
            bind(&ImportBatch::rowsRejected,
                FieldSpec(QStringLiteral("rows_rejected"),
                    QT_TRANSLATE_NOOP("Field", "Rows rejected"), FieldKind::Integer)
                    .atLeast(0)),
            bind(&ImportBatch::firstPeriod,
                FieldSpec(QStringLiteral("first_period"),
                    QT_TRANSLATE_NOOP("Field", "First period"), FieldKind::Month)),
            bind(&ImportBatch::lastPeriod,
                FieldSpec(QStringLiteral("last_period"), QT_TRANSLATE_NOOP("Field", "Last period"),
                    FieldKind::Month)),
        });
    return entity;
}

} // namespace stuurboord
