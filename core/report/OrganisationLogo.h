#pragma once

#include "model/Outcome.h"

#include <QByteArray>
#include <QString>

namespace stuurboord {

// The organisation's logo on the cover of the meeting pack: a PNG, JPEG or SVG file as the
// organisation gives it, kept inside the workspace so it travels with the file.
class OrganisationLogo final
{
public:
    // Larger files are photos or print masters, not logos, and would bloat every pack.
    static constexpr qint64 maximumBytes = 2 * 1024 * 1024;

    // Reads a logo file into `bytes`; a failure says why in a coordinator's words.
    static Outcome read(const QString& path, QByteArray* bytes);
    // "png", "jpeg", "svg", or empty when the bytes are none of these.
    static QString format(const QByteArray& bytes);
};

} // namespace stuurboord
