#pragma once

#include "SourceProfile.h"

#include <memory>
#include <vector>

namespace stuurboord {

// The exports Stuurboord reads without a mapping, most specific first: a file goes to the
// first profile that recognises it, so the coordinator's own spreadsheet (any file with a
// date column) comes last.
class BuiltInProfiles final
{
public:
    static std::vector<std::unique_ptr<SourceProfile>> create();
};

} // namespace stuurboord
