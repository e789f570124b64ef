#include "WorkspaceContext.h"
#include "commands/EditRecordCommand.h"
#include "dialogs/ConflictDialog.h"
#include "dialogs/TeamWorkspaceDialog.h"
#include "TeamPasswords.h"
#include "domain/Stakeholder.h"
#include "storage/RecordStore.h"
#include "storage/TeamAddress.h"
#include "TestWorkspace.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace stuurboord;

// Editing a record someone else saved meanwhile (team workspaces, issue 15): the conflict
// dialog shows both changes and saves what is chosen; an undo that would overwrite another
// editor's save refuses and says so; the Open Team Workspace dialog never keeps a password
// in the settings. Two connections to one workspace file stand in for two editors: the
// version check is the same SQL on both engines (TeamWorkspaceTest runs it on PostgreSQL).
class TeamEditingTest final : public QObject
{
    Q_OBJECT

    struct Editors
    {
        TestWorkspace workspace;
        QUndoStack undo;
        WorkspaceContext context{*workspace, undo};
        QSqlDatabase otherConnection;
        std::unique_ptr<RecordStore> other;
        qint64 id = 0;

        Editors()
        {
            Stakeholder anna;
            anna.name = QStringLiteral("Anna de Vries");
            anna.role = QStringLiteral("Gemeentesecretaris");
            anna.category = StakeholderCategory::Sponsor;
            anna.influence = 5;
            anna.interest = 4;
            workspace->repository<Stakeholder>().add(anna);
            id = anna.id;
            otherConnection = QSqlDatabase::cloneDatabase(workspace->database(), QStringLiteral("other-editor"));
            otherConnection.open();
            other = std::make_unique<RecordStore>(otherConnection);
        }
        ~Editors()
        {
            other.reset();
            otherConnection.close();
            otherConnection = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("other-editor"));
        }
        // The other editor changes one field and saves.
        void otherSaves(const QString& column, const QVariant& value)
        {
            const TableSpec& spec = Stakeholder::entity().spec();
            Record record = *other->get(spec, id);
            record.values[spec.indexOf(column)] = value;
            QVERIFY(other->update(spec, record));
        }
        Stakeholder stored() { return *workspace->repository<Stakeholder>().get(id); }
    };

    static ConflictDialog* openConflictDialog()
    {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<ConflictDialog*>(widget); dialog && dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    // Both changed the influence, only the other editor the role, only I the interest: the
    // dialog marks the clash, suggests keeping each one's own change, and after choosing
    // theirs for the clash the saved record holds all three. Undo takes back my save only.
    void theConflictDialogMergesFieldByField()
    {
        Editors editors;
        const TableSpec& spec = Stakeholder::entity().spec();
        const Record opened = *editors.context.records().get(spec, editors.id);
        editors.otherSaves(QStringLiteral("role"), QStringLiteral("Directeur bedrijfsvoering"));
        editors.otherSaves(QStringLiteral("influence"), 4);
        Record mine = opened;
        mine.values[spec.indexOf(QStringLiteral("influence"))] = 3;
        mine.values[spec.indexOf(QStringLiteral("interest"))] = 5;

        QStringList shown;
        bool sawDialog = false;
        QTimer::singleShot(0, this, [&] {
            ConflictDialog* dialog = openConflictDialog();
            QVERIFY(dialog);
            sawDialog = true;
            if (qEnvironmentVariableIsSet("STUURBOORD_SHOTS")) // to look at it: a PNG of the dialog
                dialog->grab().save(qEnvironmentVariable("STUURBOORD_SHOTS") + QStringLiteral("/conflict.png"));
            for (QLabel* label : dialog->findChildren<QLabel*>())
                shown << label->text();
            QVERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("theirs_role"))->isChecked());
            QVERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("mine_influence"))->isChecked());
            QVERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("mine_interest"))->isChecked());
            QVERIFY(!dialog->findChild<QRadioButton*>(QStringLiteral("mine_name")));
            dialog->findChild<QRadioButton*>(QStringLiteral("theirs_influence"))->click();
            QTest::keyClick(dialog, Qt::Key_Return); // the default button saves as chosen
        });
        QVERIFY(ConflictDialog::saveEdit(editors.context, spec, opened, mine, nullptr));
        QVERIFY(sawDialog);
        QVERIFY2(shown.contains(QStringLiteral("Influence (1-5) (both changed)")), qPrintable(shown.join(u'|')));
        QVERIFY(shown.contains(QStringLiteral("Directeur bedrijfsvoering")));
        QVERIFY(shown.contains(QStringLiteral("Gemeentesecretaris")));
        QVERIFY(std::any_of(shown.cbegin(), shown.cend(), [](const QString& text) {
            return text.contains(QStringLiteral("saved this stakeholder at")) && text.contains(QStringLiteral("after you opened it"));
        }));

        Stakeholder stored = editors.stored();
        QCOMPARE(stored.role, QStringLiteral("Directeur bedrijfsvoering"));
        QCOMPARE(stored.influence, 4);
        QCOMPARE(stored.interest, 5);
        QCOMPARE(editors.undo.count(), 1);
        editors.undo.undo(); // back to what the other editor saved, not to what I opened
        stored = editors.stored();
        QCOMPARE(stored.role, QStringLiteral("Directeur bedrijfsvoering"));
        QCOMPARE(stored.interest, 4);
        editors.undo.redo();
        QCOMPARE(editors.stored().interest, 5);
    }

    // Cancelling the dialog writes nothing of mine; the other editor's save stays.
    void cancellingKeepsTheirsAndWritesNothing()
    {
        Editors editors;
        const TableSpec& spec = Stakeholder::entity().spec();
        const Record opened = *editors.context.records().get(spec, editors.id);
        editors.otherSaves(QStringLiteral("interest"), 2);
        Record mine = opened;
        mine.values[spec.indexOf(QStringLiteral("interest"))] = 5;
        QTimer::singleShot(0, this, [] {
            ConflictDialog* dialog = openConflictDialog();
            QVERIFY(dialog);
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        QVERIFY(!ConflictDialog::saveEdit(editors.context, spec, opened, mine, nullptr));
        QCOMPARE(editors.stored().interest, 2);
        QCOMPARE(editors.undo.count(), 0);
    }

    // Undo after the other editor saved the same record: refused with who saved, their
    // change kept, and the step leaves the undo stack instead of failing again later.
    void anUndoNeverOverwritesAnotherEditorsSave()
    {
        Editors editors;
        const TableSpec& spec = Stakeholder::entity().spec();
        const Record before = *editors.context.records().get(spec, editors.id);
        Record after = before;
        after.values[spec.indexOf(QStringLiteral("interest"))] = 1;
        editors.undo.push(new EditRecordCommand(editors.context, spec, before, after));
        QCOMPARE(editors.stored().interest, 1);
        const QByteArray user = qgetenv("USER");
        qputenv("USER", "bram");
        editors.otherSaves(QStringLiteral("role"), QStringLiteral("Wethouder"));
        qputenv("USER", user);
        QSignalSpy problems(&editors.context, &WorkspaceContext::problem);
        editors.undo.undo();
        QCOMPARE(problems.count(), 1);
        const QString told = problems.first().first().toString();
        QVERIFY2(told.startsWith(QStringLiteral("Edit stakeholder “Anna de Vries”: not undone or redone, because someone else changed the same record since. bram saved this stakeholder at ")),
            qPrintable(told));
        QVERIFY2(told.endsWith(QStringLiteral("Their change stays.")), qPrintable(told));
        QCOMPARE(editors.stored().role, QStringLiteral("Wethouder"));
        QCOMPARE(editors.stored().interest, 1);
        QCOMPARE(editors.undo.count(), 0);
    }

    // The dialog composes the address from its fields, offers the last one again, and keeps
    // no password in the settings file, whatever the keyring does.
    void theTeamDialogKeepsNoPasswordInTheSettings()
    {
        QSettings().remove(QStringLiteral("team/lastAddress"));
        {
            TeamWorkspaceDialog dialog;
            auto* open = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Open);
            dialog.findChild<QLineEdit*>(QStringLiteral("host"))->setText(QStringLiteral("db.gemeente-noord.nl"));
            QVERIFY(!open->isEnabled());
            dialog.findChild<QSpinBox*>(QStringLiteral("port"))->setValue(5433);
            dialog.findChild<QLineEdit*>(QStringLiteral("database"))->setText(QStringLiteral("intranet_team"));
            dialog.findChild<QLineEdit*>(QStringLiteral("user"))->setText(QStringLiteral("ilse"));
            QVERIFY(open->isEnabled());
            dialog.findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("geheim:@/wachtwoord"));
            QCOMPARE(dialog.address(), QStringLiteral("postgresql://ilse@db.gemeente-noord.nl:5433/intranet_team"));
            const QString connection = dialog.connectionAddress();
            QVERIFY(!TeamAddress::parse(connection).display().contains(QStringLiteral("geheim")));
            QCOMPARE(TeamAddress::parse(connection).password(), QStringLiteral("geheim:@/wachtwoord"));
            if (qEnvironmentVariableIsSet("STUURBOORD_SHOTS"))
                dialog.grab().save(qEnvironmentVariable("STUURBOORD_SHOTS") + QStringLiteral("/team-dialog.png"));
            dialog.remember();
        }
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("intranet_team"));
        QVERIFY(!written.contains("geheim"));
        TeamWorkspaceDialog again;
        QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("host"))->text(), QStringLiteral("db.gemeente-noord.nl"));
        QCOMPARE(again.findChild<QSpinBox*>(QStringLiteral("port"))->value(), 5433);
        QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("user"))->text(), QStringLiteral("ilse"));
        QVERIFY(again.findChild<QLineEdit*>(QStringLiteral("password"))->text().isEmpty());
    }

    // With a keyring (a Secret Service on the session bus), a kept password comes back for
    // the same address and goes when forgotten; without one this says why and skips.
    void aKeptPasswordComesBackFromTheKeyring()
    {
        const QString address = QStringLiteral("postgresql://ilse@db.gemeente-noord.nl:5433/sleutelbos_test");
        QString problem;
        QElapsedTimer asked;
        asked.start();
        if (!TeamPasswords::write(address, QStringLiteral("geheim:@/wachtwoord"), &problem)) {
            QVERIFY2(!problem.isEmpty(), "a keyring that fails says why");
            QVERIFY2(asked.elapsed() < 6000, "no keyring is found out within seconds");
            QSKIP(qPrintable(QStringLiteral("no keyring on this machine: ") + problem));
        }
        QCOMPARE(TeamPasswords::read(address), QStringLiteral("geheim:@/wachtwoord"));
        QCOMPARE(TeamAddress::parse(TeamPasswords::withKeptPassword(address)).password(),
            QStringLiteral("geheim:@/wachtwoord"));
        QVERIFY(TeamPasswords::read(QStringLiteral("postgresql://joost@db.gemeente-noord.nl:5433/sleutelbos_test")).isEmpty());
        QVERIFY(TeamPasswords::forget(address));
        QVERIFY(TeamPasswords::read(address).isEmpty());
        QCOMPARE(TeamPasswords::withKeptPassword(address), address);
    }
};

QTEST_MAIN(TeamEditingTest)
#include "TeamEditingTest.moc"
