#include "ProblemLabel.h"

namespace stuurboord {

ProblemLabel::ProblemLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    // Dark red reads as "fix this" on light and dark palettes alike, without shouting.
    setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    setAccessibleName(tr("Problem"));
    hide();
}

void ProblemLabel::showProblem(const QString& text)
{
    setText(text);
    setVisible(!text.isEmpty());
}

} // namespace stuurboord
