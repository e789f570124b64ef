#pragma once

#include <QWidget>

class QListWidget;

namespace stuurboord {

// What a coordinator sees before a workspace is open: start a new one, open one, pick a
// recent one, or look around in the demo.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget* parent = nullptr);
    void setRecentFiles(const QStringList& paths);

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void guideRequested();
    void recentChosen(const QString& path);

private:
    QListWidget* m_recent = nullptr;
};

} // namespace stuurboord
