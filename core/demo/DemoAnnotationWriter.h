#pragma once

#include "model/Outcome.h"

namespace stuurboord {

class DemoContext;

// Writes the dated events that explain the demo's charts: go-live, workshops, the
// "Vraag het de collega" feature, the profile campaign and a KPI definition change.
// Needs metrics and KPIs.
class DemoAnnotationWriter final
{
public:
    static Outcome write(DemoContext& context);
};

} // namespace stuurboord
