#pragma once

#include "RecordSource.h"
#include "XlsxReader.h"

namespace stuurboord {

// One sheet of an Excel workbook, row by row (the first worksheet unless one is chosen).
class XlsxRecordSource final : public RecordSource
{
public:
    bool open(const QString& path, const QString& sheet, QString* error);

    bool readNext(CsvRecord& record) override { return m_reader.readNext(record); }
    const QList<CsvComment>& comments() const override { return m_noComments; }
    bool hasError() const override { return m_reader.hasError(); }
    QString errorString() const override { return m_reader.errorString(); }
    QStringList decisions() const override;
    // A workbook stores numbers, not text: cells come out as 1234.5 whatever the locale.
    NumberConvention numberFallback() const override { return NumberConvention::English; }
    double progress() const override;
    QStringList sheetNames() const override { return m_reader.sheetNames(); }

private:
    XlsxReader m_reader;
    const QList<CsvComment> m_noComments{};
};

} // namespace stuurboord
