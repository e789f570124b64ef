#pragma once

#include <QStringList>

namespace stuurboord {

// Qt texts that Debian's qtbase_nl.qm (Qt 6.4) leaves in English because Qt renamed their
// context: the "Type" column of Qt's own file dialog ("Folder"). Listed here
// so lupdate puts them in stuurboord_nl.ts; Qt asks every installed translator, so ours
// answers where qtbase_nl has no entry.
class QtTranslationGaps final
{
public:
    // The texts in the installed language (the keyboard test checks they are Dutch).
    static QStringList fileTypeTexts();
};

} // namespace stuurboord
