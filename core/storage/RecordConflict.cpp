#include "RecordConflict.h"

#include "model/TableSpec.h"

namespace stuurboord {

namespace {
bool isEmpty(const QVariant& value)
{
    return value.isNull()
        || (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty());
}

bool isNumber(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}
} // namespace

bool RecordConflict::sameValue(const QVariant& a, const QVariant& b)
{
    if (isEmpty(a) || isEmpty(b))
        return isEmpty(a) && isEmpty(b);
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray)
        return a.toByteArray() == b.toByteArray();
    if (isNumber(a) || isNumber(b)) {
        bool okA = false;
        bool okB = false;
        const double x = a.toDouble(&okA);
        const double y = b.toDouble(&okB);
        if (okA && okB)
            return x == y;
    }
    return a.toString() == b.toString();
}

bool RecordConflict::sameValues(const Record& a, const Record& b)
{
    const qsizetype count = qMax(a.values.size(), b.values.size());
    for (qsizetype i = 0; i < count; ++i) {
        if (!sameValue(a.values.value(i), b.values.value(i)))
            return false;
    }
    return true;
}

std::optional<RecordConflict> RecordConflict::find(
    const RecordStore& store, const TableSpec& spec, const Record& base, const Record& mine)
{
    const std::optional<Record> stored = store.get(spec, base.id);
    if (!stored || !spec.hasRowVersions() || base.version == 0 || stored->version == base.version)
        return std::nullopt;
    RecordConflict conflict;
    conflict.m_spec = &spec;
    conflict.m_base = base;
    conflict.m_theirs = *stored;
    conflict.m_mine = mine;
    conflict.m_theirChange = store.lastChange(spec.table(), base.id);
    return conflict;
}

bool RecordConflict::theyChanged(int field) const
{
    return !sameValue(m_theirs.values.value(field), m_base.values.value(field));
}

bool RecordConflict::iChanged(int field) const
{
    return !sameValue(m_mine.values.value(field), m_base.values.value(field));
}

bool RecordConflict::clashes(int field) const
{
    return theyChanged(field) && iChanged(field)
        && !sameValue(m_theirs.values.value(field), m_mine.values.value(field));
}

QList<int> RecordConflict::changedFields() const
{
    QList<int> fields;
    for (int i = 0; i < m_spec->fields().size(); ++i) {
        if (theyChanged(i) || iChanged(i))
            fields << i;
    }
    return fields;
}

RecordConflict::Side RecordConflict::suggested(int field) const
{
    return iChanged(field) ? Side::Mine : Side::Theirs;
}

Record RecordConflict::resolved(const QHash<int, Side>& choices) const
{
    Record record = m_theirs;
    for (int i = 0; i < m_spec->fields().size(); ++i) {
        const Side side = choices.value(i, suggested(i));
        if (side == Side::Mine)
            record.values[i] = m_mine.values.value(i);
    }
    return record;
}

Record RecordConflict::keepingTheirs() const
{
    return m_theirs;
}

Record RecordConflict::keepingMine() const
{
    QHash<int, Side> choices;
    for (int i = 0; i < m_spec->fields().size(); ++i)
        choices.insert(i, Side::Mine);
    return resolved(choices);
}

} // namespace stuurboord
