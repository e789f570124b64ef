#include "ForeignKeysOff.h"

#include "SqliteSpecifics.h"

namespace stuurboord {

ForeignKeysOff::ForeignKeysOff(QSqlDatabase db)
    : m_db(std::move(db))
    , m_switched(SqliteSpecifics::switchForeignKeys(m_db, false))
{
}

ForeignKeysOff::~ForeignKeysOff()
{
    if (m_switched)
        SqliteSpecifics::switchForeignKeys(m_db, true);
}

} // namespace stuurboord
