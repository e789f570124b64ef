#pragma once

#include <QDialog>

class QTextBrowser;

namespace stuurboord {

// Shows one page of the bundled offline guide (Qt resources under :/guide/LANGUAGE/) in
// the interface language; links inside the guide stay in the dialog, web links open in
// the browser.
class GuideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuideDialog)

public:
    // page: "guide" or "whatsnew".
    GuideDialog(const QString& page, const QString& title, QWidget* parent = nullptr);

    // The resource holding that page in the interface language.
    static QString pageUrl(const QString& page);
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser = nullptr;
};

} // namespace stuurboord
