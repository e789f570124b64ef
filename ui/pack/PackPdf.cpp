#include "PackPdf.h"

#include "PackPrinter.h"
#include "i18n/ApplicationInfo.h"
#include "report/MeetingPack.h"
#include "report/PdfDocumentInfo.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>
#include <QSaveFile>

namespace stuurboord {

QByteArray PackPdf::bytes(const MeetingPack& pack, int* pages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int written = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(PackPrinter::resolution());
        writer.setTitle(pack.documentTitle);
        writer.setCreator(QStringLiteral("Stuurboord %1").arg(ApplicationInfo::version()));
        PackPrinter::prepare(writer);
        written = PackPrinter::print(pack, writer);
    }
    if (pages)
        *pages = written;
    QByteArray pdf = buffer.data();
    if (written > 0)
        PdfDocumentInfo::addAuthorAndSubject(pdf, pack.organisation, pack.subject);
    return written > 0 ? pdf : QByteArray();
}

Outcome PackPdf::write(const MeetingPack& pack, const QString& path, int* pages)
{
    const QByteArray pdf = bytes(pack, pages);
    if (pdf.isEmpty())
        return Outcome::failure(QCoreApplication::translate("PackPdf", "The meeting pack could not be drawn."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return Outcome::failure(QCoreApplication::translate("PackPdf", "%1 could not be written: %2. Choose a folder you can write to.")
                                    .arg(path, file.errorString()));
    return {};
}

} // namespace stuurboord
