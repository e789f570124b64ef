#include "AttachedFile.h"

#include <QSqlQuery>
#include <QVariant>

namespace stuurboord {

AttachedFile::AttachedFile(QSqlDatabase db, const QString& path, const QString& name)
    : m_db(std::move(db))
    , m_name(name)
{
    QSqlQuery attach(m_db);
    attach.prepare(QStringLiteral("ATTACH DATABASE ? AS %1").arg(m_name));
    attach.addBindValue(path);
    m_attached = attach.exec();
}

AttachedFile::~AttachedFile()
{
    if (m_attached)
        QSqlQuery(m_db).exec(QStringLiteral("DETACH DATABASE %1").arg(m_name));
}

} // namespace stuurboord
