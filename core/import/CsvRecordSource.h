#pragma once

#include "CsvReader.h"
#include "RecordSource.h"

#include <QFile>

namespace stuurboord {

// A CSV or TSV export read record by record (encoding and separator detected or chosen).
class CsvRecordSource final : public RecordSource
{
public:
    bool open(const QString& path, const CsvReadOptions& options, QString* error);

    bool readNext(CsvRecord& record) override { return m_reader.readNext(record); }
    const QList<CsvComment>& comments() const override { return m_reader.comments(); }
    bool hasError() const override { return m_reader.hasError(); }
    bool recordCut() const override { return m_reader.recordCut(); }
    QString errorString() const override { return m_reader.errorString(); }
    QStringList decisions() const override;
    NumberConvention numberFallback() const override;
    double progress() const override;

private:
    QFile m_file;
    CsvReader m_reader;
};

} // namespace stuurboord
