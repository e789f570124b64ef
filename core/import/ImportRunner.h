#pragma once

#include "BatchWriter.h"
#include "ImportPreview.h"

namespace stuurboord {

class Workspace;

// One file through the pipeline: read (encoding, separator), recognise the profile,
// map to figures with every rejected row explained (the preview), then write it as one
// batch when the user confirms. Used by the command line and the GUI alike.
class ImportRunner final
{
public:
    static ImportPreview prepare(Workspace& workspace, const QString& path);
    static BatchWriter::Result commit(Workspace& workspace, const ImportPreview& preview,
        BatchWriter::Overlap overlap, bool force);
};

} // namespace stuurboord
