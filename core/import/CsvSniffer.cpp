#include "CsvSniffer.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace stuurboord {

namespace {

constexpr int kLinesToSample = 50;

// Ties go to the earlier candidate: tab and semicolon hardly occur inside values unless
// they are the separator, while a comma is also the Dutch decimal sign.
constexpr char16_t kCandidates[] = {u'\t', u';', u',', u'|'};

bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// Field counts of the first data lines when split by `delimiter`, outside quotes.
QList<int> fieldCounts(QStringView sample, QChar delimiter, bool complete, QChar commentChar)
{
    QList<int> counts;
    qsizetype i = 0;
    const qsizetype n = sample.size();
    while (i < n && counts.size() < kLinesToSample) {
        if (isLineEnd(sample[i])) {
            ++i;
            continue;
        }
        if (sample[i] == commentChar) {
            while (i < n && !isLineEnd(sample[i]))
                ++i;
            continue;
        }
        int fields = 1;
        bool quoted = false;
        bool onlyDelimiters = true;
        for (; i < n; ++i) {
            const QChar c = sample[i];
            if (c == u'"')
                quoted = !quoted; // a doubled quote flips twice: no harm
            else if (!quoted && c == delimiter)
                ++fields;
            else if (!quoted && isLineEnd(c))
                break;
            if (c != delimiter && !c.isSpace())
                onlyDelimiters = false;
        }
        // The last line of a partial sample may be cut off anywhere: leave it out.
        if (i >= n && !complete)
            break;
        if (!onlyDelimiters)
            counts << fields;
    }
    return counts;
}

} // namespace

QString CsvSniffer::delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u'\t':
        return QCoreApplication::translate("Import", "tabs");
    case u';':
        return QCoreApplication::translate("Import", "semicolons");
    case u',':
        return QCoreApplication::translate("Import", "commas");
    case u'|':
        return QCoreApplication::translate("Import", "vertical bars");
    }
    return QStringLiteral("'%1'").arg(delimiter);
}

DelimiterGuess CsvSniffer::sniff(QStringView sample, bool complete, QChar commentChar)
{
    DelimiterGuess guess;
    // Excel writes `sep=;` (sometimes quoted) as the first line to name the separator.
    qsizetype end = 0;
    while (end < sample.size() && !isLineEnd(sample[end]))
        ++end;
    QStringView first = sample.first(end).trimmed();
    if (first.size() >= 2 && first.front() == u'"' && first.back() == u'"')
        first = first.sliced(1, first.size() - 2);
    if (first.size() == 5 && first.first(4).compare(u"sep=", Qt::CaseInsensitive) == 0) {
        guess.delimiter = first[4];
        if (end < sample.size())
            end += (sample[end] == u'\r' && end + 1 < sample.size() && sample[end + 1] == u'\n')
                ? 2
                : 1;
        guess.sepLineLength = end;
        guess.reason
            = QCoreApplication::translate("Import", "%1: the file starts with the line sep=%2")
                  .arg(delimiterName(guess.delimiter), guess.delimiter);
        return guess;
    }

    double bestShare = -1;
    int bestColumns = 0;
    int bestMatching = 0;
    int bestLines = 0;
    for (char16_t candidate : kCandidates) {
        const QList<int> counts = fieldCounts(sample, QChar(candidate), complete, commentChar);
        // Lines of one field do not vote: titles between the tables of a report (Matomo's
        // scheduled reports) would otherwise outnumber the rows of any one table.
        QHash<int, int> frequency;
        for (int c : counts) {
            if (c >= 2)
                ++frequency[c];
        }
        int columns = 0;
        int matching = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() > matching || (it.value() == matching && it.key() > columns)) {
                columns = it.key();
                matching = it.value();
            }
        }
        if (columns < 2)
            continue;
        const double share = double(matching) / double(counts.size());
        if (share > bestShare) {
            bestShare = share;
            guess.delimiter = QChar(candidate);
            bestColumns = columns;
            bestMatching = matching;
            bestLines = int(counts.size());
        }
    }
    if (bestShare < 0 && !complete) {
        // Not one whole line in the part looked at (a very wide header): judge by the part
        // of the first line there is, rather than call the file one column.
        const QChar delimiter = sniff(sample, true, commentChar).delimiter;
        const int columns = fieldCounts(sample, delimiter, true, commentChar).value(0);
        if (columns > 1) {
            guess.delimiter = delimiter;
            guess.reason = QCoreApplication::translate("Import",
                "%1: the first line is too long to look at whole; its first part has %2 columns")
                               .arg(delimiterName(delimiter))
                               .arg(columns);
            return guess;
        }
    }
    if (bestShare < 0) {
        guess.reason
            = QCoreApplication::translate("Import", "no separator found: the file has one column");
    } else if (bestMatching == bestLines) {
        guess.reason
            = QCoreApplication::translate("Import", "%1: %2 columns on all %3 lines looked at")
                  .arg(delimiterName(guess.delimiter))
                  .arg(bestColumns)
                  .arg(bestLines);
    } else {
        guess.reason
            = QCoreApplication::translate("Import", "%1: %2 columns on %3 of %4 lines looked at")
                  .arg(delimiterName(guess.delimiter))
                  .arg(bestColumns)
                  .arg(bestMatching)
                  .arg(bestLines);
    }
    return guess;
}

} // namespace stuurboord
