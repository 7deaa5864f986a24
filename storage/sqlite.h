#pragma once

// Internal to storage/: thin RAII wrappers over the SQLite C API. sqlite3.h is included only by
// sqlite.cpp. Every failure throws storage::Error with SQLite's message; destructors never throw.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "storage/storage.h"

struct sqlite3;
struct sqlite3_stmt;

namespace kg::storage {

class Connection {
public:
    enum class Mode {
        kReadWrite,       // open or create
        kReadOnly,        // must exist; writes refused by SQLite (query_only)
        kReadOnlyLocked,  // read-only, and ATTACH, extensions and PRAGMA writes refused too
    };

    Connection(const std::string& path, Mode mode);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Runs one or more statements that return no rows.
    void exec(std::string_view sql);
    // A reading connection that closes last copies a log left by a writer into the file, as a
    // writing one does, and so ends the -wal and -shm files: for a file known to be kgraph's.
    void allow_checkpoint_on_close();
    std::int64_t last_insert_rowid() const;
    std::int64_t changes() const;  // rows the last statement inserted, updated or deleted
    // Whether the last failure was SQLite's SQLITE_READONLY, of any kind.
    bool failed_read_only() const;
    // Whether a transaction is open (BEGIN without its COMMIT or ROLLBACK yet).
    bool in_transaction() const;
    sqlite3* handle() const { return db_; }

private:
    sqlite3* db_ = nullptr;
};

class Statement {
public:
    Statement(Connection& connection, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based, as in SQLite. Text is copied by SQLite.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::string_view value);
    Statement& bind_optional(int index, const std::optional<std::string>& value);
    Statement& bind_null(int index);
    // Binds bytes as a BLOB (bind() binds text).
    Statement& bind_blob(int index, std::string_view bytes);
    // As bind() and bind_blob(), without the copy: SQLite reads the bytes where they are, so
    // they must stay as they are until the statement is reset (run() resets it). For the
    // inserts of ingest, which bind fields of a record that outlives the statement's step.
    Statement& bind_unowned(int index, std::string_view value);
    Statement& bind_blob_unowned(int index, std::string_view bytes);
    // The index of a named parameter such as ":since"; 0 when the statement has none by that
    // name, which the bind functions above refuse.
    int parameter_index(const std::string& name) const;

    // Steps once: true when a row is ready to read, false when the statement is done.
    bool step();
    // Steps to the end, for statements that return no rows, then resets for reuse.
    void run();
    // Makes the statement ready to run again; bindings are cleared.
    void reset();

    int column_count() const;
    std::string column_name(int index) const;
    bool column_is_null(int index) const;
    QueryResult::Kind column_type(int index) const;  // SQLite's storage class of the value
    // A blob's bytes, valid until the statement steps again or is reset.
    std::string_view column_blob(int index) const;
    std::int64_t column_int(int index) const;
    double column_double(int index) const;
    std::string column_text(int index) const;

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace kg::storage
