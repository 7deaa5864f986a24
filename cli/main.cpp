// The `kgraph` command: parses arguments with CLI11 and hands each subcommand to its function.
// Exit status: 0 ok, 1 runtime failure, 2 usage error. Errors are one line on stderr.

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/eval_command.h"
#include "cli/ingest.h"
#include "cli/names.h"
#include "cli/output.h"
#include "core/error.h"

namespace {

using kg::cli::Common;

constexpr const char* kDescription =
    "kgraph: build a knowledge graph from news text, then query it, draw it and inspect it with "
    "SQL.\n\nEntities (countries, organizations, people, places) become nodes; what the text says "
    "they do to each other becomes typed edges, each backed by the sentences that state it.";

constexpr const char* kFooter = R"(
Examples:
  kgraph ingest data/sample/                 read a folder of articles into ./kgraph.db
  kgraph facts --relation deploys-to         list facts, with how many documents state them
  kgraph query '? deploys-to Russia'         who deploys to Russia?
  kgraph explain "North Korea" deploys-to Russia   the sentences behind a fact
  kgraph neighbors "North Korea" --depth 2   what is around an entity
  kgraph path Iran NATO                      how two entities are connected
  kgraph export dot > graph.dot && dot -Tsvg graph.dot > graph.svg
  kgraph sql 'SELECT * FROM facts ORDER BY documents DESC LIMIT 10'

The database is --db PATH, else $KGRAPH_DB, else ./kgraph.db. Lists print as a table on a
terminal and as TSV when piped; --format table|tsv|json chooses. Exit status: 0 ok, 1 failure,
2 usage error.)";

std::string default_db() {
    const char* env = std::getenv("KGRAPH_DB");
    return env != nullptr && *env != '\0' ? env : "kgraph.db";
}

struct Options {
    std::string db = default_db();
    std::string format;
};

void add_db(CLI::App* command, Options& options) {
    command->add_option("--db", options.db, "Database file (default: $KGRAPH_DB or ./kgraph.db)")
        ->type_name("PATH");
}

void add_format(CLI::App* command, Options& options) {
    command->add_option("--format", options.format,
                        "Output: table, tsv or json (default: table on a terminal, else tsv)")
        ->check(CLI::IsMember({"table", "tsv", "json"}))
        ->type_name("FORMAT");
}

Common common_of(const Options& options) {
    return Common{options.db, kg::cli::parse_format(options.format)};
}

int run(int argc, char** argv) {
    CLI::App app{kDescription, "kgraph"};
    app.footer(kFooter);
    app.require_subcommand(1);
    app.set_version_flag("--version", "kgraph 0.1.0");
    Options options;

    // ingest
    kg::cli::IngestOptions ingest;
    auto* ingest_cmd = app.add_subcommand(
        "ingest",
        "Read articles (files, folders recursively, or - for stdin), extract entities and facts "
        "with their evidence, and store them. A document already stored (same bytes) is skipped. "
        "A document may open with a header block: a title line, then 'Date: YYYY-MM-DD' and/or "
        "'Source: ...' lines, then a blank line.");
    ingest_cmd->add_option("inputs", ingest.inputs, "Files, folders, or - for stdin")
        ->required()
        ->type_name("PATH...");
    ingest_cmd
        ->add_option("--lexicon", ingest.lexicon_dirs,
                     "Extra lexicon folder (layout of data/lexicon/) applied on top of the "
                     "built-in one; repeatable")
        ->allow_extra_args(false)
        ->type_name("DIR");
    ingest_cmd->add_option("--name", ingest.stdin_name, "Document name for stdin input")
        ->type_name("NAME");
    ingest_cmd->add_option("--batch", ingest.batch_documents,
                           "Documents per transaction (default 256)")
        ->check(CLI::PositiveNumber);
    ingest_cmd->add_flag("--quiet,-q", ingest.quiet, "No summary line");
    add_db(ingest_cmd, options);

    // entities
    std::optional<std::string> entity_type;
    auto* entities_cmd =
        app.add_subcommand("entities", "List entities with the documents and facts they are in");
    entities_cmd
        ->add_option("--type", entity_type,
                     "Only this type: person, country, organization, location, other")
        ->type_name("TYPE");
    add_db(entities_cmd, options);
    add_format(entities_cmd, options);

    // relations
    auto* relations_cmd =
        app.add_subcommand("relations", "List the relation types with how many facts each has");
    add_db(relations_cmd, options);
    add_format(relations_cmd, options);

    // facts
    std::optional<std::string> subject;
    std::optional<std::string> relation;
    std::optional<std::string> object;
    auto* facts_cmd = app.add_subcommand(
        "facts", "List facts with the number of documents and sentences stating each");
    facts_cmd->add_option("--subject,-s", subject, "Only facts with this subject")
        ->type_name("NAME");
    facts_cmd->add_option("--relation,-r", relation, "Only this relation (e.g. deploys-to)")
        ->type_name("RELATION");
    facts_cmd->add_option("--object,-o", object, "Only facts with this object")->type_name("NAME");
    add_db(facts_cmd, options);
    add_format(facts_cmd, options);

    // query
    std::string pattern;
    auto* query_cmd = app.add_subcommand(
        "query",
        "Facts matching a triple pattern 'SUBJECT RELATION OBJECT', ? for any: "
        "'? deploys-to Russia', 'North Korea ? ?'. Names resolve forgivingly (DPRK, north korea)");
    query_cmd->add_option("pattern", pattern, "The pattern, quoted as one argument")
        ->required()
        ->type_name("'S R O'");
    add_db(query_cmd, options);
    add_format(query_cmd, options);

    // neighbors
    std::string name;
    int depth = 1;
    auto* neighbors_cmd = app.add_subcommand(
        "neighbors", "Entities within --depth hops of an entity, following facts either way");
    neighbors_cmd->add_option("entity", name, "The entity")->required()->type_name("NAME");
    neighbors_cmd->add_option("--depth,-d", depth, "Hops (default 1)");
    add_db(neighbors_cmd, options);
    add_format(neighbors_cmd, options);

    // path
    std::string from;
    std::string to;
    auto* path_cmd =
        app.add_subcommand("path", "A shortest chain of facts connecting two entities");
    path_cmd->add_option("from", from, "Start entity")->required()->type_name("NAME");
    path_cmd->add_option("to", to, "End entity")->required()->type_name("NAME");
    add_db(path_cmd, options);
    add_format(path_cmd, options);

    // explain
    std::string explain_relation;
    auto* explain_cmd = app.add_subcommand(
        "explain", "The evidence for a fact: each document, sentence and rule behind it");
    explain_cmd->add_option("subject", from, "Subject entity")->required()->type_name("SUBJECT");
    explain_cmd->add_option("relation", explain_relation, "Relation")
        ->required()
        ->type_name("RELATION");
    explain_cmd->add_option("object", to, "Object entity")->required()->type_name("OBJECT");
    add_db(explain_cmd, options);
    add_format(explain_cmd, options);

    // export
    std::optional<std::string> focus;
    int focus_depth = 1;
    std::string output;
    auto* export_cmd = app.add_subcommand("export", "Write the graph in another format");
    export_cmd->require_subcommand(1);
    auto* dot_cmd = export_cmd->add_subcommand(
        "dot",
        "GraphViz DOT: node shape by entity type, edge label the relation. Render with "
        "'dot -Tsvg'");
    dot_cmd->add_option("--focus", focus, "Only the neighbourhood of this entity")
        ->type_name("NAME");
    dot_cmd->add_option("--depth", focus_depth, "Hops around --focus (default 1)");
    dot_cmd->add_option("--output,-o", output, "Write to this file instead of stdout")
        ->type_name("FILE");
    add_db(dot_cmd, options);

    // sql
    std::string sql;
    auto* sql_cmd = app.add_subcommand(
        "sql",
        "Run one read-only SQL statement. Public views: facts(subject, subject_type, relation, "
        "object, object_type, documents, mentions), evidence(subject, relation, object, document, "
        "sentence, rule), entity_names(name, type, alias)");
    sql_cmd->add_option("statement", sql, "The SQL, quoted as one argument")
        ->required()
        ->type_name("SQL");
    add_db(sql_cmd, options);
    add_format(sql_cmd, options);

    // eval
    kg::cli::EvalOptions eval;
    auto* eval_cmd = app.add_subcommand(
        "eval",
        "Score the database's facts against a gold file (TSV: doc, subject, relation, object; "
        "doc = the document's file name without extension): precision, recall and F1 overall "
        "and per relation, then the missed and the spurious facts with the rule and sentence "
        "that produced each. Only documents named in the gold are scored unless "
        "--all-documents.");
    eval_cmd->add_option("gold", eval.gold_path, "The gold file")->required()->type_name("GOLD.tsv");
    eval_cmd->add_flag("--all-documents", eval.all_documents,
                       "Also score stored documents the gold does not name, as having no facts");
    eval_cmd->add_flag("--summary", eval.summary_only, "Scores only, without the fact lists");
    add_db(eval_cmd, options);
    add_format(eval_cmd, options);

    // stats
    auto* stats_cmd = app.add_subcommand("stats", "Counts and sizes of the database");
    add_db(stats_cmd, options);
    add_format(stats_cmd, options);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // --help and --version exit 0; every other parse failure is a usage error.
        return app.exit(e) == 0 ? 0 : 2;
    }

    std::ostream& out = std::cout;
    if (ingest_cmd->parsed()) {
        ingest.db_path = options.db;
        const auto summary = kg::cli::run_ingest(ingest);
        return summary.failed > 0 ? 1 : 0;
    }
    const Common common = common_of(options);
    if (entities_cmd->parsed()) {
        kg::cli::cmd_entities(common, entity_type, out);
    } else if (relations_cmd->parsed()) {
        kg::cli::cmd_relations(common, out);
    } else if (facts_cmd->parsed()) {
        kg::cli::cmd_facts(common, subject, relation, object, out);
    } else if (query_cmd->parsed()) {
        kg::cli::cmd_query(common, pattern, out);
    } else if (neighbors_cmd->parsed()) {
        kg::cli::cmd_neighbors(common, name, depth, out);
    } else if (path_cmd->parsed()) {
        kg::cli::cmd_path(common, from, to, out);
    } else if (explain_cmd->parsed()) {
        kg::cli::cmd_explain(common, from, explain_relation, to, out);
    } else if (dot_cmd->parsed()) {
        if (output.empty()) {
            kg::cli::cmd_export_dot(common, focus ? focus : std::nullopt, focus_depth, out);
        } else {
            std::ofstream file(output, std::ios::binary);
            if (!file) {
                throw kg::Error(fmt::format("cannot write {}", output));
            }
            kg::cli::cmd_export_dot(common, focus, focus_depth, file);
            if (!file.flush()) {
                throw kg::Error(fmt::format("cannot write {}", output));
            }
        }
    } else if (sql_cmd->parsed()) {
        kg::cli::cmd_sql(common, sql, out);
    } else if (eval_cmd->parsed()) {
        kg::cli::cmd_eval(common, eval, out);
    } else if (stats_cmd->parsed()) {
        kg::cli::cmd_stats(common, out);
    }
    out.flush();
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const kg::cli::UsageError& e) {
        std::cerr << "kgraph: " << e.what() << "\n";
        return 2;
    } catch (const kg::Error& e) {
        std::cerr << "kgraph: " << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "kgraph: internal error: " << e.what() << "\n";
        return 1;
    }
}
