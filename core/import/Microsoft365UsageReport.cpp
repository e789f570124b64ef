#include "Microsoft365UsageReport.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>

namespace stuurboord {

namespace {
QString cell(QString text)
{
    // The reader strips the byte order mark; a file pasted together by hand may still carry
    // one on its header line.
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    return text.trimmed();
}
} // namespace

int Microsoft365UsageReport::findHeader(const QList<CsvRecord>& head, const QStringList& required)
{
    for (int i = 0; i < head.size() && i < 5; ++i) {
        const QStringList& header = head.at(i).fields;
        const bool all = std::all_of(required.cbegin(), required.cend(),
            [&header](const QString& name) { return column(header, name) >= 0; });
        if (all)
            return i;
    }
    return -1;
}

qsizetype Microsoft365UsageReport::column(const QStringList& header, const QString& name)
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (cell(header.at(i)) == name)
            return i;
    }
    return -1;
}

QList<Microsoft365UsageReport::Count> Microsoft365UsageReport::present(
    const QStringList& header, const QList<Count>& counts)
{
    QList<Count> found;
    for (Count count : counts) {
        count.index = column(header, count.column);
        if (count.index >= 0)
            found << count;
    }
    return found;
}

QDate Microsoft365UsageReport::date(const QStringList& fields, qsizetype index)
{
    return QDate::fromString(fields.value(index).trimmed(), Qt::ISODate);
}

bool Microsoft365UsageReport::readCounts(
    const QStringList& fields, const QList<Count>& counts, QList<double>* values, QString* reason)
{
    values->clear();
    for (const Count& count : counts) {
        const QString text = fields.value(count.index).trimmed();
        bool ok = text.isEmpty();
        const double value = ok ? 0.0 : text.toDouble(&ok);
        // toDouble() takes "nan" and "inf"; a count is neither, nor below zero.
        if (!ok || !std::isfinite(value) || value < 0) {
            *reason
                = QCoreApplication::translate("Import", "the %1 is not a number of zero or more")
                      .arg(count.column);
            return false;
        }
        *values << value;
    }
    return true;
}

} // namespace stuurboord
