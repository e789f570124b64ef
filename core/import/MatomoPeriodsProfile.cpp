#include "MatomoPeriodsProfile.h"

#include <QCoreApplication>

namespace stuurboord {

QString MatomoPeriodsProfile::name() const
{
    return QStringLiteral("Matomo");
}

int MatomoPeriodsProfile::recognise(const ProfileInput& input, QString* reason) const
{
    QString shape;
    const int header = SpreadsheetProfile::recognise(input, &shape);
    if (header < 0 || !looksLikeMatomo(input.head.at(header).fields))
        return -1;
    if (reason)
        *reason = QCoreApplication::translate(
            "Import", "the header matches a Matomo visits summary (%1)")
                      .arg(shape);
    return header;
}

} // namespace stuurboord
