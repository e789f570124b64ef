#pragma once

#include <QByteArray>
#include <QString>

namespace stuurboord {

// Adds the author and subject to a PDF's document information, which Qt 6.4's QPdfWriter
// cannot set (only title and creator). It appends an incremental update, as PDF editors do:
// a new version of the information dictionary with the writer's own entries kept and the two
// added, a cross-reference section for it and a trailer pointing back to the original.
class PdfDocumentInfo final
{
public:
    // False (and the bytes unchanged) when the PDF's trailer cannot be read.
    static bool addAuthorAndSubject(QByteArray& pdf, const QString& author, const QString& subject);
    // A PDF text string: UTF-16BE with byte order mark, in hex.
    static QByteArray textString(const QString& text);
};

} // namespace stuurboord
