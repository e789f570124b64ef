#pragma once

#include <QString>

class QCoreApplication;

namespace stuurboord {

// Loads the user's language (Dutch or English) for Stuurboord's own strings and Qt's
// standard dialogs. The language comes from STUURBOORD_LANGUAGE, else the preference (Edit →
// Preferences), else the system locale.
class Translations final
{
public:
    static void install(QCoreApplication& app);
    // "nl" or "en": what install() chose.
    static QString language();
};

} // namespace stuurboord
