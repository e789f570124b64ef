#pragma once

#include <QMap>
#include <functional>
#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace stuurboord {

class GoalsKpisPage;
class WorkspaceContext;

// The open workspace: a sidebar with the pages of DESIGN.md section 7 and the page shown.
class WorkspaceView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceView)

public:
    explicit WorkspaceView(WorkspaceContext& context, QWidget* parent = nullptr);
    int pageCount() const;
    void showPage(int index);
    QWidget* currentPage() const;
    QString pageTitle(int index) const;
    // Goes to where something is dealt with: a page key of AttentionPlace and a record
    // there (an id below 1 starts adding one, where that makes sense).
    void openPlace(const QString& page, const QString& table, qint64 id);
    void openKpi(qint64 kpiId);

signals:
    // The dashboard's "import usage data" step: the main window owns the import.
    void importRequested();

private:
    void addPage(const QString& title, std::function<QWidget*()> make, const QString& key = {});
    // The page at index, made now if it was not yet.
    QWidget* made(int index);

    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    QList<std::function<QWidget*()>> m_factories; // empty once the page is made
    QMap<QString, int> m_byKey; // AttentionPlace page key -> page index
    GoalsKpisPage* m_goalsKpis = nullptr;
};

} // namespace stuurboord
