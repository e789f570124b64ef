#pragma once

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace stuurboord {

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

private:
    void addPage(const QString& title, QWidget* page);

    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
};

} // namespace stuurboord
