#pragma once

#include <QDate>
#include <QtGlobal>

namespace stuurboord {

// One figure as it crosses from the thread that reads a file to the thread that writes it
// (SinkPipe): the six texts of an ObservationDraft as numbers into the pipe's list of texts.
// No string crosses with it, so the two threads never share a string's reference count (a
// draft's six strings cost twelve such shared updates a figure, a tenth of the reading of a
// large file), and the writer finds its metric, month and dimension by a number instead of
// hashing text.
struct CodedFigure
{
    quint32 metricKey = 0;
    quint32 metricLabel = 0;
    quint32 aggregation = 0;
    quint32 month = 0;
    quint32 dimension = 0;
    quint32 unit = 0;
    QDate windowStart;
    QDate windowEnd;
    double value = 0;
    int line = 0;
    bool labelChosen = false;
};

} // namespace stuurboord
