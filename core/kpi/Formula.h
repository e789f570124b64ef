#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace stuurboord {

// A KPI formula over metric keys and `headcount`, e.g.
// `unique_logged_in_users / headcount * 100`, evaluated with muparser.
class Formula final
{
public:
    struct Problem
    {
        int position = -1; // 0-based character position, -1 when not tied to one
        QString message;
    };

    static QString headcountVariable() { return QStringLiteral("headcount"); }

    // Checks the text against the metrics that exist; empty when the formula is usable.
    static std::optional<Problem> check(const QString& text, const QStringList& metricKeys);
    // The metric keys (and headcount) the formula uses, sorted.
    static QStringList variables(const QString& text);
    // The value for one period; no value (with the reason) when it cannot be computed,
    // e.g. a division by zero.
    static std::optional<double> evaluate(const QString& text, const QMap<QString, double>& values,
                                          QString* problem = nullptr);
};

} // namespace stuurboord
