#pragma once

#include <QString>

namespace stuurboord {

// One point of a proposed meeting agenda and why it is on it.
struct AgendaPoint
{
    QString title; // "Review agreement “Wie mag een site of groep aanmaken”"
    QString why; // "Its review date, 1 December 2026, falls before this meeting."
};

} // namespace stuurboord
