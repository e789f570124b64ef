#include "PdfDocumentInfo.h"

#include <QRegularExpression>

namespace stuurboord {

QByteArray PdfDocumentInfo::textString(const QString& text)
{
    QByteArray utf16("\xFE\xFF", 2);
    for (const QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xff));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

bool PdfDocumentInfo::addAuthorAndSubject(QByteArray& pdf, const QString& author, const QString& subject)
{
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startAt < trailerAt)
        return false;
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startAt - trailerAt));
    const QString tail = QString::fromLatin1(pdf.mid(startAt));
    const auto number = [](const QString& text, const QString& pattern) {
        const QRegularExpressionMatch match = QRegularExpression(pattern).match(text);
        return match.hasMatch() ? match.captured(1) : QString();
    };
    const QString size = number(trailer, QStringLiteral(R"(/Size\s+(\d+))"));
    const QString root = number(trailer, QStringLiteral(R"(/Root\s+(\d+\s+\d+\s+R))"));
    const QString info = number(trailer, QStringLiteral(R"(/Info\s+(\d+)\s+0\s+R)"));
    const QString id = number(trailer, QStringLiteral(R"((/ID\s*\[[^\]]*\]))"));
    const QString previous = number(tail, QStringLiteral(R"(startxref\s+(\d+))"));
    if (size.isEmpty() || root.isEmpty() || info.isEmpty() || previous.isEmpty())
        return false;
    // The writer's own entries (title, creator, producer, creation date) stay.
    const QByteArray objectStart = "\n" + info.toLatin1() + " 0 obj";
    const qsizetype objectAt = pdf.indexOf(objectStart);
    const qsizetype dictionaryAt = objectAt < 0 ? -1 : pdf.indexOf("<<", objectAt);
    const qsizetype endAt = objectAt < 0 ? -1 : pdf.indexOf("endobj", objectAt);
    const qsizetype closeAt = endAt < 0 ? -1 : pdf.lastIndexOf(">>", endAt);
    if (dictionaryAt < 0 || closeAt < dictionaryAt)
        return false;
    const QByteArray entries = pdf.mid(dictionaryAt + 2, closeAt - dictionaryAt - 2).trimmed();

    QByteArray update;
    if (!pdf.endsWith('\n'))
        update += '\n';
    const qsizetype offset = pdf.size() + update.size();
    update += info.toLatin1() + " 0 obj\n<<\n" + entries + "\n/Author " + textString(author) + "\n/Subject "
        + textString(subject) + "\n>>\nendobj\n";
    const qsizetype xref = pdf.size() + update.size();
    update += "xref\n" + info.toLatin1() + " 1\n" + QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    update += "trailer\n<< /Size " + size.toLatin1() + " /Root " + root.toLatin1() + " /Info " + info.toLatin1() + " 0 R /Prev "
        + previous.toLatin1() + (id.isEmpty() ? QByteArray() : ' ' + id.toLatin1()) + " >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    pdf += update;
    return true;
}

} // namespace stuurboord
