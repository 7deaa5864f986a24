#include "storage/sqlite.h"

#include <sqlite3.h>

#include <mutex>
#include <set>
#include <string_view>

#include <fmt/format.h>

#include "storage/storage.h"

namespace kg::storage {
namespace {

constexpr const char* kBusy =
    "database is busy (another kgraph is writing it); try again when it is done";

bool is_busy(const int rc) { return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED; }

[[noreturn]] void fail(sqlite3* db, std::string_view what) {
    throw Error(fmt::format("{}: {}", what, db != nullptr ? sqlite3_errmsg(db) : "out of memory"));
}

// Authorizer for the locked read-only mode: reads and functions pass, anything that could
// write, attach a file or change the connection is denied, whatever the SQL text looks like.
int read_only_authorizer(void*, const int action, const char* arg1, const char* arg2,
                         const char*, const char*) {
    switch (action) {
        case SQLITE_SELECT:
        case SQLITE_READ:
        case SQLITE_FUNCTION:
        case SQLITE_RECURSIVE:
            return SQLITE_OK;
        case SQLITE_PRAGMA: {
            // Pragmas that only describe the database, for inspecting it; never one that sets.
            static const std::set<std::string_view> kDescribing{
                "table_info", "table_xinfo", "table_list", "index_list", "index_info",
                "index_xinfo", "foreign_key_list", "database_list", "collation_list",
                "function_list", "pragma_list", "compile_options", "integrity_check",
                "quick_check", "foreign_key_check"};
            static const std::set<std::string_view> kReadable{
                "user_version", "schema_version", "application_id", "page_count", "page_size",
                "freelist_count", "encoding", "journal_mode"};
            const std::string_view name = arg1 != nullptr ? arg1 : "";
            if (kDescribing.contains(name) || (arg2 == nullptr && kReadable.contains(name))) {
                return SQLITE_OK;
            }
            return SQLITE_DENY;
        }
        default:
            return SQLITE_DENY;
    }
}

}  // namespace

Connection::Connection(const std::string& path, const Mode mode) {
    // SQLite counts every allocation it makes, under a global mutex, for sqlite3_memory_used(),
    // which kgraph never asks: without it ingest takes 2% less CPU time (7% of the writer's
    // instructions). It can be set only before SQLite's first use, hence here, once.
    static std::once_flag configured;
    // And a path is a file's name, never a URI: Debian's SQLite reads "file::memory:" or
    // "file:x.db?mode=memory" as a database in memory, which an ingest would fill and lose.
    std::call_once(configured, [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        sqlite3_config(SQLITE_CONFIG_URI, 0);
    });
    // A reader is opened for writing too, where the file allows it, and kept from writing by
    // query_only: SQLite lets only a connection that may write end WAL mode's -wal and -shm
    // files, so a reader opened read-only would leave them beside the database after every
    // reading command. Where the file is read-only SQLite opens it so, and that is all. The
    // one write query_only allows, the checkpoint the last connection makes as it closes, is
    // off too until the caller knows the file is one of kgraph's (allow_checkpoint_on_close):
    // another program's database, with its log not yet copied in, is left as it was.
    const int flags = mode == Mode::kReadWrite ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                                               : SQLITE_OPEN_READWRITE;
    if (sqlite3_open_v2(path.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        const std::string message = db_ != nullptr ? sqlite3_errmsg(db_) : "out of memory";
        sqlite3_close(db_);
        db_ = nullptr;
        throw Error(fmt::format("cannot open {}: {}", path, message));
    }
    sqlite3_extended_result_codes(db_, 1);
    // Another process may be writing (WAL); wait for it rather than fail at once.
    sqlite3_busy_timeout(db_, 5000);
    sqlite3_db_config(db_, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    if (mode != Mode::kReadWrite) {
        sqlite3_db_config(db_, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        try {
            exec("PRAGMA query_only = ON");
        } catch (...) {
            sqlite3_close(db_);
            throw;
        }
    }
    if (mode == Mode::kReadOnlyLocked) {
        sqlite3_db_config(db_, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_limit(db_, SQLITE_LIMIT_ATTACHED, 0);
        sqlite3_set_authorizer(db_, read_only_authorizer, nullptr);
    }
}

void Connection::allow_checkpoint_on_close() {
    sqlite3_db_config(db_, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
}

Connection::~Connection() { sqlite3_close_v2(db_); }

bool Connection::in_transaction() const { return sqlite3_get_autocommit(db_) == 0; }

void Connection::exec(const std::string_view sql) {
    char* message = nullptr;
    const std::string text(sql);
    if (const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message);
        rc != SQLITE_OK) {
        const std::string error = message != nullptr ? message : sqlite3_errmsg(db_);
        sqlite3_free(message);
        // BEGIN IMMEDIATE waits for another writer up to the busy timeout, then lands here.
        throw Error(is_busy(rc) ? kBusy : error);
    }
}

std::int64_t Connection::last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }

std::int64_t Connection::changes() const { return sqlite3_changes64(db_); }

bool Connection::failed_read_only() const {
    return (sqlite3_extended_errcode(db_) & 0xFF) == SQLITE_READONLY;
}

Statement::Statement(Connection& connection, const std::string_view sql) : db_(connection.handle()) {
    const char* tail = nullptr;
    if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &stmt_, &tail) != SQLITE_OK) {
        fail(db_, "cannot prepare statement");
    }
    if (stmt_ == nullptr) {
        throw Error("empty SQL statement");
    }
    const std::string_view rest(tail, static_cast<std::size_t>(sql.data() + sql.size() - tail));
    if (rest.find_first_not_of(" \t\r\n;") != std::string_view::npos) {
        // Comments after the statement ("SELECT 1; -- why") prepare to no statement at all.
        sqlite3_stmt* next = nullptr;
        const int rc = sqlite3_prepare_v2(db_, rest.data(), static_cast<int>(rest.size()), &next,
                                          nullptr);
        sqlite3_finalize(next);
        if (rc != SQLITE_OK || next != nullptr) {
            sqlite3_finalize(stmt_);
            throw Error("only one SQL statement can be run at a time");
        }
    }
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(const int index, const std::int64_t value) {
    if (sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK) {
        fail(db_, "cannot bind parameter");
    }
    return *this;
}

Statement& Statement::bind(const int index, const std::string_view value) {
    if (sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT,
                            SQLITE_UTF8) != SQLITE_OK) {
        fail(db_, "cannot bind parameter");
    }
    return *this;
}

Statement& Statement::bind_optional(const int index, const std::optional<std::string>& value) {
    return value ? bind(index, std::string_view(*value)) : bind_null(index);
}

Statement& Statement::bind_blob(const int index, const std::string_view bytes) {
    if (sqlite3_bind_blob64(stmt_, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT) !=
        SQLITE_OK) {
        fail(db_, "cannot bind parameter");
    }
    return *this;
}

Statement& Statement::bind_unowned(const int index, const std::string_view value) {
    if (sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_STATIC,
                            SQLITE_UTF8) != SQLITE_OK) {
        fail(db_, "cannot bind parameter");
    }
    return *this;
}

Statement& Statement::bind_blob_unowned(const int index, const std::string_view bytes) {
    if (sqlite3_bind_blob64(stmt_, index, bytes.data(), bytes.size(), SQLITE_STATIC) !=
        SQLITE_OK) {
        fail(db_, "cannot bind parameter");
    }
    return *this;
}

Statement& Statement::bind_null(const int index) {
    if (sqlite3_bind_null(stmt_, index) != SQLITE_OK) {
        fail(db_, "cannot bind parameter");
    }
    return *this;
}

int Statement::parameter_index(const std::string& name) const {
    return sqlite3_bind_parameter_index(stmt_, name.c_str());
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    const std::string message = sqlite3_errmsg(db_);
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);  // as reset() does: nothing bound unowned stays bound
    if (is_busy(rc)) {
        throw Error(kBusy);
    }
    throw Error(message);
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

int Statement::column_count() const { return sqlite3_column_count(stmt_); }

std::string Statement::column_name(const int index) const {
    const char* name = sqlite3_column_name(stmt_, index);
    return name != nullptr ? name : "";
}

bool Statement::column_is_null(const int index) const {
    return sqlite3_column_type(stmt_, index) == SQLITE_NULL;
}

QueryResult::Kind Statement::column_type(const int index) const {
    switch (sqlite3_column_type(stmt_, index)) {
        case SQLITE_NULL:
            return QueryResult::Kind::kNull;
        case SQLITE_INTEGER:
            return QueryResult::Kind::kInteger;
        case SQLITE_FLOAT:
            return QueryResult::Kind::kReal;
        case SQLITE_BLOB:
            return QueryResult::Kind::kBlob;
        default:
            return QueryResult::Kind::kText;
    }
}

std::string_view Statement::column_blob(const int index) const {
    const void* blob = sqlite3_column_blob(stmt_, index);
    const int size = sqlite3_column_bytes(stmt_, index);
    return blob != nullptr
               ? std::string_view(static_cast<const char*>(blob), static_cast<std::size_t>(size))
               : std::string_view();
}

double Statement::column_double(const int index) const {
    return sqlite3_column_double(stmt_, index);
}

std::int64_t Statement::column_int(const int index) const {
    return sqlite3_column_int64(stmt_, index);
}

std::string Statement::column_text(const int index) const {
    const auto* text = sqlite3_column_text(stmt_, index);
    const int size = sqlite3_column_bytes(stmt_, index);
    return text != nullptr
               ? std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size))
               : std::string();
}

}  // namespace kg::storage
