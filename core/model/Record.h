#pragma once

#include <QVariantList>

namespace stuurboord {

// One row of a domain table in stored form: values follow the order of its TableSpec.
struct Record
{
    qint64 id = 0;
    QVariantList values;
};

} // namespace stuurboord
