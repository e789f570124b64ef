#include "LogoPicker.h"

#include "ProblemLabel.h"
#include "report/OrganisationLogo.h"

#include <QBuffer>
#include <QFileDialog>
#include <QGridLayout>
#include <QImageReader>
#include <QLabel>
#include <QPushButton>

namespace stuurboord {

LogoPicker::LogoPicker(const QByteArray& logo, QWidget* parent)
    : QWidget(parent)
    , m_logo(logo)
    , m_preview(new QLabel(this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_problem(new ProblemLabel(this))
{
    auto* chooseButton = new QPushButton(tr("Choose…"), this);
    m_preview->setObjectName(QStringLiteral("logoPreview"));
    m_preview->setMinimumSize(160, 48);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview, 0, 0);
    layout->addWidget(chooseButton, 0, 1);
    layout->addWidget(m_remove, 0, 2);
    layout->setColumnStretch(0, 1);
    layout->addWidget(m_problem, 1, 0, 1, 3);
    connect(chooseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the organisation's logo"), QString(),
            tr("Pictures (*.png *.jpg *.jpeg *.svg)"));
        if (!path.isEmpty())
            choose(path);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        m_problem->showProblem({});
        showLogo();
    });
    showLogo();
}

bool LogoPicker::choose(const QString& path)
{
    QByteArray bytes;
    const Outcome read = OrganisationLogo::read(path, &bytes);
    m_problem->showProblem(read.message());
    if (!read)
        return false;
    m_logo = bytes;
    showLogo();
    return true;
}

void LogoPicker::showLogo()
{
    m_remove->setEnabled(!m_logo.isEmpty());
    if (m_logo.isEmpty()) {
        m_preview->setPixmap({});
        m_preview->setText(tr("No logo: the pack's cover starts with the organisation's name."));
        m_preview->setWordWrap(true);
        return;
    }
    QBuffer buffer(&m_logo);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (size.isValid() && size.height() > 0)
        reader.setScaledSize(QSize(qMax(1, 48 * size.width() / size.height()), 48));
    const QImage image = reader.read();
    m_preview->setText(image.isNull() ? tr("This picture cannot be shown.") : QString());
    m_preview->setPixmap(QPixmap::fromImage(image));
}

} // namespace stuurboord
