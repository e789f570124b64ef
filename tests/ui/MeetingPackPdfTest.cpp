#include "Clock.h"
#include "WorkspaceContext.h"
#include "demo/DemoWorkspace.h"
#include "domain/ActionItem.h"
#include "domain/Kpi.h"
#include "domain/Meeting.h"
#include "domain/OrganisationProfile.h"
#include "pack/PackPdf.h"
#include "pages/ReportsPage.h"
#include "report/MeetingPack.h"
#include "storage/Workspace.h"

#include <QBuffer>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace stuurboord;

// The meeting pack PDF of the demo workspace as a board member gets it, made by the
// command line (`stuurboord report`) and read back with poppler: text, fonts, properties,
// page breaks, and charts drawn as vector paths. The pages are kept as PNG for review in
// the build folder (tests/pack-review).
class MeetingPackPdfTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    Meeting m_earlier;
    Meeting m_next;
    QStringList m_kpis;

    static QString tool(const QString& program, const QStringList& arguments, int* code = nullptr)
    {
        QProcess process;
        process.start(program, arguments);
        process.waitForFinished(120000);
        if (code)
            *code = process.exitCode();
        return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    }

    QString report(const QStringList& arguments, int* code = nullptr)
    {
        return tool(qEnvironmentVariable("STUURBOORD_EXECUTABLE"), QStringList{QStringLiteral("report"), m_demo} + arguments, code);
    }

    // The pack of a meeting in a language, written once by the command line.
    QString pack(const Meeting& meeting, const QString& language, const QString& sections = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("%1-%2%3.pdf").arg(meeting.id).arg(language, sections.isEmpty() ? QString() : u'-' + sections));
        if (QFile::exists(path))
            return path;
        QStringList arguments{QStringLiteral("--out"), path, QStringLiteral("--meeting"), QString::number(meeting.id), QStringLiteral("--lang"), language};
        if (!sections.isEmpty())
            arguments << QStringLiteral("--sections") << sections;
        int code = -1;
        const QString output = report(arguments, &code);
        if (code != 0)
            qWarning("%s", qPrintable(output));
        return path;
    }

    static QString text(const QString& pdf, int page = 0)
    {
        QStringList arguments;
        if (page > 0)
            arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
        return tool(QStringLiteral("pdftotext"), arguments + QStringList{QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    }

    static QString info(const QString& pdf, const QString& key)
    {
        const QRegularExpressionMatch match
            = QRegularExpression(QStringLiteral("^%1:\\s*(.*)$").arg(key), QRegularExpression::MultilineOption).match(tool(QStringLiteral("pdfinfo"), {pdf}));
        return match.captured(1).trimmed();
    }

    // Every path-drawing operator (move, line, curve, rectangle) in the page contents.
    static int pathOperators(const QString& pdf)
    {
        QFile file(pdf);
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray bytes = file.readAll();
        int count = 0;
        const QRegularExpression operators(QStringLiteral(R"((?:^|\s)(?:m|l|c|re)\s)"));
        for (qsizetype at = bytes.indexOf("stream\n"); at >= 0; at = bytes.indexOf("stream\n", at + 1)) {
            if (at >= 3 && bytes.mid(at - 3, 3) == "end")
                continue;
            const qsizetype end = bytes.indexOf("endstream", at);
            QByteArray compressed = bytes.mid(at + 7, end - at - 7);
            // qUncompress wants the expected size in front and grows when it is too small.
            compressed.prepend(QByteArray("\x00\x10\x00\x00", 4));
            const QString content = QString::fromLatin1(qUncompress(compressed));
            count += int(content.count(operators));
        }
        return count;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.stuurboord"));
        QVERIFY(DemoWorkspace::write(m_demo, QDate(2026, 10, 1)));
        OpenResult opened = Workspace::open(m_demo, Workspace::OpenOptions{false, true});
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        for (const Meeting& meeting : opened.workspace->repository<Meeting>().all()) {
            if (meeting.date.year() == 2026 && meeting.date.month() == 8)
                m_earlier = meeting;
            if (meeting.date > QDate(2026, 11, 10)) // the demo's story "today"
                m_next = meeting;
        }
        for (const Kpi& kpi : opened.workspace->repository<Kpi>().all()) {
            if (kpi.lifecycle == KpiLifecycle::Active)
                m_kpis << kpi.name;
        }
        QVERIFY(m_earlier.id != 0);
        QVERIFY(m_next.id != 0);
        QVERIFY(m_kpis.size() >= 6);
    }

    void packsReadInTheirLanguage_data()
    {
        QTest::addColumn<bool>("earlier");
        QTest::addColumn<QString>("language");
        QTest::newRow("August nl") << true << QStringLiteral("nl");
        QTest::newRow("August en") << true << QStringLiteral("en");
        QTest::newRow("November nl") << false << QStringLiteral("nl");
        QTest::newRow("November en") << false << QStringLiteral("en");
    }

    void packsReadInTheirLanguage()
    {
        QFETCH(bool, earlier);
        QFETCH(QString, language);
        const Meeting& meeting = earlier ? m_earlier : m_next;
        const QString content = text(pack(meeting, language));
        const bool dutch = language == u"nl";
        // pdftotext finds every KPI by name: the text is real text, not drawn outlines.
        for (const QString& name : std::as_const(m_kpis))
            QVERIFY2(content.contains(name), qPrintable(name));
        QVERIFY(content.contains(dutch ? QStringLiteral("Samenvatting") : QStringLiteral("Summary")));
        QVERIFY(content.contains(QRegularExpression(dutch ? QStringLiteral(R"(\d+ van \d+ KPI's op koers)") : QStringLiteral(R"(\d+ of \d+ KPIs on track)"))));
        QVERIFY(content.contains(dutch ? QStringLiteral("Op koers") : QStringLiteral("On track")));
        QVERIFY(content.contains(QRegularExpression(dutch ? QStringLiteral(R"(€ \d{1,3}(\.\d{3})+,\d{2})") : QStringLiteral(R"(€\d{1,3}(,\d{3})+\.\d{2})"))));
        const QLocale locale = dutch ? QLocale(QLocale::Dutch) : QLocale(QLocale::English);
        QVERIFY(content.contains(QStringLiteral("%1 %2 %3").arg(meeting.date.day()).arg(locale.monthName(meeting.date.month())).arg(meeting.date.year())));
        QVERIFY(!content.contains(dutch ? QStringLiteral("Budget line") : QStringLiteral("Budgetregel")));
        QVERIFY(content.contains(dutch ? QStringLiteral("Pagina 1 van") : QStringLiteral("Page 1 of")));
        // Quarters read as people write them (the backlog's target quarter too), not as stored keys.
        QVERIFY2(!content.contains(QRegularExpression(QStringLiteral(R"(\b20\d\d-Q\d)"))),
            qPrintable(QRegularExpression(QStringLiteral(R"(\b20\d\d-Q\d)")).match(content).captured(0)));
    }

    // The demo meets at the end of February, May, August and November; on its "today" (10
    // November 2026) the August meeting is the last one held and the November one is next.
    void anEarlierPackHoldsNothingLater()
    {
        QString content = text(pack(m_earlier, QStringLiteral("en")));
        // What comes next (measurement moments of the running period) is later by nature.
        content.truncate(content.indexOf(QStringLiteral("What comes next")));
        // Months from the meeting's on appear only in dates ("next meeting: 26 November 2026").
        const QRegularExpression later(QStringLiteral(R"((?<![0-9] )(August|September|October|November|December) 2026)"));
        QVERIFY2(!content.contains(later), qPrintable(later.match(content).captured(0)));
        QVERIFY(!content.contains(QStringLiteral("2026 Q3")));
        QVERIFY(text(pack(m_next, QStringLiteral("en"))).contains(QStringLiteral("October 2026")));
    }

    void fontsAreEmbeddedAndPropertiesSet()
    {
        const QString pdf = pack(m_next, QStringLiteral("nl"));
        const QStringList lines = tool(QStringLiteral("pdffonts"), {pdf}).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2);
        for (const QString& line : lines.mid(2)) {
            const QStringList fields = line.split(u' ', Qt::SkipEmptyParts);
            QVERIFY2(fields.size() >= 7, qPrintable(line));
            QVERIFY2(fields.at(fields.size() - 5) == u"yes", qPrintable(QStringLiteral("not embedded: ") + line));
            QVERIFY2(fields.at(fields.size() - 3) == u"yes", qPrintable(QStringLiteral("not searchable: ") + line));
            QVERIFY2(line.startsWith(u'/') || line.contains(QStringLiteral("DejaVu")), qPrintable(line));
        }
        QVERIFY(info(pdf, QStringLiteral("Title")).contains(m_next.title));
        QVERIFY(info(pdf, QStringLiteral("Author")).contains(QStringLiteral("Gemeente")));
        QVERIFY(!info(pdf, QStringLiteral("Subject")).isEmpty());
        QVERIFY(info(pdf, QStringLiteral("Page size")).contains(QStringLiteral("A4")));
        const int pages = info(pdf, QStringLiteral("Pages")).toInt();
        QVERIFY2(pages >= 6 && pages <= 20, qPrintable(QString::number(pages)));
    }

    void chartsAreVectorPathsNotImages()
    {
        const QString full = pack(m_next, QStringLiteral("en"));
        const QString without = pack(m_next, QStringLiteral("en"), QStringLiteral("summary,kpis"));
        const QString withCharts = pack(m_next, QStringLiteral("en"), QStringLiteral("summary,kpis,charts"));
        // No image at all: the demo has no logo, and charts are not bitmaps.
        const QStringList images = tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), full}).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(images.size(), qsizetype(2)); // the header lines only
        // Eight charts add hundreds of path operators (lines, curves, rectangles) to the page contents.
        const int plain = pathOperators(without);
        const int charted = pathOperators(withCharts);
        QVERIFY2(plain > 0 && charted - plain > 400, qPrintable(QStringLiteral("%1 vs %2").arg(plain).arg(charted)));
        // Chart text (axis labels, titles) is text too.
        QVERIFY(text(withCharts).contains(QStringLiteral("Target")) || text(withCharts).contains(QStringLiteral("target")));
    }

    // The organisation's logo, as a PNG with a transparent background or as an SVG, shows
    // on the cover: the one picture in the PDF (charts stay vectors), in its own colour, on
    // white paper, sharp enough to print.
    void theCoverShowsTheLogo_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("png") << QStringLiteral("png");
        QTest::newRow("svg") << QStringLiteral("svg");
    }

    void theCoverShowsTheLogo()
    {
        QFETCH(QString, format);
        const QColor orange(0xff, 0x80, 0x00);
        QByteArray logo;
        if (format == u"png") {
            QImage image(240, 120, QImage::Format_ARGB32);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(orange);
            painter.drawEllipse(QRectF(60, 0, 120, 120));
            painter.end();
            QBuffer buffer(&logo);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(image.save(&buffer, "PNG"));
        } else {
            logo = QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"60\" height=\"30\" viewBox=\"0 0 60 30\">"
                                     "<circle cx=\"30\" cy=\"15\" r=\"15\" fill=\"#ff8000\"/></svg>");
        }
        const QString copy = m_dir.filePath(QStringLiteral("logo-%1.stuurboord").arg(format));
        QVERIFY(QFile::copy(m_demo, copy));
        {
            OpenResult opened = Workspace::open(copy);
            QVERIFY(opened.ok());
            QList<OrganisationProfile> profiles = opened.workspace->repository<OrganisationProfile>().all();
            QVERIFY(!profiles.isEmpty());
            profiles.first().logo = logo;
            QVERIFY(opened.workspace->repository<OrganisationProfile>().update(profiles.first()));
        }
        const QString pdf = m_dir.filePath(QStringLiteral("logo-%1.pdf").arg(format));
        int code = -1;
        const QString output = tool(qEnvironmentVariable("STUURBOORD_EXECUTABLE"),
            {QStringLiteral("report"), copy, QStringLiteral("--out"), pdf, QStringLiteral("--meeting"), QString::number(m_next.id),
                QStringLiteral("--lang"), QStringLiteral("en")},
            &code);
        QVERIFY2(code == 0, qPrintable(output));
        // Exactly one image, on page 1; the charts on later pages are still paths.
        const QStringList images = tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(images.size(), qsizetype(3));
        const QStringList image = images.at(2).split(u' ', Qt::SkipEmptyParts);
        QCOMPARE(image.at(0), QStringLiteral("1"));
        // pdfimages: page num type width height color comp bpc enc interp object ID x-ppi y-ppi ...
        QVERIFY2(image.size() > 13 && image.at(12).toInt() >= 150, qPrintable(images.at(2)));
        QVERIFY(text(pdf).contains(QStringLiteral("Target")) || text(pdf).contains(QStringLiteral("target")));

        const QString prefix = m_dir.filePath(QStringLiteral("logo-%1-cover").arg(format));
        tool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
                                             QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, prefix},
            &code);
        QCOMPARE(code, 0);
        const QImage cover(prefix + QStringLiteral(".png"));
        QVERIFY(!cover.isNull());
        // Where the logo is: the orange disc, in the top third of the page, of a size one sees.
        QRect disc;
        for (int y = 0; y < cover.height(); ++y) {
            for (int x = 0; x < cover.width(); ++x) {
                const QColor pixel = cover.pixelColor(x, y);
                if (qAbs(pixel.red() - orange.red()) < 24 && qAbs(pixel.green() - orange.green()) < 24 && pixel.blue() < 40)
                    disc = disc.united(QRect(x, y, 1, 1));
            }
        }
        QVERIFY2(disc.height() >= 25 && disc.height() <= 60, qPrintable(QStringLiteral("%1x%2").arg(disc.width()).arg(disc.height())));
        QVERIFY(disc.bottom() < cover.height() / 3);
        // Around the disc the page stays white: the transparent corners are not painted dark.
        const QRect around = disc.adjusted(-disc.width() / 2, 0, disc.width() / 2, 0);
        for (const QPoint corner : {around.topLeft(), around.topRight(), around.bottomLeft(), around.bottomRight(), disc.topLeft(), disc.bottomRight()})
            QVERIFY2(cover.pixelColor(corner).lightness() > 230, qPrintable(QStringLiteral("%1,%2").arg(corner.x()).arg(corner.y())));
    }

    void aBrokenTableRepeatsItsHeader()
    {
        // Forty more open action items make the table of other open items span pages.
        const QString copy = m_dir.filePath(QStringLiteral("many actions.stuurboord"));
        QVERIFY(QFile::copy(m_demo, copy));
        {
            OpenResult opened = Workspace::open(copy);
            QVERIFY(opened.ok());
            for (int i = 1; i <= 40; ++i) {
                ActionItem action;
                action.description = QStringLiteral("Extra actiepunt %1 voor de stuurgroep").arg(i);
                action.created = QDate(2026, 10, 1);
                action.due = QDate(2027, 1, i % 28 + 1);
                QVERIFY(opened.workspace->repository<ActionItem>().add(action));
            }
        }
        const QString pdf = m_dir.filePath(QStringLiteral("many.pdf"));
        int code = -1;
        const QString output = tool(qEnvironmentVariable("STUURBOORD_EXECUTABLE"),
            {QStringLiteral("report"), copy, QStringLiteral("--out"), pdf, QStringLiteral("--meeting"), QString::number(m_next.id),
                QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--sections"), QStringLiteral("decisions")},
            &code);
        QVERIFY2(code == 0, qPrintable(output));
        const int pages = info(pdf, QStringLiteral("Pages")).toInt();
        QVERIFY(pages >= 3);
        const QRegularExpression header(QStringLiteral(R"(Action item\s+Owner\s+Due\s+State)"));
        int continued = 0;
        for (int page = 3; page <= pages; ++page) {
            const QString content = text(pdf, page);
            // A page that goes on with the extra items starts that part with the header row.
            const qsizetype item = content.indexOf(QStringLiteral("Extra actiepunt"));
            if (item < 0)
                continue;
            const QRegularExpressionMatch match = header.match(content);
            QVERIFY2(match.hasMatch() && match.capturedStart() < item, qPrintable(content.left(600)));
            ++continued;
        }
        QVERIFY(continued >= 1);
    }

    void badArgumentsAreExplained()
    {
        int code = -1;
        QVERIFY(report({QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--lang"), QStringLiteral("fr")}, &code)
                    .contains(QStringLiteral("--lang")));
        QCOMPARE(code, 2);
        QVERIFY(report({QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--meeting"), QStringLiteral("9999")}, &code)
                    .contains(QStringLiteral("9999")));
        QCOMPARE(code, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
    }

    void theAppPrintsWhatTheCommandLineWrites()
    {
        qputenv("STUURBOORD_QM_DIR", QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../translations")).toUtf8());
        OpenResult opened = Workspace::open(m_demo, Workspace::OpenOptions{false, true});
        QVERIFY(opened.ok());
        QUndoStack undo;
        WorkspaceContext context(*opened.workspace, undo);
        ReportsPage page(context);
        page.resize(1200, 800);
        // The page picks the meeting; choose December and Dutch through the request it shows.
        PackRequest request = page.request();
        QVERIFY(request.sections == PackSections::all());
        request.meetingId = m_next.id;
        request.language = QStringLiteral("nl");
        const std::optional<MeetingPack> built = MeetingPack::build(*opened.workspace, request);
        QVERIFY(built);
        const QString app = m_dir.filePath(QStringLiteral("app.pdf"));
        int pages = 0;
        QVERIFY(PackPdf::write(*built, app, &pages));
        const QString cli = pack(m_next, QStringLiteral("nl"));
        QCOMPARE(text(app), text(cli));
        QCOMPARE(built->suggestedFileName, QStringLiteral("Stuurgroep intranet %1.pdf").arg(m_next.date.toString(Qt::ISODate)));
        // The live preview paints the page's pack with the same printer code.
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(page.pack().has_value());
        QTRY_VERIFY(page.preview()->pageCount() > 5);
    }

    void keepPagesForReview()
    {
        const QString folder = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("pack-review"));
        QDir(folder).removeRecursively();
        QVERIFY(QDir().mkpath(folder));
        for (const QString& language : {QStringLiteral("nl"), QStringLiteral("en")}) {
            for (const Meeting* meeting : {&m_earlier, &m_next}) {
                const QString prefix = QDir(folder).filePath(QStringLiteral("%1-%2").arg(meeting->date.toString(QStringLiteral("yyyy-MM")), language));
                int code = -1;
                tool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), pack(*meeting, language), prefix}, &code);
                QCOMPARE(code, 0);
                QVERIFY(QFile::copy(pack(*meeting, language), prefix + QStringLiteral(".pdf")));
            }
        }
        QVERIFY(QDir(folder).entryList({QStringLiteral("*.png")}).size() >= 24);
    }
};

QTEST_MAIN(MeetingPackPdfTest)
#include "MeetingPackPdfTest.moc"
