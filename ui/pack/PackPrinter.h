#pragma once

class QPagedPaintDevice;

namespace stuurboord {

struct MeetingPack;

// Paints a meeting pack page by page on any paged device: the PDF writer, the printer the
// system dialog set up, and the live preview. One painting code for all three, so what is
// previewed is what is printed and saved. Each page gets the organisation and meeting in its
// header and "page X of Y" in its footer; the cover has no header.
class PackPrinter final
{
public:
    // The device must already have its page size (A4 portrait for the PDF and the preview)
    // and no margins. Returns the number of pages, 0 when the device could not be painted on.
    static int print(const MeetingPack& pack, QPagedPaintDevice& device);
    // A4 portrait without margins: the pack draws its own.
    static void prepare(QPagedPaintDevice& device);
    // The resolution the pack is laid out at: the screen's, which the chart's text is
    // measured at, so charts look the same on screen, in the preview and in the PDF.
    static int resolution();
};

} // namespace stuurboord
