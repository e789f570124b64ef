#include "TextEncoding.h"

namespace stuurboord {

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

std::optional<TextEncoding> encodingFromName(QStringView name)
{
    QString key = name.trimmed().toString().toLower();
    key.remove(u'-');
    key.remove(u'_');
    if (key == u"utf8")
        return TextEncoding::Utf8;
    if (key == u"utf16le" || key == u"utf16")
        return TextEncoding::Utf16LE;
    if (key == u"utf16be")
        return TextEncoding::Utf16BE;
    if (key == u"windows1252" || key == u"cp1252" || key == u"latin1" || key == u"iso88591"
        || key == u"ansi")
        return TextEncoding::Windows1252;
    return std::nullopt;
}

} // namespace stuurboord
