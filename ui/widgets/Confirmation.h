#pragma once

#include <optional>
#include <QString>

class QWidget;

namespace stuurboord {

// Asks the user to confirm a step with consequences (Yes/No message box). Tests answer in
// advance with setNextAnswer instead of clicking a modal box.
class Confirmation final
{
public:
    static bool ask(QWidget* parent, const QString& title, const QString& text,
        const QString& acceptText);
    static void setNextAnswer(std::optional<bool> answer);
    // What the last question said (for tests).
    static QString lastText();
};

} // namespace stuurboord
