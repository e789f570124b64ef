#pragma once

#include "ColumnMapping.h"
#include "SourceProfile.h"
#include "SpreadsheetProfile.h"

#include <QHash>

namespace stuurboord {

// A profile the coordinator made with the import wizard. It recognises a file by the
// columns it maps, and reads it as the coordinator's own spreadsheet would be read once
// its columns are renamed to what they mean (period, dimension, metric keys), so the same
// date and number rules apply to both.
class MappedProfile final : public SourceProfile
{
public:
    explicit MappedProfile(ColumnMapping mapping);

    QString name() const override { return m_mapping.name; }
    int recognise(const ProfileInput& input, QString* reason) const override;
    bool begin(const ProfileInput& input, ImportSink& sink, QString* error) override;
    void take(const CsvRecord& record, ImportSink& sink) override;
    bool wantsSecondPass() const override { return m_inner.wantsSecondPass(); }

    const ColumnMapping& mapping() const { return m_mapping; }

private:
    class Named;
    CsvRecord rewrite(const CsvRecord& record) const;

    ColumnMapping m_mapping;
    SpreadsheetProfile m_inner;
    int m_periodIndex = -1;
    int m_dimensionIndex = -1;
    int m_notesIndex = -1;
    QList<int> m_metricIndexes;
    QString m_period; // the one period of the whole file, yyyy-MM
    QHash<QString, ColumnMapping::MetricColumn> m_columns; // by renamed column (#1, #2, …)
};

} // namespace stuurboord
