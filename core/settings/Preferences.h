#pragma once

#include "domain/OrganisationProfile.h"

#include "model/Outcome.h"

#include <QString>

namespace stuurboord {

class Workspace;

// The user's preferences (Edit → Preferences), kept in Stuurboord's QSettings file: they
// belong to the person and the computer, not to a workspace. Core reads them too: the
// interface language decides the translations loaded at start, the report language is
// what a new workspace's organisation profile starts with.
class Preferences final
{
public:
    // "system", "nl" or "en".
    static QString interfaceLanguage();
    static void setInterfaceLanguage(const QString& language);
    // The report language a new workspace starts with (the organisation profile keeps the
    // workspace's own); without a choice, the interface language.
    static ReportLanguage defaultReportLanguage();
    static void setDefaultReportLanguage(ReportLanguage language);
    // Gives a workspace being created (Workspace::create's fill) the default report language.
    static Outcome applyToNewWorkspace(Workspace& workspace);
    // The folder the import file dialog opens in; empty: the last folder used.
    static QString importFolder();
    static void setImportFolder(const QString& folder);
    // How many automatic backups to keep when a workspace is closed; 0: none are made.
    static int backupsToKeep();
    static void setBackupsToKeep(int count);
    // False: a light theme whatever the desktop uses.
    static bool themeFollowsSystem();
    static void setThemeFollowsSystem(bool follow);
    // The version whose "What's new" was last shown; empty before the first start.
    static QString lastSeenVersion();
    static void setLastSeenVersion(const QString& version);

    static constexpr int maximumBackupsToKeep = 100;
};

} // namespace stuurboord
