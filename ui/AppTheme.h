#pragma once

class QApplication;

namespace stuurboord {

// "Theme follows the system" (Edit → Preferences). By default Qt takes the desktop's style
// and colours, light or dark; switched off, Stuurboord uses Qt's Fusion style with its
// light palette on any desktop. Applied once at start.
class AppTheme final
{
public:
    static void apply(QApplication& app);
};

} // namespace stuurboord
