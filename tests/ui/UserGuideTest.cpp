#include "HelpActions.h"
#include "MainWindow.h"
#include "WelcomePage.h"
#include "dialogs/GuideDialog.h"
#include "i18n/ApplicationInfo.h"
#include "settings/Preferences.h"

#include <QCommandLinkButton>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace stuurboord;

// Help → User Guide, Help → What's New and the welcome page's link to the guide: the
// bundled pages exist in both languages and hold the four topics the guide promises.
class UserGuideTest final : public QObject
{
    Q_OBJECT

private:
    // Runs `open`, which shows a GuideDialog modally, and returns the text it showed.
    static QString shownGuide(const std::function<void()>& open)
    {
        QString text;
        QTimer::singleShot(0, [&text] {
            auto* dialog = qobject_cast<GuideDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            text = dialog->browser()->toPlainText();
            dialog->done(QDialog::Rejected);
        });
        open();
        return text;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void theGuideCoversItsFourTopicsInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("topics");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("goals → KPIs → measurement moments → evaluation"),
                                   QStringLiteral("The monthly import"), QStringLiteral("Preparing a stakeholder meeting"),
                                   QStringLiteral("Moving to a new laptop"), QStringLiteral("File › Back Up…")};
        QTest::newRow("nl") << QStringLiteral("nl")
                            << QStringList{QStringLiteral("doelstellingen → KPI's → meetmomenten → evaluatie"),
                                   QStringLiteral("De maandelijkse import"),
                                   QStringLiteral("Een stakeholderoverleg voorbereiden"),
                                   QStringLiteral("Naar een nieuwe laptop"), QStringLiteral("Bestand › Back-up maken…")};
    }

    void theGuideCoversItsFourTopicsInBothLanguages()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, topics);
        for (const QString& page : {QStringLiteral("guide"), QStringLiteral("whatsnew")}) {
            QFile file(QStringLiteral(":/guide/%1/%2.html").arg(language, page));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        }
        QTextBrowser browser;
        browser.setSource(QUrl(QStringLiteral("qrc:/guide/%1/guide.html").arg(language)));
        const QString text = browser.toPlainText();
        for (const QString& topic : std::as_const(topics))
            QVERIFY2(text.contains(topic), qPrintable(topic));
        // The table of contents leads to each section within the dialog.
        browser.setSource(QUrl(QStringLiteral("qrc:/guide/%1/guide.html#laptop").arg(language)));
        QVERIFY(browser.source().fragment() == u"laptop");
    }

    void helpMenuAndWelcomePageOpenTheGuide()
    {
        MainWindow window;
        const QString viaMenu = shownGuide([&window] { window.help()->showGuide(); });
        QVERIFY(viaMenu.contains(QStringLiteral("Moving to a new laptop")));
        QCommandLinkButton* link = nullptr;
        for (QCommandLinkButton* button : window.findChild<WelcomePage*>()->findChildren<QCommandLinkButton*>()) {
            if (button->text() == u"Read the user guide")
                link = button;
        }
        QVERIFY(link);
        const QString viaWelcome = shownGuide([link] { link->click(); });
        QCOMPARE(viaWelcome, viaMenu);
    }

    void whatsNewShowsOnceAfterAnUpdate()
    {
        MainWindow window;
        // A first installation: nothing shown, the version recorded.
        QSettings().clear();
        QVERIFY(!window.help()->showWhatsNewIfUpdated());
        QCOMPARE(Preferences::lastSeenVersion(), ApplicationInfo::version());
        // After an update from 0.1.0: shown once, then not again.
        Preferences::setLastSeenVersion(QStringLiteral("0.1.0"));
        bool shown = false;
        const QString text = shownGuide([&window, &shown] { shown = window.help()->showWhatsNewIfUpdated(); });
        QVERIFY(shown);
        QVERIFY(text.contains(QStringLiteral("What's new in Stuurboord")));
        QVERIFY(!window.help()->showWhatsNewIfUpdated());
        // 0.1.0 recorded nothing but kept the window's size: that counts as an update too.
        QSettings().clear();
        QSettings().setValue(QStringLiteral("window/geometry"), QByteArray("x"));
        const QString again = shownGuide([&window, &shown] { shown = window.help()->showWhatsNewIfUpdated(); });
        QVERIFY(shown);
        QCOMPARE(again, text);
    }
};

QTEST_MAIN(UserGuideTest)
#include "UserGuideTest.moc"
