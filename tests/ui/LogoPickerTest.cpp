#include "widgets/LogoPicker.h"
#include "widgets/ProblemLabel.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace stuurboord;

// The logo row of the organisation profile: a coordinator chooses the logo file, sees it,
// is told plainly when a file is no logo, and can take the logo away again.
class LogoPickerTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QPushButton* button(const LogoPicker& picker, const QString& text)
    {
        for (QPushButton* candidate : picker.findChildren<QPushButton*>()) {
            if (candidate->text() == text)
                return candidate;
        }
        return nullptr;
    }

private slots:
    void aChosenLogoIsShownAndKept()
    {
        QImage image(300, 100, QImage::Format_RGB32);
        image.fill(QColor(0x1f, 0x3a, 0x5f));
        const QString png = m_dir.filePath(QStringLiteral("logo.png"));
        QVERIFY(image.save(png));
        QFile file(png);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();

        LogoPicker picker({});
        picker.show();
        const auto* preview = picker.findChild<QLabel*>(QStringLiteral("logoPreview"));
        QVERIFY(preview);
        QVERIFY(preview->text().contains(QStringLiteral("No logo")));
        QPushButton* remove = button(picker, QStringLiteral("Remove"));
        QVERIFY(remove && !remove->isEnabled());

        QVERIFY(picker.choose(png));
        QCOMPARE(picker.logo(), bytes);
        QVERIFY(remove->isEnabled());
        // The preview shows the picture itself, at its own proportions.
        QCOMPARE(preview->pixmap().size(), QSize(144, 48));
        // Kept for review beside the pack pages.
        picker.grab().save(QCoreApplication::applicationDirPath() + QStringLiteral("/logo-picker.png"));

        // A file that is no picture leaves the chosen logo as it was and says why.
        const QString notes = m_dir.filePath(QStringLiteral("notities.png"));
        QFile text(notes);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("vergadering 26 november");
        text.close();
        QVERIFY(!picker.choose(notes));
        QCOMPARE(picker.logo(), bytes);
        const auto* problem = picker.findChild<ProblemLabel*>();
        QVERIFY(problem && problem->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("notities.png")));

        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(picker.logo().isEmpty());
        QVERIFY(!remove->isEnabled());
        QVERIFY(preview->text().contains(QStringLiteral("No logo")));
    }
};

QTEST_MAIN(LogoPickerTest)
#include "LogoPickerTest.moc"
