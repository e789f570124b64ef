#include "report/OrganisationLogo.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace stuurboord;

// Choosing a logo file for the organisation profile: PNG, JPEG and SVG files are taken as
// they are; anything else, or a file far too large for a logo, is refused with a reason.
class OrganisationLogoTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private slots:
    void picturesAreTaken_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("format");
        // A real 1x1 PNG and the start of a real JPEG (JFIF) file.
        QTest::newRow("png") << QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
                             << QStringLiteral("png");
        QTest::newRow("jpeg") << QByteArray("\xff\xd8\xff\xe0\x00\x10JFIF\x00", 11) << QStringLiteral("jpeg");
        QTest::newRow("svg") << QByteArray("<?xml version=\"1.0\"?>\n<!-- ours -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"10\"/>")
                             << QStringLiteral("svg");
    }

    void picturesAreTaken()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, format);
        const QString path = write(QStringLiteral("logo.") + format, bytes);
        QByteArray read;
        const Outcome outcome = OrganisationLogo::read(path, &read);
        QVERIFY2(outcome, qPrintable(outcome.message()));
        QCOMPARE(read, bytes);
        QCOMPARE(OrganisationLogo::format(read), format);
    }

    void otherFilesAreRefusedWithAReason()
    {
        QByteArray read("kept");
        // A spreadsheet renamed to .png is not a picture.
        Outcome outcome = OrganisationLogo::read(write(QStringLiteral("begroting.png"), "PK\x03\x04 not a picture"), &read);
        QVERIFY(!outcome);
        QVERIFY(outcome.message().contains(QStringLiteral("begroting.png")));
        QVERIFY(outcome.message().contains(QStringLiteral("PNG")));
        QCOMPARE(read, QByteArray("kept"));
        // A print master of several megabytes is not what a cover needs.
        QByteArray large("\x89PNG\r\n\x1a\n");
        large.append(QByteArray(OrganisationLogo::maximumBytes, 'x'));
        outcome = OrganisationLogo::read(write(QStringLiteral("drukwerk.png"), large), &read);
        QVERIFY(!outcome);
        QVERIFY(outcome.message().contains(QStringLiteral("2 MB")));
        outcome = OrganisationLogo::read(m_dir.filePath(QStringLiteral("missing.svg")), &read);
        QVERIFY(!outcome);
        QVERIFY(outcome.message().contains(QStringLiteral("missing.svg")));
        QCOMPARE(read, QByteArray("kept"));
    }
};

QTEST_GUILESS_MAIN(OrganisationLogoTest)
#include "OrganisationLogoTest.moc"
