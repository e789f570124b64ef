#pragma once

#include <QVariantList>

namespace stuurboord {

// One row of a domain table in stored form: values follow the order of its TableSpec.
struct Record
{
    qint64 id = 0;
    QVariantList values;
    // The stored row's version when it was read (schema step 10). Saving with a version
    // other than 0 succeeds only while the stored row still has it; 0 saves regardless,
    // for core operations that read and write in one go.
    qint64 version = 0;
};

} // namespace stuurboord
