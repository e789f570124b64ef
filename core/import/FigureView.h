#pragma once

#include "ObservationDraft.h"

namespace stuurboord {

// A figure as a profile has it at hand: its texts are the strings the profile keeps (its
// cached metric keys, months and dimensions), lent by reference for the length of one call.
// Handing it on copies no string: each copy of a QString changes its shared reference count,
// and six of those a figure, made and undone, took a quarter of the reading of a large file.
// A sink that keeps the figure makes an ObservationDraft of it.
struct FigureView
{
    const QString& metricKey;
    const QString& metricLabel;
    const QString& aggregation;
    const QString& month;
    QDate windowStart;
    QDate windowEnd;
    const QString& dimension;
    double value;
    int line;
    bool labelChosen;
    const QString& unit;

    static FigureView of(const ObservationDraft& draft)
    {
        return {draft.metricKey, draft.metricLabel, draft.aggregation, draft.month,
            draft.windowStart, draft.windowEnd, draft.dimension, draft.value, draft.line,
            draft.labelChosen, draft.unit};
    }
    ObservationDraft draft() const
    {
        return {metricKey, metricLabel, aggregation, month, windowStart, windowEnd, dimension,
            value, line, labelChosen, unit};
    }
};

} // namespace stuurboord
