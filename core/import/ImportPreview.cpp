#include "ImportPreview.h"

#include <QSet>

namespace stuurboord {

namespace {
template<typename Field>
QStringList distinctSorted(const QList<ObservationDraft>& drafts, Field field)
{
    QSet<QString> values;
    for (const ObservationDraft& draft : drafts)
        values.insert(draft.*field);
    QStringList sorted(values.cbegin(), values.cend());
    sorted.sort();
    return sorted;
}
} // namespace

QStringList ImportPreview::metrics() const
{
    return distinctSorted(drafts, &ObservationDraft::metricKey);
}

QStringList ImportPreview::months() const
{
    return distinctSorted(drafts, &ObservationDraft::month);
}

} // namespace stuurboord
