#include "Clock.h"
#include "MainWindow.h"
#include "WorkspaceContext.h"
#include "WorkspaceView.h"
#include "demo/DemoWorkspace.h"
#include "dialogs/GuideDialog.h"
#include "dialogs/KpiEditor.h"
#include "dialogs/PreferencesDialog.h"
#include "domain/Kpi.h"
#include "storage/Workspace.h"
#include "i18n/QtTranslationGaps.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSet>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QRadioButton>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTimer>
#include <QTranslator>

using namespace stuurboord;

namespace {

// The letter Alt presses for a text ("&Open" → 'o'; "&&" is a literal ampersand).
QChar mnemonic(const QString& text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QString plain(QString text)
{
    return text.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(u'&').replace(u'\x01', u'&');
}

// What a screen reader says for the widget.
QString accessibleName(QWidget* widget)
{
    // A tab bar is announced by its current tab.
    if (auto* tabs = qobject_cast<QTabBar*>(widget); tabs && tabs->currentIndex() >= 0)
        return tabs->tabText(tabs->currentIndex());
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(widget);
    return face ? face->text(QAccessible::Name).trimmed() : QString();
}

bool reachableByTab(QWidget* widget, QWidget* scope)
{
    return widget->isVisibleTo(scope) && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
        && !widget->focusProxy();
}

QString describe(QWidget* widget)
{
    const QString name = accessibleName(widget);
    return QStringLiteral("%1%2").arg(QString::fromLatin1(widget->metaObject()->className()),
        name.isEmpty() ? QStringLiteral(" (") + widget->objectName() + u')' : QStringLiteral(" “") + name + u'”');
}

} // namespace

// Keyboard and screen-reader access in both languages: no two entries of a menu, and no
// two controls of a page or dialog, share an Alt letter; Tab reaches every control of each
// page and dialog, and each one it reaches has a name a screen reader can say.
class KeyboardAccessTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QList<QTranslator*> m_translators;
    QStringList m_problems;
    QString m_language;

    void useLanguage(const QString& language)
    {
        for (QTranslator* translator : std::as_const(m_translators)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        m_translators.clear();
        m_language = language;
        auto* own = new QTranslator;
        QVERIFY2(own->load(QStringLiteral("stuurboord_%1").arg(language), qEnvironmentVariable("STUURBOORD_QM_DIR")),
            "set STUURBOORD_QM_DIR to the folder of the compiled translations");
        QCoreApplication::installTranslator(own);
        m_translators << own;
        if (language == u"nl") {
            auto* qt = new QTranslator;
            QVERIFY(qt->load(QStringLiteral("qtbase_nl"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
            QCoreApplication::installTranslator(qt);
            m_translators << qt;
        }
    }

    void problem(const QString& where, const QString& what)
    {
        m_problems << QStringLiteral("[%1] %2: %3").arg(m_language, where, what);
    }

    void checkMenu(QMenu* menu, const QString& where)
    {
        QHash<QChar, QString> letters;
        for (QAction* action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QString entry = where + QStringLiteral(" › ") + plain(action->text());
            if (action->menu())
                checkMenu(action->menu(), entry);
            const QChar letter = mnemonic(action->text());
            if (letter.isNull()) {
                // Recent files and page names are generated; every fixed entry has a letter.
                if (!action->menu() && action->shortcut().isEmpty() && action->data().isNull()
                    && !action->text().contains(u'/'))
                    problem(where, QStringLiteral("“%1” has no Alt letter").arg(plain(action->text())));
                continue;
            }
            if (letters.contains(letter))
                problem(where, QStringLiteral("“%1” and “%2” share &%3").arg(letters.value(letter), plain(action->text()), letter));
            letters.insert(letter, plain(action->text()));
        }
    }

    // Alt letters of what is on screen in `scope`, with the menu bar's when it has one.
    void checkLetters(QWidget* scope, const QString& where, QMenuBar* menuBar)
    {
        QHash<QChar, QString> letters;
        auto add = [&](const QString& text) {
            const QChar letter = mnemonic(text);
            if (letter.isNull())
                return;
            if (letters.contains(letter))
                problem(where, QStringLiteral("“%1” and “%2” share &%3").arg(letters.value(letter), plain(text), letter));
            letters.insert(letter, plain(text));
        };
        if (menuBar) {
            for (QAction* action : menuBar->actions())
                add(action->text());
        }
        for (QWidget* widget : scope->findChildren<QWidget*>()) {
            if (!widget->isVisibleTo(scope))
                continue;
            if (auto* button = qobject_cast<QAbstractButton*>(widget))
                add(button->text());
            else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
                add(label->text());
            else if (auto* group = qobject_cast<QGroupBox*>(widget); group && group->isCheckable())
                add(group->title());
            else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
                for (int i = 0; i < tabs->count(); ++i)
                    add(tabs->tabText(i));
            }
        }
    }

    // Presses Tab from the first control until focus comes back, as a keyboard user would.
    void checkTabbing(QWidget* scope, const QString& where)
    {
        QList<QWidget*> expected;
        for (QWidget* widget : scope->findChildren<QWidget*>()) {
            if (!reachableByTab(widget, scope))
                continue;
            expected << widget;
            // Tab inside an editable text field must leave it, not type a tab character.
            auto* text = qobject_cast<QTextEdit*>(widget);
            if (text && !text->isReadOnly() && !text->tabChangesFocus())
                problem(where, QStringLiteral("Tab is typed into %1 instead of leaving it").arg(describe(widget)));
            auto* plainText = qobject_cast<QPlainTextEdit*>(widget);
            if (plainText && !plainText->isReadOnly() && !plainText->tabChangesFocus())
                problem(where, QStringLiteral("Tab is typed into %1 instead of leaving it").arg(describe(widget)));
            // In a table Tab walks the cells (the arrows do that too); for this walk it leaves.
            if (auto* view = qobject_cast<QAbstractItemView*>(widget))
                view->setTabKeyNavigation(false);
        }
        if (expected.isEmpty())
            return;
        expected.first()->setFocus(Qt::TabFocusReason);
        QSet<QWidget*> reached;
        QWidget* first = QApplication::focusWidget();
        QWidget* previous = nullptr;
        int inWidget = 0;
        // A text browser steps through its links before Tab leaves it; anything that keeps
        // the focus for 60 presses is a trap.
        for (int press = 0; press < 4 * expected.size() + 200; ++press) {
            QWidget* focus = QApplication::focusWidget();
            if (!focus || (focus == first && previous && previous != first))
                break;
            inWidget = focus == previous ? inWidget + 1 : 0;
            // With one control only, Tab rightly stays where it is.
            if (inWidget > 0 && expected.size() == 1)
                break;
            if (inWidget == 60) {
                problem(where, QStringLiteral("Tab never leaves %1").arg(describe(focus)));
                break;
            }
            if (!reached.contains(focus) && scope->isAncestorOf(focus) && accessibleName(focus).isEmpty())
                problem(where, QStringLiteral("%1 has no accessible name").arg(describe(focus)));
            reached.insert(focus);
            previous = focus;
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        for (QWidget* widget : std::as_const(expected)) {
            // Tab stops at the chosen radio button of a group; the arrow keys move within it.
            if (auto* radio = qobject_cast<QRadioButton*>(widget); radio && radio->autoExclusive()
                && !radio->isChecked())
                continue;
            if (!reached.contains(widget))
                problem(where, QStringLiteral("Tab never reaches %1").arg(describe(widget)));
        }
        qInfo().noquote() << QStringLiteral("[%1] %2: %3 controls, %4 Tab stops")
                                 .arg(m_language, where)
                                 .arg(expected.size())
                                 .arg(reached.size());
    }

    void checkDialog(QWidget* dialog, const QString& where)
    {
        // On a busy machine a dialog is shown before it is active and has its first focus;
        // a keyboard user starts from there, so the check does too.
        const bool focused = QTest::qWaitFor([dialog] {
            QWidget* focus = QApplication::focusWidget();
            return dialog->isActiveWindow() && focus && (focus == dialog || dialog->isAncestorOf(focus));
        }, 3000);
        if (!focused)
            problem(where, QStringLiteral("the dialog never takes the keyboard focus"));
        checkLetters(dialog, where, nullptr);
        // Qt's own file dialog (a desktop replaces it with its native one) is Qt's to make
        // accessible; its Alt letters are still checked.
        if (!qobject_cast<QFileDialog*>(dialog))
            checkTabbing(dialog, where);
    }

    // Triggers `open` and checks the modal dialog it shows, then closes it (and any dialog
    // that closing or the first one opens in turn).
    void checkModal(const QString& where, const std::function<void()>& open, int settleMs = 0)
    {
        bool seen = false;
        // The polling stops with `guard`, also when the action opened no dialog at all.
        QObject guard;
        std::function<void()> inspect;
        inspect = [&]() {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                QTimer::singleShot(20, &guard, inspect);
                return;
            }
            seen = true;
            // A dialog that reads a file first (the import preview) is checked as the
            // user meets it once reading is done.
            if (settleMs > 0)
                QTest::qWait(settleMs);
            checkDialog(dialog, where + QStringLiteral(" › ") + plain(dialog->windowTitle()));
            dialog->done(QDialog::Rejected);
        };
        QTimer::singleShot(20, &guard, inspect);
        open();
        if (!seen)
            QTest::qWait(100);
        for (int i = 0; i < 5 && QApplication::activeModalWidget(); ++i) {
            if (auto* more = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
                more->done(QDialog::Rejected);
            QTest::qWait(50);
        }
    }

    void checkPageButtons(QWidget* page, const QString& where)
    {
        for (auto* list : page->findChildren<QAbstractItemView*>()) {
            if (list->isVisible() && list->model() && list->model()->rowCount() > 0)
                list->setCurrentIndex(list->model()->index(0, 0));
        }
        QList<QPointer<QAbstractButton>> buttons;
        for (auto* button : page->findChildren<QAbstractButton*>())
            buttons << button;
        for (const QPointer<QAbstractButton>& button : std::as_const(buttons)) {
            // A page can rebuild its buttons after a dialog closed.
            if (!button || !button->isVisible() || !button->isEnabled())
                continue;
            const QString text = plain(button->text());
            if (!text.endsWith(u'…'))
                continue;
            checkModal(where + QStringLiteral(" › ") + text, [button] {
                if (button)
                    button->click();
            });
        }
    }

    void walkApplication()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(window.openWorkspace(m_demo));
        for (QAction* action : window.menuBar()->actions()) {
            if (action->menu())
                checkMenu(action->menu(), plain(action->text()));
        }
        WorkspaceView* view = window.workspaceView();
        for (int page = 0; page < view->pageCount(); ++page) {
            view->showPage(page);
            // Pages finish some work just after they are shown (the pack preview rebuilds
            // after 150 ms); on a busy machine that takes longer, so let it settle first.
            QTest::qWait(400);
            const QString where = view->pageTitle(page);
            checkLetters(view->currentPage(), where, window.menuBar());
            checkTabbing(&window, where);
        }
        // Every dialog a button on a page opens ("Add…", "Edit…", "Review…"), with the first
        // row of each list chosen so that buttons acting on a row are enabled.
        for (int page = 0; page < view->pageCount(); ++page) {
            view->showPage(page);
            QTest::qWait(200);
            QWidget* shown = view->currentPage();
            checkPageButtons(shown, view->pageTitle(page));
            // And on every tab of the page (a button may have led to another page).
            for (auto* tabs : shown->findChildren<QTabWidget*>()) {
                view->showPage(page);
                if (!tabs->isVisible())
                    continue;
                for (int tab = 0; tab < tabs->count(); ++tab) {
                    view->showPage(page);
                    tabs->setCurrentIndex(tab);
                    QTest::qWait(100);
                    checkPageButtons(tabs->currentWidget(),
                        view->pageTitle(page) + QStringLiteral(" › ") + plain(tabs->tabText(tab)));
                }
            }
        }
        // The KPI form, opened from the KPI list by double-click or Enter.
        {
            WorkspaceContext* context = window.findChild<WorkspaceContext*>();
            QVERIFY(context);
            const QList<Kpi> kpis = window.workspace()->repository<Kpi>().all();
            QVERIFY(!kpis.isEmpty());
            checkModal(QStringLiteral("KPI form"), [context, &window, kpi = kpis.first()] {
                KpiEditor::ask(*context, kpi, &window);
            });
        }
        // The import preview and the column mapping, on a real export.
        const QString csv = m_dir.filePath(QStringLiteral("Gebruik november.csv"));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Datum;Afdeling;Paginaweergaven;Actieve gebruikers\n"
                       "2026-11-02;Publiekszaken;1200;340\n2026-11-03;Publiekszaken;1310;352\n"
                       "2026-11-03;Sociaal domein;800;210\n");
        }
        checkModal(QStringLiteral("Import › column mapping"), [&window, csv] { window.importFile(csv, true); });
        checkModal(QStringLiteral("Import › preview"), [&window, csv] { window.importFile(csv); }, 1500);
        // Every dialog the menus open, with the demo open.
        for (QAction* top : window.menuBar()->actions()) {
            for (QAction* action : top->menu()->actions()) {
                const QString text = plain(action->text());
                const bool opensDialog = text.endsWith(u'…') || action->shortcut() == QKeySequence::HelpContents
                    || action->menuRole() == QAction::AboutRole;
                if (!opensDialog || !action->isEnabled() || action->menu())
                    continue;
                checkModal(plain(top->text()) + QStringLiteral(" › ") + text, [action] { action->trigger(); });
            }
        }
        window.closeWorkspace();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_demo = m_dir.filePath(QStringLiteral("Toegankelijk.stuurboord"));
        const Outcome written = DemoWorkspace::write(m_demo, QDate(2026, 10, 1));
        QVERIFY2(written, qPrintable(written.message()));
        Clock::setToday(QDate(2026, 11, 10));
    }

    void mnemonicLetters()
    {
        // The helper itself: a doubled ampersand is no Alt letter.
        QCOMPARE(mnemonic(QStringLiteral("Goals && KPIs")), QChar());
        QCOMPARE(mnemonic(QStringLiteral("Res&tore")), QChar(u't'));
        QCOMPARE(mnemonic(QStringLiteral("Backlog && &wishes")), QChar(u'w'));
    }

    void everyMenuPageAndDialog_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nl") << QStringLiteral("nl");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void everyMenuPageAndDialog()
    {
        QFETCH(QString, language);
        useLanguage(language);
        m_problems.clear();
        // Qt's file dialog names folders in Dutch too (a gap in Debian's qtbase_nl.qm).
        if (language == u"nl")
            QVERIFY(QtTranslationGaps::fileTypeTexts().contains(QStringLiteral("Map")));
        walkApplication();
        {
            PreferencesDialog preferences;
            preferences.show();
            QVERIFY(QTest::qWaitForWindowExposed(&preferences));
            checkDialog(&preferences, QStringLiteral("Preferences"));
        }
        {
            GuideDialog guide(QStringLiteral("guide"), QStringLiteral("Guide"));
            guide.show();
            QVERIFY(QTest::qWaitForWindowExposed(&guide));
            checkDialog(&guide, QStringLiteral("User guide"));
        }
        for (const QString& found : std::as_const(m_problems))
            qInfo().noquote() << found;
        QVERIFY2(m_problems.isEmpty(), qPrintable(QStringLiteral("%1 keyboard or screen-reader problems, listed above")
                                                      .arg(m_problems.size())));
    }
};

QTEST_MAIN(KeyboardAccessTest)
#include "KeyboardAccessTest.moc"
