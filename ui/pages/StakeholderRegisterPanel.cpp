#include "StakeholderRegisterPanel.h"

#include "Clock.h"
#include "WorkspaceContext.h"
#include "domain/Stakeholder.h"
#include "governance/ContactLapse.h"
#include "governance/SponsorCheck.h"
#include "governance/StakeholderQuadrant.h"
#include "storage/Workspace.h"
#include "widgets/RecordTableView.h"
#include "widgets/StakeholderGrid.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace stuurboord {

StakeholderRegisterPanel::StakeholderRegisterPanel(WorkspaceContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    m_warnings = new QLabel(this);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    m_warnings->setAccessibleName(tr("Stakeholders needing attention"));
    m_warnings->setFrameShape(QFrame::StyledPanel);
    m_warnings->setMargin(8);

    m_grid = new StakeholderGrid(this);
    m_register = new RecordTableView(context, Stakeholder::entity().spec(),
        tr("No stakeholders yet. Start with the sponsor."), this);

    m_quadrant = new QComboBox(this);
    m_quadrant->setAccessibleName(tr("Quadrant"));
    m_quadrant->addItem(tr("All quadrants"), -1);
    for (int quadrant = StakeholderQuadrant::ManageClosely; quadrant <= StakeholderQuadrant::Monitor; ++quadrant)
        m_quadrant->addItem(StakeholderQuadrant::name(StakeholderQuadrant::Quadrant(quadrant)), quadrant);
    m_category = new QComboBox(this);
    m_category->setAccessibleName(tr("Category"));
    m_category->addItem(tr("All categories"), QString());
    const EnumSpec& categories = enumSpec<StakeholderCategory>();
    for (int i = 0; i < categories.size(); ++i)
        m_category->addItem(categories.label(i), categories.key(i));
    m_lapsedOnly = new QCheckBox(tr("Only lapsed contacts"), this);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_quadrant);
    filters->addWidget(m_category);
    filters->addWidget(m_lapsedOnly);
    filters->addStretch(1);

    auto* registerBox = new QWidget(this);
    auto* registerLayout = new QVBoxLayout(registerBox);
    registerLayout->setContentsMargins(0, 0, 0, 0);
    registerLayout->addLayout(filters);
    registerLayout->addWidget(m_register, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_grid);
    splitter->addWidget(registerBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_warnings);
    layout->addWidget(splitter, 1);

    connect(m_quadrant, &QComboBox::currentIndexChanged, this, &StakeholderRegisterPanel::applyFilters);
    connect(m_category, &QComboBox::currentIndexChanged, this, &StakeholderRegisterPanel::applyFilters);
    connect(m_lapsedOnly, &QCheckBox::toggled, this, &StakeholderRegisterPanel::applyFilters);
    connect(m_grid, &StakeholderGrid::stakeholderActivated, this, &StakeholderRegisterPanel::openStakeholder);
    connect(m_grid, &StakeholderGrid::quadrantClicked, this, [this](int quadrant) {
        const int index = m_quadrant->findData(quadrant);
        // A second click on the chosen quadrant shows everyone again.
        m_quadrant->setCurrentIndex(index == m_quadrant->currentIndex() ? 0 : index);
    });
    connect(&context, &WorkspaceContext::tableChanged, this, [this](const QString& table) {
        if (table == Stakeholder::entity().spec().table())
            reload();
    });
    reload();
    applyFilters();
}

void StakeholderRegisterPanel::reload()
{
    const QDate today = Clock::today();
    const QList<Stakeholder> stakeholders = m_context.workspace().repository<Stakeholder>().all();
    QList<StakeholderGrid::Entry> entries;
    for (const Stakeholder& stakeholder : stakeholders) {
        entries << StakeholderGrid::Entry{stakeholder.id, stakeholder.name, stakeholder.role,
            stakeholder.influence, stakeholder.interest, ContactLapse::isLapsed(stakeholder, today)};
    }
    m_grid->setEntries(entries);

    QStringList lines;
    if (!stakeholders.isEmpty()) {
        for (const QString& warning : SponsorCheck::warnings(stakeholders))
            lines << warning.toHtmlEscaped();
    }
    for (const ContactLapse::Lapse& lapse : ContactLapse::find(stakeholders, today))
        lines << lapse.sentence().toHtmlEscaped();
    m_warnings->setVisible(!lines.isEmpty());
    m_warnings->setText(QStringLiteral("<b>%1</b><br>%2")
                            .arg(tr("Needs attention").toHtmlEscaped(), lines.join(QStringLiteral("<br>"))));
}

void StakeholderRegisterPanel::applyFilters()
{
    const int quadrant = m_quadrant->currentData().toInt();
    const QString category = m_category->currentData().toString();
    const bool lapsedOnly = m_lapsedOnly->isChecked();
    if (quadrant < 0 && category.isEmpty() && !lapsedOnly) {
        m_register->setRowFilter({});
        return;
    }
    const QDate today = Clock::today();
    m_register->setRowFilter([quadrant, category, lapsedOnly, today](const Record& record) {
        const Stakeholder stakeholder = Stakeholder::entity().fromRecord(record);
        if (quadrant >= 0 && StakeholderQuadrant::of(stakeholder.influence, stakeholder.interest) != quadrant)
            return false;
        if (!category.isEmpty() && enumKey(stakeholder.category) != category)
            return false;
        return !lapsedOnly || ContactLapse::isLapsed(stakeholder, today);
    });
}

void StakeholderRegisterPanel::openStakeholder(qint64 id)
{
    // The register may be filtered to another quadrant: show everyone so the row is there.
    m_quadrant->setCurrentIndex(0);
    m_category->setCurrentIndex(0);
    m_lapsedOnly->setChecked(false);
    m_register->selectId(id);
    m_register->editCurrent();
}

} // namespace stuurboord
