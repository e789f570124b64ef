#include "Preferences.h"

#include "i18n/Translations.h"
#include "storage/Workspace.h"

#include <QSettings>

namespace stuurboord {

namespace {
const QString languageKey = QStringLiteral("interface/language");
const QString reportLanguageKey = QStringLiteral("reports/defaultLanguage");
const QString importFolderKey = QStringLiteral("import/folder");
// The key issue 13's automatic backup already reads; kept so existing settings still work.
const QString backupKey = QStringLiteral("backup/keepOnClose");
const QString themeKey = QStringLiteral("interface/themeFollowsSystem");
const QString seenVersionKey = QStringLiteral("help/lastSeenVersion");
} // namespace

QString Preferences::interfaceLanguage()
{
    const QString stored = QSettings().value(languageKey).toString();
    return stored == u"nl" || stored == u"en" ? stored : QStringLiteral("system");
}

void Preferences::setInterfaceLanguage(const QString& language)
{
    QSettings settings;
    if (language == u"nl" || language == u"en")
        settings.setValue(languageKey, language);
    else
        settings.remove(languageKey);
}

ReportLanguage Preferences::defaultReportLanguage()
{
    const QString stored = QSettings().value(reportLanguageKey).toString();
    const QString language = stored.isEmpty() ? Translations::language() : stored;
    return language == u"en" ? ReportLanguage::English : ReportLanguage::Dutch;
}

void Preferences::setDefaultReportLanguage(ReportLanguage language)
{
    QSettings().setValue(reportLanguageKey,
        language == ReportLanguage::English ? QStringLiteral("en") : QStringLiteral("nl"));
}

Outcome Preferences::applyToNewWorkspace(Workspace& workspace)
{
    auto profiles = workspace.repository<OrganisationProfile>();
    for (OrganisationProfile profile : profiles.all()) {
        profile.reportLanguage = defaultReportLanguage();
        if (Outcome updated = profiles.update(profile); !updated)
            return updated;
    }
    return Outcome();
}

QString Preferences::importFolder()
{
    return QSettings().value(importFolderKey).toString();
}

void Preferences::setImportFolder(const QString& folder)
{
    QSettings settings;
    if (folder.isEmpty())
        settings.remove(importFolderKey);
    else
        settings.setValue(importFolderKey, folder);
}

int Preferences::backupsToKeep()
{
    return qBound(0, QSettings().value(backupKey, 0).toInt(), maximumBackupsToKeep);
}

void Preferences::setBackupsToKeep(int count)
{
    QSettings().setValue(backupKey, qBound(0, count, maximumBackupsToKeep));
}

bool Preferences::themeFollowsSystem()
{
    return QSettings().value(themeKey, true).toBool();
}

void Preferences::setThemeFollowsSystem(bool follow)
{
    QSettings().setValue(themeKey, follow);
}

QString Preferences::lastSeenVersion()
{
    return QSettings().value(seenVersionKey).toString();
}

void Preferences::setLastSeenVersion(const QString& version)
{
    QSettings().setValue(seenVersionKey, version);
}

} // namespace stuurboord
