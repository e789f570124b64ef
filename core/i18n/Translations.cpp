#include "Translations.h"

#include "settings/Preferences.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace stuurboord {

namespace {
QString chosenLanguage()
{
    const QString requested = qEnvironmentVariable("STUURBOORD_LANGUAGE");
    if (requested == u"nl" || requested == u"en")
        return requested;
    // Edit → Preferences; read once at start, so a change applies after a restart.
    if (const QString chosen = Preferences::interfaceLanguage(); chosen != u"system")
        return chosen;
    return QLocale::system().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}
} // namespace

void Translations::install(QCoreApplication& app)
{
    const QString lang = language();
    // English needs its file too: it holds the plural forms ("1 figure", "2 figures").
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/stuurboord_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(own);
    if (lang == u"en") {
        // Without a configured locale (C/POSIX) show euros and dates the British way
        // rather than in the C locale's bare format.
        if (QLocale::system().language() == QLocale::C)
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        return;
    }
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

QString Translations::language()
{
    static const QString language = chosenLanguage();
    return language;
}

} // namespace stuurboord
