#include "SqliteRowFeed.h"

#include "SqliteSpecifics.h"

#include <sqlite3.h>

namespace stuurboord {

namespace {

constexpr const char* kName = "stuurboord_rows";
constexpr int kSourceColumn = SqliteRowFeed::columnCount; // the hidden argument

struct Cursor
{
    sqlite3_vtab_cursor base; // first, as SQLite expects
    SqliteRowFeed::Source* source = nullptr;
    SqliteRowFeed::Value row[SqliteRowFeed::columnCount];
    sqlite3_int64 rowid = 0;
    bool atEnd = true;
};

void advance(Cursor* cursor)
{
    cursor->atEnd = !cursor->source || !cursor->source->next(cursor->row);
    ++cursor->rowid;
}

int feedConnect(sqlite3* db, void*, int, const char* const*, sqlite3_vtab** table, char**)
{
    const int rc
        = sqlite3_declare_vtab(db, "CREATE TABLE x(c0, c1, c2, c3, c4, c5, c6, c7, source HIDDEN)");
    if (rc != SQLITE_OK)
        return rc;
    // Only a statement the application prepared may read it, not a trigger or a view.
    sqlite3_vtab_config(db, SQLITE_VTAB_DIRECTONLY);
    *table = static_cast<sqlite3_vtab*>(sqlite3_malloc(sizeof(sqlite3_vtab)));
    if (!*table)
        return SQLITE_NOMEM;
    **table = sqlite3_vtab{};
    return SQLITE_OK;
}

int feedDisconnect(sqlite3_vtab* table)
{
    sqlite3_free(table);
    return SQLITE_OK;
}

int feedBestIndex(sqlite3_vtab*, sqlite3_index_info* info)
{
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto& constraint = info->aConstraint[i];
        if (constraint.iColumn == kSourceColumn && constraint.op == SQLITE_INDEX_CONSTRAINT_EQ
            && constraint.usable) {
            info->aConstraintUsage[i].argvIndex = 1;
            info->aConstraintUsage[i].omit = 1;
            info->idxNum = 1;
            info->estimatedCost = 1;
            return SQLITE_OK;
        }
    }
    info->idxNum = 0; // without its source the function has no rows
    info->estimatedCost = 2147483647;
    return SQLITE_OK;
}

int feedOpen(sqlite3_vtab*, sqlite3_vtab_cursor** cursor)
{
    void* memory = sqlite3_malloc(sizeof(Cursor));
    if (!memory)
        return SQLITE_NOMEM;
    *cursor = &(new (memory) Cursor{})->base;
    return SQLITE_OK;
}

int feedClose(sqlite3_vtab_cursor* cursor)
{
    reinterpret_cast<Cursor*>(cursor)->~Cursor();
    sqlite3_free(cursor);
    return SQLITE_OK;
}

int feedFilter(sqlite3_vtab_cursor* base, int idxNum, const char*, int argc, sqlite3_value** argv)
{
    auto* cursor = reinterpret_cast<Cursor*>(base);
    cursor->source = idxNum == 1 && argc == 1
        ? static_cast<SqliteRowFeed::Source*>(sqlite3_value_pointer(argv[0], kName))
        : nullptr;
    cursor->rowid = 0;
    advance(cursor);
    return SQLITE_OK;
}

int feedNext(sqlite3_vtab_cursor* cursor)
{
    advance(reinterpret_cast<Cursor*>(cursor));
    return SQLITE_OK;
}

int feedEof(sqlite3_vtab_cursor* cursor)
{
    return reinterpret_cast<Cursor*>(cursor)->atEnd ? 1 : 0;
}

int feedColumn(sqlite3_vtab_cursor* base, sqlite3_context* context, int index)
{
    const auto* cursor = reinterpret_cast<Cursor*>(base);
    if (index < 0 || index >= SqliteRowFeed::columnCount)
        return SQLITE_OK; // the hidden argument reads as NULL
    const SqliteRowFeed::Value& value = cursor->row[index];
    switch (value.type) {
    case SqliteRowFeed::Value::Type::Null:
        sqlite3_result_null(context);
        break;
    case SqliteRowFeed::Value::Type::Integer:
        sqlite3_result_int64(context, value.integer);
        break;
    case SqliteRowFeed::Value::Type::Real:
        sqlite3_result_double(context, value.real);
        break;
    case SqliteRowFeed::Value::Type::Text:
        // Static: the source keeps the text alive until it moves to the next row, and
        // SQLite has copied it into the record by then.
        sqlite3_result_text(context, value.text, value.size, SQLITE_STATIC);
        break;
    }
    return SQLITE_OK;
}

int feedRowid(sqlite3_vtab_cursor* cursor, sqlite3_int64* id)
{
    *id = reinterpret_cast<Cursor*>(cursor)->rowid;
    return SQLITE_OK;
}

const sqlite3_module& module()
{
    static const sqlite3_module m = [] {
        sqlite3_module made{};
        made.iVersion = 0;
        made.xCreate = nullptr; // eponymous only: it cannot be stored in a workspace
        made.xConnect = feedConnect;
        made.xBestIndex = feedBestIndex;
        made.xDisconnect = feedDisconnect;
        made.xOpen = feedOpen;
        made.xClose = feedClose;
        made.xFilter = feedFilter;
        made.xNext = feedNext;
        made.xEof = feedEof;
        made.xColumn = feedColumn;
        made.xRowid = feedRowid;
        return made;
    }();
    return m;
}

} // namespace

bool SqliteRowFeed::run(const QSqlDatabase& db, const char* sql, Source& source, QString* error)
{
    sqlite3* handle = SqliteSpecifics::handle(db);
    if (!handle) {
        *error = QStringLiteral("no open database");
        return false;
    }
    // Registering again replaces the module with itself; it costs nothing and needs no
    // bookkeeping of which connections have it.
    if (sqlite3_create_module_v2(handle, kName, &module(), nullptr, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(statement);
        return false;
    }
    sqlite3_bind_pointer(statement, 1, &source, kName, nullptr);
    const int rc = sqlite3_step(statement);
    const bool done = rc == SQLITE_DONE;
    if (!done)
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(statement);
    return done;
}

} // namespace stuurboord
