#include "MainWindow.h"
#include "WorkspaceView.h"
#include "demo/DemoWorkspace.h"
#include "domain/Meeting.h"
#include "domain/MeetingSeries.h"
#include "domain/Stakeholder.h"
#include "governance/MeetingRecorder.h"
#include "governance/StakeholderQuadrant.h"
#include "pages/MeetingDetail.h"
#include "pages/MeetingsPanel.h"
#include "pages/StakeholderRegisterPanel.h"
#include "pages/StakeholdersPage.h"
#include "storage/Workspace.h"
#include "widgets/Confirmation.h"
#include "widgets/RecordTableView.h"
#include "widgets/StakeholderGrid.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace stuurboord;

// The Stakeholders page on the demo workspace, used the way a coordinator would.
class StakeholdersPageTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<MainWindow> m_window;

    StakeholdersPage* page()
    {
        m_window->workspaceView()->showPage(4);
        return qobject_cast<StakeholdersPage*>(m_window->workspaceView()->currentPage());
    }

    Workspace& workspace() { return *m_window->workspace(); }

    Stakeholder named(const QString& name)
    {
        return workspace().repository<Stakeholder>().where(QStringLiteral("name"), name).first();
    }

    void shoot(const QString& name)
    {
        if (const QString shots = qEnvironmentVariable("STUURBOORD_SHOTS"); !shots.isEmpty())
            m_window->grab().save(shots + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    // The most recent meeting that has taken place.
    Meeting lastHeldMeeting()
    {
        Meeting last;
        for (const Meeting& meeting : workspace().repository<Meeting>().all()) {
            if (meeting.date <= QDate::currentDate() && meeting.date > last.date)
                last = meeting;
        }
        return last;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_demo = m_dir.filePath(QStringLiteral("demo.stuurboord"));
        QVERIFY(DemoWorkspace::write(m_demo, QDate::currentDate().addMonths(-1)));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(m_window->openWorkspace(m_demo));
    }

    void cleanup()
    {
        m_window.reset();
        Confirmation::setNextAnswer(std::nullopt);
    }

    void gridPlacesEveryoneInTheirQuadrant()
    {
        StakeholderRegisterPanel* panel = page()->registerPanel();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        StakeholderGrid* grid = panel->grid();
        const QList<Stakeholder> all = workspace().repository<Stakeholder>().all();
        QCOMPARE(all.size(), 10);
        QList<QRect> drawn;
        for (const Stakeholder& stakeholder : all) {
            const QRect rect = grid->nameRect(stakeholder.id);
            QVERIFY2(!rect.isEmpty(), qPrintable(stakeholder.name));
            QCOMPARE(grid->quadrantAt(rect.center()),
                int(StakeholderQuadrant::of(stakeholder.influence, stakeholder.interest)));
            for (const QRect& other : std::as_const(drawn))
                QVERIFY2(!other.intersects(rect), qPrintable(stakeholder.name)); // readable, never overlapping
            drawn << rect;
        }
        QCOMPARE(grid->quadrantAt(grid->nameRect(named(QStringLiteral("Marieke van den Berg")).id).center()),
            int(StakeholderQuadrant::ManageClosely));
        QCOMPARE(grid->quadrantAt(grid->nameRect(named(QStringLiteral("Gerrit Mulder")).id).center()),
            int(StakeholderQuadrant::Monitor));
        QVERIFY(grid->accessibleDescription().contains(QStringLiteral("Manage closely: 1.")));

        // The lapsed supplier is named in the warnings and flagged in the register.
        QVERIFY(panel->warnings()->isVisible());
        QVERIFY(panel->warnings()->text().contains(QStringLiteral("Petra Jansen")));
        shoot(QStringLiteral("stakeholders-grid"));

        // Clicking a quadrant filters the register to it.
        QTest::mouseClick(grid, Qt::LeftButton, {}, QPoint(grid->width() - 30, grid->height() - 60));
        QCOMPARE(panel->quadrantFilter()->currentData().toInt(), int(StakeholderQuadrant::KeepInformed));
        int informed = 0;
        for (const Stakeholder& stakeholder : all)
            informed += StakeholderQuadrant::of(stakeholder.influence, stakeholder.interest) == StakeholderQuadrant::KeepInformed;
        QCOMPARE(panel->register_()->table()->model()->rowCount(), informed);
        panel->categoryFilter()->setCurrentIndex(panel->categoryFilter()->findData(QStringLiteral("key_user")));
        QCOMPARE(panel->register_()->table()->model()->rowCount(), 2);
    }

    void meetingShowsAttendeesDecisionsAndActions()
    {
        MeetingsPanel* meetings = page()->meetings();
        page()->tabs()->setCurrentWidget(meetings);
        const Meeting held = lastHeldMeeting();
        meetings->meetings()->selectId(held.id);
        MeetingDetail* detail = meetings->detail();
        QCOMPARE(detail->meetingId(), held.id);
        int ticked = 0;
        for (int row = 0; row < detail->attendees()->count(); ++row)
            ticked += detail->attendees()->item(row)->checkState() == Qt::Checked;
        QCOMPARE(ticked, MeetingRecorder(workspace().records()).attendees(held.id).size());
        QVERIFY(ticked >= 6);
        QVERIFY(detail->decisions()->table()->model()->rowCount() >= 1);
        QCOMPARE(detail->actions()->table()->model()->rowCount(), 3);
        QVERIFY(detail->tabs()->tabText(2).contains(QStringLiteral("(3)")));
        QVERIFY(meetings->schedule()->text().contains(QStringLiteral("Next dates from the cadence")));
        shoot(QStringLiteral("meeting"));

        // Ticking someone who was not there records them, and moves their last contact.
        const Stakeholder supplier = named(QStringLiteral("Petra Jansen"));
        QListWidgetItem* item = nullptr;
        for (int row = 0; row < detail->attendees()->count(); ++row) {
            if (detail->attendees()->item(row)->data(Qt::UserRole).toLongLong() == supplier.id)
                item = detail->attendees()->item(row);
        }
        QVERIFY(item);
        item->setCheckState(Qt::Checked);
        QUndoStack* undo = m_window->undoStack();
        QCOMPARE(undo->undoText(), QStringLiteral("Change attendees of “%1”").arg(held.title));
        QCOMPARE(named(QStringLiteral("Petra Jansen")).lastContact, held.date);
        undo->undo();
        QCOMPARE(named(QStringLiteral("Petra Jansen")).lastContact, supplier.lastContact);
        QVERIFY(!MeetingRecorder(workspace().records()).attendees(held.id).contains(supplier.id));
        undo->redo();
        QVERIFY(MeetingRecorder(workspace().records()).attendees(held.id).contains(supplier.id));
    }

    void planningTheNextMeetingProposesItsAgenda()
    {
        MeetingsPanel* meetings = page()->meetings();
        const int before = workspace().repository<Meeting>().count();
        meetings->planNextMeeting();
        QCOMPARE(workspace().repository<Meeting>().count(), before + 1);
        const Meeting planned = workspace().repository<Meeting>().get(meetings->detail()->meetingId()).value();
        QVERIFY(planned.date > QDate::currentDate());
        QVERIFY(planned.agenda.startsWith(QStringLiteral("1. Minutes and action items of the previous meeting")));
        QVERIFY(planned.agenda.contains(QStringLiteral("Any other business")));
        QCOMPARE(MeetingRecorder(workspace().records()).attendees(planned.id).size(), 7);
        QVERIFY(m_window->undoStack()->undoText().startsWith(QStringLiteral("Plan meeting")));
        m_window->undoStack()->undo();
        QCOMPARE(workspace().repository<Meeting>().count(), before);
        m_window->undoStack()->redo();
        QCOMPARE(workspace().repository<Meeting>().count(), before + 1);
        QCOMPARE(MeetingRecorder(workspace().records()).attendees(planned.id).size(), 7);
    }

    void deletingTheSponsorSaysWhatChangesFirst()
    {
        RecordTableView* register_ = page()->registerPanel()->register_();
        const Stakeholder sponsor = named(QStringLiteral("Marieke van den Berg"));
        register_->selectId(sponsor.id);
        Confirmation::setNextAnswer(false);
        register_->deleteCurrent();
        QVERIFY(Confirmation::lastText().contains(QStringLiteral("Meeting series “Stuurgroep intranet” will no longer have a chair.")));
        QVERIFY(workspace().repository<Stakeholder>().get(sponsor.id));

        Confirmation::setNextAnswer(true);
        register_->deleteCurrent();
        QVERIFY(!workspace().repository<Stakeholder>().get(sponsor.id));
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Delete stakeholder “Marieke van den Berg”"));
        QCOMPARE(workspace().repository<MeetingSeries>().all().first().chairId, 0);
        m_window->undoStack()->undo();
        QVERIFY(workspace().repository<Stakeholder>().get(sponsor.id));
        QCOMPARE(workspace().repository<MeetingSeries>().all().first().chairId, sponsor.id);
    }
};

QTEST_MAIN(StakeholdersPageTest)
#include "StakeholdersPageTest.moc"
