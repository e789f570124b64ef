#pragma once

#include <QString>

namespace stuurboord {

// One reason why a value cannot be saved, in words a coordinator understands, tied to the
// field the editor should highlight (empty when it concerns the whole row).
struct ValidationIssue
{
    QString column;
    QString message;
};

} // namespace stuurboord
