#include "OrganisationLogo.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace stuurboord {

QString OrganisationLogo::format(const QByteArray& bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("png");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QStringLiteral("jpeg");
    // An SVG may start with an XML declaration, a comment or a doctype before its root.
    const QByteArray head = bytes.left(4096);
    if (head.contains("<svg") && !head.contains('\0'))
        return QStringLiteral("svg");
    return {};
}

Outcome OrganisationLogo::read(const QString& path, QByteArray* bytes)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Outcome::failure(QCoreApplication::translate("OrganisationLogo", "%1 could not be opened: %2.").arg(name, file.errorString()));
    if (file.size() > maximumBytes)
        return Outcome::failure(QCoreApplication::translate("OrganisationLogo",
            "%1 is larger than 2 MB. Save the logo at the size it is shown (a few hundred pixels wide) and choose it again.")
                                    .arg(name));
    const QByteArray read = file.readAll();
    if (format(read).isEmpty())
        return Outcome::failure(QCoreApplication::translate("OrganisationLogo", "%1 is not a PNG, JPEG or SVG picture. Choose the logo as one of these.").arg(name));
    *bytes = read;
    return {};
}

} // namespace stuurboord
