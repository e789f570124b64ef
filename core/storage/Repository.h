#pragma once

#include "model/Entity.h"
#include "RecordStore.h"

namespace stuurboord {

// Typed create/read/update/delete for one domain value type, on top of RecordStore.
// Validation problems come back as an Outcome the UI can show next to the fields.
template <typename T> class Repository final
{
public:
    explicit Repository(RecordStore& store)
        : m_store(store)
    {
    }

    std::optional<T> get(qint64 id) const
    {
        const std::optional<Record> record = m_store.get(spec(), id);
        return record ? std::optional<T>(entity().fromRecord(*record)) : std::nullopt;
    }

    QList<T> all() const { return where({}, {}); }

    QList<T> where(const QString& column, const QVariant& value) const
    {
        QList<T> items;
        for (const Record& record : m_store.list(spec(), column, value))
            items << entity().fromRecord(record);
        return items;
    }

    int count() const { return m_store.count(spec()); }

    // Saves a new item and sets its id.
    Outcome add(T& item)
    {
        Record record = entity().toRecord(item);
        Outcome outcome = m_store.insert(spec(), record);
        if (outcome)
            item.id = record.id;
        return outcome;
    }

    Outcome update(const T& item)
    {
        return m_store.update(spec(), entity().toRecord(item));
    }

    Outcome remove(qint64 id, DeletedRows* deleted = nullptr)
    {
        return m_store.remove(spec(), id, deleted);
    }

private:
    static const Entity<T>& entity() { return T::entity(); }
    static const TableSpec& spec() { return T::entity().spec(); }

    RecordStore& m_store;
};

} // namespace stuurboord
