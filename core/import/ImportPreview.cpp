#include "ImportPreview.h"

#include <QSet>

namespace stuurboord {

QStringList ImportPreview::metrics() const
{
    QSet<QString> keys;
    for (const ObservationDraft& draft : drafts)
        keys.insert(draft.metricKey);
    QStringList sorted(keys.cbegin(), keys.cend());
    sorted.sort();
    return sorted;
}

QStringList ImportPreview::months() const
{
    QSet<QString> set;
    for (const ObservationDraft& draft : drafts)
        set.insert(draft.month);
    QStringList sorted(set.cbegin(), set.cend());
    sorted.sort();
    return sorted;
}

} // namespace stuurboord
