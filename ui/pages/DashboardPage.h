#pragma once

#include "dashboard/DashboardData.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QListWidget;
class QListWidgetItem;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTreeWidget;

namespace stuurboord {

class DashboardGuide;
class FigureTile;
class WorkspaceContext;

// The first page after opening: a tile per measured KPI, what needs action, the trend
// signals, upcoming meetings and measurement moments, and this year's budget use. An empty
// workspace shows the four steps to start measuring instead.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    // When the figures are computed: at once, or once the window has painted, so a large
    // workspace shows its window without waiting for them ("Reading the figures…").
    enum class FirstLoad
    {
        Now,
        AfterFirstPaint
    };
    explicit DashboardPage(
        WorkspaceContext& context, QWidget* parent = nullptr, FirstLoad firstLoad = FirstLoad::Now);
    void reload();
    bool isLoaded() const { return m_loaded; }
    // What the page shows; asking loads the figures if they are not there yet.
    const DashboardData& data() { return ensureLoaded().m_data; }
    QList<FigureTile*> tiles() { return ensureLoaded().m_tiles; }
    QListWidget* attentionList() { return ensureLoaded().m_attention; }
    QListWidget* trendList() { return ensureLoaded().m_trends; }
    DashboardGuide* guide() { return ensureLoaded().m_guide; }

    // Acts on the chosen trend signal: dismiss it, or keep it as an event on the charts.
    void dismissSignal();
    void annotateSignal();

signals:
    // The figures are shown (the first time, and after each reload).
    void loaded();
    void kpiRequested(qint64 kpiId);
    // A page key of AttentionPlace, and the record to show there.
    void placeRequested(const QString& page, const QString& table, qint64 id);

protected:
    void changeEvent(QEvent* event) override;

private:
    DashboardPage& ensureLoaded();
    void scheduleReload();
    void reloadTiles();
    void reloadAttention();
    void reloadTrends();
    void reloadMeetings();
    void reloadBudget();
    void openTrend();
    void guideStep(int step);
    const TrendSignal* currentSignal() const;

    WorkspaceContext& m_context;
    DashboardData m_data;
    bool m_reloadPending = false;
    bool m_loaded = false;
    QLabel* m_reading = nullptr;
    DashboardGuide* m_guide = nullptr;
    QScrollArea* m_tileArea = nullptr;
    QGridLayout* m_tileGrid = nullptr;
    QList<FigureTile*> m_tiles;
    QListWidget* m_attention = nullptr;
    QListWidget* m_trends = nullptr;
    QPushButton* m_dismiss = nullptr;
    QPushButton* m_annotate = nullptr;
    QPushButton* m_showChart = nullptr;
    QPushButton* m_compare = nullptr;
    QTreeWidget* m_meetings = nullptr;
    QProgressBar* m_budget = nullptr;
    QLabel* m_budgetText = nullptr;
};

} // namespace stuurboord
