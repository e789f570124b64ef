#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPushButton;

namespace stuurboord {

class ProblemLabel;

// The organisation's logo in its profile: a preview at the size the pack's cover shows it,
// Choose… to take a PNG, JPEG or SVG file and Remove to go without one.
class LogoPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogoPicker)

public:
    explicit LogoPicker(const QByteArray& logo, QWidget* parent = nullptr);
    const QByteArray& logo() const { return m_logo; }
    // Takes the file as the logo, or says under the preview why it cannot.
    bool choose(const QString& path);

private:
    void showLogo();

    QByteArray m_logo;
    QLabel* m_preview = nullptr;
    QPushButton* m_remove = nullptr;
    ProblemLabel* m_problem = nullptr;
};

} // namespace stuurboord
