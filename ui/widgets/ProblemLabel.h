#pragma once

#include <QLabel>

namespace stuurboord {

// Says what to fix in a form, in one recognisable style; hidden while there is nothing.
class ProblemLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemLabel)

public:
    explicit ProblemLabel(QWidget* parent = nullptr);
    void showProblem(const QString& text);
};

} // namespace stuurboord
