#pragma once

#include <QHash>
#include <QString>

namespace stuurboord {

// Turns a column header or metric name from an export ("Paginaweergaven", "Unique
// visitors", "Aangemaakte pagina's") into a stable metric key, preferring the keys the
// workspace already has so that next month's file lands on the same metrics.
class MetricKeys final
{
public:
    // known: metric display names and keys of the workspace, lower-cased, to their key.
    explicit MetricKeys(QHash<QString, QString> known = {});
    // A unit in brackets after the name is not part of it: "Ingevulde profielen (%)" is
    // profiles_completed, "Gem. sessieduur (min)" average_visit_seconds.
    QString keyFor(const QString& header) const;
    static QString slug(const QString& text);

    // What the unit in brackets after a name says: the metric's unit ("percentage",
    // "seconds"; empty when it names none) and the factor that turns the cells into it
    // (60 for minutes, stored as seconds).
    struct Unit
    {
        QString unit;
        double factor = 1;
    };
    static Unit unitOf(const QString& header);
    // Whether the metric counts distinct people (active users, unique visitors): a person
    // active on 20 days of a month is one active user of that month, so its days and
    // windows combine by their maximum, never by their sum.
    static bool countsPeople(const QString& key);
    // That rule in words, for the metric's definition and the preview.
    static QString peopleRule();

private:
    QHash<QString, QString> m_known;
};

} // namespace stuurboord
