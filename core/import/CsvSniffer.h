#pragma once

#include <QString>

namespace stuurboord {

struct DelimiterGuess
{
    QChar delimiter = u',';
    QString reason; // "semicolons: 4 columns on all 12 lines looked at"
    qsizetype sepLineLength = 0; // characters of a leading `sep=;` line, line break included
};

// Finds the column separator of a delimited file from its first lines: the candidate
// (tab ; , |) that splits the lines into the same number of columns most consistently,
// outside quotes. Excel's `sep=;` first line wins over any guess.
class CsvSniffer final
{
public:
    // `complete` says the sample is the whole file; otherwise its last line may be cut off.
    static DelimiterGuess sniff(QStringView sample, bool complete, QChar commentChar = u'#');
    static QString delimiterName(QChar delimiter);
};

} // namespace stuurboord
