#include "WelcomePage.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QCommandLinkButton>
#include <QVBoxLayout>

namespace stuurboord {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    auto* column = new QWidget(this);
    column->setMaximumWidth(640);
    auto* layout = new QVBoxLayout(column);
    auto* icon = new QLabel(column);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/stuurboord.svg")).pixmap(64, 64));
    auto* title = new QLabel(tr("Welcome to Stuurboord"), column);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 2.0);
    font.setBold(true);
    title->setFont(font);
    auto* intro = new QLabel(tr("Steer your social intranet after go-live: goals and KPIs with agreed follow-up "
                                "actions, stakeholders and meetings, budget, the phase-two backlog, and the monthly "
                                "usage figures."),
                             column);
    intro->setWordWrap(true);
    auto* create = new QCommandLinkButton(tr("New workspace…"),
                                          tr("Start with an empty workspace for your organisation."), column);
    auto* open = new QCommandLinkButton(tr("Open workspace…"),
                                        tr("Open a workspace file, for example one a colleague mailed you."), column);
    auto* demo = new QCommandLinkButton(tr("Open the demo workspace"),
                                        tr("A fictional municipality with two years of data, to look around in."),
                                        column);
    auto* guide = new QCommandLinkButton(tr("Read the user guide"),
                                         tr("The four steps from goals to evaluation, the monthly import, preparing "
                                            "a stakeholder meeting and moving to a new laptop."),
                                         column);
    auto* recentLabel = new QLabel(tr("Recent workspaces"), column);
    m_recent = new QListWidget(column);
    m_recent->setAccessibleName(tr("Recent workspaces"));
    recentLabel->setBuddy(m_recent);
    auto* heading = new QHBoxLayout;
    heading->addWidget(icon);
    heading->addWidget(title, 1);
    layout->addSpacing(24);
    layout->addLayout(heading);
    layout->addWidget(intro);
    layout->addSpacing(12);
    layout->addWidget(create);
    layout->addWidget(open);
    layout->addWidget(demo);
    layout->addWidget(guide);
    layout->addSpacing(12);
    layout->addWidget(recentLabel);
    m_recent->setMaximumHeight(m_recent->fontMetrics().height() * 12);
    layout->addWidget(m_recent);
    layout->addStretch(1);

    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(column, 3);
    outer->addStretch(1);

    connect(create, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(guide, &QPushButton::clicked, this, &WelcomePage::guideRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit recentChosen(item->data(Qt::UserRole).toString()); });
}

void WelcomePage::setRecentFiles(const QStringList& paths)
{
    m_recent->clear();
    for (const QString& path : paths) {
        auto* item = new QListWidgetItem(QFileInfo(path).completeBaseName() + QStringLiteral("  —  ")
                                             + QDir::toNativeSeparators(QFileInfo(path).absolutePath()),
                                         m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (paths.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No recent workspaces yet."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace stuurboord
