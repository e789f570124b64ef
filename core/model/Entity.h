#pragma once

#include "FieldSpec.h"
#include "Record.h"
#include "StoredValue.h"
#include "TableSpec.h"
#include "ValidationIssue.h"

#include <functional>
#include <vector>

namespace stuurboord {

// Binds a domain value type T to its TableSpec: each field knows how to read and write
// its member, so repositories, editors and tables share one description per entity.
template <typename T> class Entity final
{
public:
    struct Binding
    {
        FieldSpec spec;
        std::function<QVariant(const T&)> read;
        std::function<void(T&, const QVariant&)> write;
    };
    using Check = std::function<QList<ValidationIssue>(const T&)>;

    Entity(TableSpec spec, std::vector<Binding> bindings, Check check = {},
           TableSpec::StoreCheck storeCheck = {})
        : m_spec(std::move(spec))
        , m_bindings(std::move(bindings))
        , m_check(std::move(check))
    {
        for (const Binding& binding : m_bindings)
            m_spec.addField(binding.spec);
        // Entities live in function-local statics, so `this` outlives the spec's users.
        m_spec.setRowCheck([this](const Record& record) { return this->check(fromRecord(record)); });
        m_spec.setStoreCheck(std::move(storeCheck));
    }
    Q_DISABLE_COPY_MOVE(Entity)

    const TableSpec& spec() const { return m_spec; }

    Record toRecord(const T& item) const
    {
        Record record;
        record.id = item.id;
        for (const Binding& binding : m_bindings) {
            QVariant value = binding.read(item);
            // A reference of 0 means "none": store NULL so foreign keys accept it.
            if (binding.spec.kind() == FieldKind::Reference && value.toLongLong() == 0)
                value = QVariant();
            record.values << value;
        }
        return record;
    }

    T fromRecord(const Record& record) const
    {
        T item;
        item.id = record.id;
        for (size_t i = 0; i < m_bindings.size() && i < size_t(record.values.size()); ++i)
            m_bindings[i].write(item, record.values.at(qsizetype(i)));
        return item;
    }

    // Checks that involve more than one field of the same row.
    QList<ValidationIssue> check(const T& item) const
    {
        return m_check ? m_check(item) : QList<ValidationIssue>{};
    }

private:
    TableSpec m_spec;
    std::vector<Binding> m_bindings;
    Check m_check;
};

template <typename T, typename M> typename Entity<T>::Binding bind(M T::*member, FieldSpec spec)
{
    return {std::move(spec), [member](const T& item) { return stored::toStored(item.*member); },
        [member](T& item, const QVariant& value) { stored::fromStored(value, item.*member); }};
}

} // namespace stuurboord
