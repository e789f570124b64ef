#pragma once

#include "RecordStore.h"
#include "model/Record.h"

#include <QHash>
#include <optional>

namespace stuurboord {

class TableSpec;

// Two saves of one record that crossed: what the editor started from, what is stored now
// (someone else saved in between) and what the editor wants to save. It says per field
// who changed what and builds the record to save from a choice per field, so no change is
// lost unseen: keep theirs, keep mine, or merge field by field.
class RecordConflict final
{
public:
    enum class Side { Theirs, Mine };

    // Empty when there is nothing to resolve: the stored row still has the version the
    // editor started from, or it is gone (that is said elsewhere: "no longer exists").
    static std::optional<RecordConflict> find(
        const RecordStore& store, const TableSpec& spec, const Record& base, const Record& mine);

    const TableSpec& spec() const { return *m_spec; }
    const Record& base() const { return m_base; }
    const Record& theirs() const { return m_theirs; }
    const Record& mine() const { return m_mine; }
    // Who saved the stored version and when.
    const RecordStore::RowChange& theirChange() const { return m_theirChange; }

    // The fields (indexes into the spec) that either side changed, in form order.
    QList<int> changedFields() const;
    bool theyChanged(int field) const;
    bool iChanged(int field) const;
    // Both changed the field, to different values: only there must someone choose.
    bool clashes(int field) const;
    // The choice that keeps every change that does not clash: mine where I changed the
    // field, theirs where only they did (and mine where both did, as I am saving now).
    Side suggested(int field) const;

    // The record to save: per field the chosen side (fields not named take the suggested
    // side), carrying the stored version so the save goes through unless someone saved
    // yet again.
    Record resolved(const QHash<int, Side>& choices = {}) const;
    Record keepingTheirs() const;
    Record keepingMine() const;

    // Whether two stored or edited values mean the same (5 and 5.0; empty and null).
    static bool sameValue(const QVariant& a, const QVariant& b);
    static bool sameValues(const Record& a, const Record& b);

private:
    const TableSpec* m_spec = nullptr;
    Record m_base;
    Record m_theirs;
    Record m_mine;
    RecordStore::RowChange m_theirChange;
};

} // namespace stuurboord
