#pragma once

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace stuurboord {

class Period;

// The figures KPI formulas are computed from, loaded once: every metric's organisation
// total per month (several windows in a month combined by the metric's own rule) and
// the headcount series.
class KpiInputs final
{
public:
    explicit KpiInputs(QSqlDatabase db);

    QStringList metricKeys() const { return m_keys; }
    // The metric's value over the period, or nothing (with the missing month) when any
    // month of the period has no data.
    std::optional<double> metric(const QString& key, const Period& period, QString* missing = nullptr) const;
    // Employees in the period's last month: the latest headcount entered at or before it,
    // so a percentage keeps the denominator of its own time.
    std::optional<double> headcount(const Period& period) const;
    QString firstMonth() const;
    // The metric's organisation total per month (yyyy-MM), for trends and sparklines.
    QMap<QString, double> months(const QString& key) const { return m_months.value(key); }
    // The metric's display name (the user's rename, else the standard name), so no
    // message shows a raw key such as nb_visits_converted.
    QString name(const QString& key) const;

private:
    QStringList m_keys;
    QMap<QString, int> m_rules; // key -> Aggregation
    QMap<QString, QString> m_names; // key -> display name
    QMap<QString, QMap<QString, double>> m_months; // key -> month -> value
    QMap<QString, int> m_headcount;
};

} // namespace stuurboord
