// The KPI formula parser: checking and evaluating what a coordinator types.
#include "kpi/Formula.h"

#include <QMap>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace stuurboord;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QStringList keys{QStringLiteral("page_views"), QStringLiteral("active_users")};
    if (Formula::check(text, keys))
        return 0;
    Formula::variables(text);
    const QMap<QString, double> values{{QStringLiteral("page_views"), 1200.0},
        {QStringLiteral("active_users"), 0.0}, {Formula::headcountVariable(), 850.0}};
    QString problem;
    Formula::evaluate(text, values, &problem);
    return 0;
}
