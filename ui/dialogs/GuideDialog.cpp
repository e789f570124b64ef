#include "GuideDialog.h"

#include "i18n/Translations.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace stuurboord {

GuideDialog::GuideDialog(const QString& page, const QString& title, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(title);
    m_browser->setSource(QUrl(pageUrl(page)));
    layout->addWidget(m_browser);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &GuideDialog::reject);
    layout->addWidget(buttons);
    resize(760, 640);
}

QString GuideDialog::pageUrl(const QString& page)
{
    return QStringLiteral("qrc:/guide/%1/%2.html").arg(Translations::language(), page);
}

} // namespace stuurboord
