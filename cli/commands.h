#pragma once

// The read-side commands of `kgraph`: each opens the database read-only, asks storage or the
// graph, and prints. Argument parsing lives in main.cpp; these take parsed values.

#include <optional>
#include <ostream>
#include <string>

#include "cli/output.h"

namespace kg::storage {
class Database;
}

namespace kg::cli {

struct Common {
    std::string db_path;
    Format format = Format::kTable;
};

// The database every read command works on, opened read-only.
storage::Database open_reader(const Common& common);

void cmd_entities(const Common& common, const std::optional<std::string>& type, std::ostream& out);
void cmd_relations(const Common& common, std::ostream& out);
void cmd_explain(const Common& common, const std::string& subject, const std::string& relation,
                 const std::string& object, std::ostream& out);
void cmd_sql(const Common& common, const std::string& sql, std::ostream& out);
void cmd_stats(const Common& common, std::ostream& out);

}  // namespace kg::cli
