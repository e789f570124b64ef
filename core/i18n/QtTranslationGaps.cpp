#include "QtTranslationGaps.h"

#include <QCoreApplication>

namespace stuurboord {

QStringList QtTranslationGaps::fileTypeTexts()
{
    // Context, text and disambiguation exactly as Qt 6.4's QAbstractFileIconProvider::type()
    // asks for them (files are named by their MIME type's own translated comment).
    static const struct
    {
        const char* source;
        const char* comment;
    } texts[] = {
        QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Drive", nullptr),
        QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
        QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Unknown", nullptr),
    };
    QStringList translated;
    for (const auto& text : texts)
        translated << QCoreApplication::translate("QAbstractFileIconProvider", text.source, text.comment);
    return translated;
}

} // namespace stuurboord
