#include "ImportSink.h"

namespace stuurboord {

void ImportSink::codedFigures(const std::vector<CodedFigure>& figures, const QList<QString>& texts)
{
    for (const CodedFigure& coded : figures) {
        figure(ObservationDraft{texts.at(coded.metricKey), texts.at(coded.metricLabel),
            texts.at(coded.aggregation), texts.at(coded.month), coded.windowStart,
            coded.windowEnd, texts.at(coded.dimension), coded.value, coded.line,
            coded.labelChosen, texts.at(coded.unit)});
    }
}

} // namespace stuurboord
