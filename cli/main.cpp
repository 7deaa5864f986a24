// The `kgraph` command: parses arguments with CLI11 and hands each subcommand to its function.
// Exit status: 0 ok, 1 runtime failure, 2 usage error. Errors are one line on stderr.

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/eval_command.h"
#include "cli/export_command.h"
#include "cli/filters.h"
#include "cli/graph_commands.h"
#include "cli/ingest.h"
#include "cli/interrupt.h"
#include "cli/names.h"
#include "cli/output.h"
#include "cli/query_command.h"
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
  kgraph query '?a supplies ?b' '?b threatens "United States"'
                                             who supplies someone who threatens the US?
  kgraph explain "North Korea" deploys-to Russia   the sentences behind a fact
  kgraph neighbors "North Korea" --depth 2   what is around an entity
  kgraph path --undirected "Kim Jong Un" NATO   how two entities are connected
  kgraph rank --by pagerank --top 10         who matters most
  kgraph export svg --focus Kursk --depth 2 -o kursk.svg   draw a neighbourhood
  kgraph export graphml -o graph.graphml     for NetworkX and Gephi (also json, csv)
  kgraph sql 'SELECT * FROM facts ORDER BY documents DESC LIMIT 10'

The database is --db PATH, else $KGRAPH_DB, else ./kgraph.db. Lists print as a table on a
terminal and as TSV when piped; --format table|tsv|json chooses. Exit status: 0 ok, 1 failure,
2 usage error.)";

std::string default_db() {
    const char* env = std::getenv("KGRAPH_DB");
    return env != nullptr && *env != '\0' ? env : "kgraph.db";
}

// A whole number from `min` to `max`, for the options that count. (CLI11's PositiveNumber says
// "not in range 0.000000 to" the largest double, in 300 digits.)
CLI::Validator whole_number(const long long min, const long long max = LLONG_MAX) {
    return CLI::Validator(
        [min, max](std::string& text) -> std::string {
            long long value = 0;
            const char* const end = text.data() + text.size();
            const auto [stop, ec] = std::from_chars(text.data(), end, value);
            if (ec == std::errc::result_out_of_range) {
                return fmt::format("{} is too large", text);
            }
            if (ec != std::errc() || stop != end) {
                return fmt::format("'{}' is not a whole number", text);
            }
            if (value < min) {
                return fmt::format("must be at least {}, not {}", min, value);
            }
            if (value > max) {
                return fmt::format("must be at most {}, not {}", max, value);
            }
            text = std::to_string(value);  // CLI11 would read "010" as octal
            return {};
        },
        "", "whole number");
}

// SQLite takes "" for a temporary database and ":memory:" for one in memory: both vanish when
// kgraph exits, so an ingest into either would report documents stored and store nothing.
std::string check_db_path(const std::string& path) {
    if (path.empty()) {
        return "an empty path; name a database file";
    }
    if (path == ":memory:") {
        return ":memory: is a database that is gone when kgraph exits; name a file";
    }
    return {};
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

void add_dates(CLI::App* command, std::optional<std::string>& since,
               std::optional<std::string>& until) {
    command
        ->add_option("--since", since,
                     "Only what documents published on or after this date state")
        ->type_name("YYYY-MM-DD");
    command
        ->add_option("--until", until,
                     "Only what documents published on or before this date state")
        ->type_name("YYYY-MM-DD");
}

// The options that cut the graph a command works on.
void add_cut(CLI::App* command, kg::cli::CutOptions& cut) {
    command
        ->add_option("--relation,-r", cut.relations,
                     "Only facts of this relation; a list supplies|supports, or repeat the option")
        ->allow_extra_args(false)
        ->type_name("RELATION");
    add_dates(command, cut.since, cut.until);
    command->add_option("--min-documents", cut.min_documents,
                        "Only facts stated by at least N documents (default 1)")
        ->type_name("N")
        ->transform(whole_number(1));
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
    ingest_cmd
        ->add_option("inputs", ingest.inputs,
                     "Files, folders (read recursively, in the order of their paths, passing "
                     "over hidden files and folders and the database itself), or - for stdin")
        ->required()
        ->type_name("PATH...");
    ingest_cmd
        ->add_option("--lexicon", ingest.lexicon_dirs,
                     "Extra lexicon folder (layout of data/lexicon/) applied on top of the "
                     "built-in one; repeatable")
        ->allow_extra_args(false)
        ->type_name("DIR");
    auto* name_option =
        ingest_cmd->add_option("--name", ingest.stdin_name, "Document name for stdin input (-)")
        ->type_name("NAME");
    ingest_cmd->add_option("--batch", ingest.batch_documents,
                           "Documents per transaction: a failure or a kill keeps what earlier "
                           "batches stored. Default: an eighth of the documents already in the "
                           "database, at least 2048, so commits cost the same share of the work "
                           "in a large database as in a small one")
        ->type_name("N")
        ->transform(whole_number(1));
    ingest_cmd->add_flag("--compact", ingest.compact,
                         "Rewrite the database at the end (SQLite's VACUUM): about a tenth "
                         "smaller, for a while more memory and time");
    ingest_cmd->add_option("--jobs,-j", ingest.jobs,
                           fmt::format("Extraction threads (default: one per core); one of "
                                       "them also writes, in input order; at most {}",
                                       kg::cli::kMaxJobs))
        ->transform(whole_number(1, static_cast<long long>(kg::cli::kMaxJobs)))
        ->type_name("N");
    ingest_cmd->add_flag("--quiet,-q", ingest.quiet, "No summary line");
    bool keep_going = false;
    auto* strict_flag = ingest_cmd->add_flag(
        "--strict", ingest.strict,
        "Stop at the first file that cannot be read or is not UTF-8 text; what came before it "
        "is kept");
    ingest_cmd
        ->add_flag("--keep-going", keep_going,
                   "Report a bad file and go on with the rest (the default)")
        ->excludes(strict_flag);
    std::optional<std::string> ingest_date;
    ingest_cmd
        ->add_option("--date", ingest_date,
                     "Publication date for documents whose header gives none")
        ->type_name("YYYY-MM-DD");
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
    kg::cli::FactsOptions facts;
    auto* facts_cmd = app.add_subcommand(
        "facts", "List facts with the number of documents and sentences stating each");
    facts_cmd->add_option("--subject,-s", facts.subject, "Only facts with this subject")
        ->type_name("NAME");
    facts_cmd->add_option("--relation,-r", facts.relation, "Only this relation (e.g. deploys-to)")
        ->type_name("RELATION");
    facts_cmd->add_option("--object,-o", facts.object, "Only facts with this object")
        ->type_name("NAME");
    add_dates(facts_cmd, facts.since, facts.until);
    facts_cmd->add_option("--limit", facts.limit, "At most N rows, the best supported (default 0: all)")
        ->type_name("N")
        ->transform(whole_number(0));
    add_db(facts_cmd, options);
    add_format(facts_cmd, options);

    // query
    kg::cli::QueryOptions query;
    auto* query_cmd = app.add_subcommand(
        "query",
        "Facts matching triple patterns 'SUBJECT RELATION OBJECT'. An end is a name, ?name for a "
        "variable or ? for anything; the relation is a name, a list supplies|supports, or ?. "
        "One pattern lists its facts: '? deploys-to Russia'. Several are joined on their "
        "variables, one row per binding with each fact's documents and mentions: "
        "'?a supplies ?b' '?b threatens \"United States\"'. Names resolve forgivingly (DPRK, "
        "north korea)");
    query_cmd->add_option("patterns", query.patterns, "Patterns, each quoted as one argument")
        ->required()
        ->type_name("'S R O'");
    add_dates(query_cmd, query.since, query.until);
    query_cmd->add_option("--limit", query.limit, "At most N rows (default 0: all)")
        ->type_name("N")
        ->transform(whole_number(0));
    add_db(query_cmd, options);
    add_format(query_cmd, options);

    // neighbors
    kg::cli::NeighborsOptions neighbors;
    auto* neighbors_cmd = app.add_subcommand(
        "neighbors",
        "Entities within --depth hops of an entity, each with the fact that first reached it");
    neighbors_cmd->add_option("entity", neighbors.entity, "The entity")
        ->required()
        ->type_name("NAME");
    neighbors_cmd->add_option("--depth,-d", neighbors.depth, "Hops (default 1)")
        ->type_name("N")
        ->transform(whole_number(1, INT_MAX));
    neighbors_cmd
        ->add_option("--direction", neighbors.direction,
                     "Follow facts out (subject to object), in (object to subject) or both "
                     "(default); symmetric facts go both ways")
        ->type_name("out|in|both");
    neighbors_cmd
        ->add_option("--type", neighbors.type,
                     "List only entities of this type (the walk passes through all)")
        ->type_name("TYPE");
    add_cut(neighbors_cmd, neighbors.cut);
    add_db(neighbors_cmd, options);
    add_format(neighbors_cmd, options);

    // path
    kg::cli::PathOptions path;
    auto* path_cmd = app.add_subcommand(
        "path",
        "The shortest chain of facts from one entity to another, the best supported if there are "
        "several; each hop with its relation, direction (forward, backward, both) and documents. "
        "Follows facts from subject to object unless --undirected");
    path_cmd->add_option("from", path.from, "Start entity")->required()->type_name("NAME");
    path_cmd->add_option("to", path.to, "End entity")->required()->type_name("NAME");
    path_cmd->add_flag("--undirected,-u", path.undirected,
                       "Follow facts either way (\"how are they connected at all?\")");
    path_cmd->add_option("--max-hops", path.max_hops,
                         "Only paths of at most N hops (default 0: any length)")
        ->type_name("N")
        ->transform(whole_number(0, INT_MAX));
    path_cmd->add_flag("--all,-a", path.all,
                       "Every shortest path (up to 100), numbered in the path column");
    add_cut(path_cmd, path.cut);
    add_db(path_cmd, options);
    add_format(path_cmd, options);

    // rank
    kg::cli::RankOptions rank;
    auto* rank_cmd = app.add_subcommand(
        "rank",
        "Entities ranked by centrality, with Boost.Graph's algorithms: degree (facts it takes part "
        "in), pagerank (importance from the facts pointing at it, subject to object), "
        "betweenness (how much it lies between the others, direction ignored)");
    rank_cmd->add_option("--by", rank.by, "degree (default), pagerank or betweenness")
        ->type_name("MEASURE");
    rank_cmd->add_option("--top,-n", rank.top, "Only the first N (default 20; 0: all)")
        ->type_name("N")
        ->transform(whole_number(0));
    add_cut(rank_cmd, rank.cut);
    add_db(rank_cmd, options);
    add_format(rank_cmd, options);

    // components
    kg::cli::CutOptions components;
    auto* components_cmd = app.add_subcommand(
        "components",
        "Groups of entities connected by facts (direction ignored), largest first; entities "
        "with no fact are left out");
    add_cut(components_cmd, components);
    add_db(components_cmd, options);
    add_format(components_cmd, options);

    // explain
    std::string from;
    std::string to;
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
    kg::cli::ExportOptions exported;
    bool no_legend = false;
    auto* export_cmd = app.add_subcommand(
        "export",
        "Write the graph, or the part --focus and the filters cut out, as: dot (Graphviz: shape "
        "and colour by entity type, edge colour by relation family, width by documents, "
        "evidence tooltips, a legend), svg or png (drawn by Graphviz, which must be installed), "
        "graphml (NetworkX, Gephi), json (node-link, for D3 and Cytoscape) or csv (nodes.csv "
        "and relationships.csv for Neo4j's bulk importer, into the folder -o names)");
    export_cmd->add_option("format", exported.format, "dot, svg, png, graphml, json or csv")
        ->required()
        ->type_name("FORMAT");
    export_cmd->add_option("--output,-o", exported.output,
                           "Write to this file (csv: this folder) instead of stdout")
        ->type_name("PATH");
    export_cmd->add_option("--focus", exported.focus, "Only the neighbourhood of this entity")
        ->type_name("NAME");
    export_cmd->add_option("--depth,-d", exported.depth, "Hops around --focus (default 1)")
        ->type_name("N")
        ->transform(whole_number(1, INT_MAX));
    export_cmd
        ->add_option("--top,-n", exported.top,
                     "Only the N facts stated by the most documents, after --focus and the "
                     "filters: a readable drawing of a big graph (dot copes with a few hundred)")
        ->type_name("N")
        ->transform(whole_number(1));
    export_cmd
        ->add_option("--layout", exported.layout,
                     "Drawings: the Graphviz layout, dot (default; ranks left to right), neato "
                     "or sfdp (large graphs)")
        ->type_name("ENGINE");
    export_cmd->add_flag("--no-legend", no_legend, "Drawings: leave the legend out");
    add_cut(export_cmd, exported.cut);
    add_db(export_cmd, options);

    // sql
    std::string sql;
    auto* sql_cmd = app.add_subcommand(
        "sql",
        "Run one read-only SQL statement. Public views: facts(subject, subject_type, relation, "
        "object, object_type, documents, mentions), evidence(subject, relation, object, document, "
        "sentence, rule), entity_names(name, type, alias). In JSON numbers are numbers; a blob "
        "is written X'hex'");
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
        "that produced each. Gold names may be aliases, and match without regard to case or "
        "accents. Only documents named in the gold are scored unless --all-documents.");
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

    // Checked here, not by CLI11, so that $KGRAPH_DB is checked too.
    if (const std::string problem = check_db_path(options.db); !problem.empty()) {
        throw kg::cli::UsageError(fmt::format("--db: {}", problem));
    }

    std::ostream& out = std::cout;
    if (ingest_cmd->parsed()) {
        ingest.db_path = options.db;
        if (name_option->count() > 0 &&
            std::find(ingest.inputs.begin(), ingest.inputs.end(), "-") == ingest.inputs.end()) {
            throw kg::cli::UsageError("--name names the document read from stdin: give - among "
                                      "the inputs");
        }
        if (ingest_date) {
            ingest.default_date = kg::cli::parse_date(*ingest_date, "--date");
        }
        const auto summary = kg::cli::run_ingest(ingest);
        if (summary.interrupted) {
            return kg::cli::interrupted_exit_status(kg::cli::interrupt_signal());  // 130 for ^C
        }
        return summary.failed > 0 ? 1 : 0;
    }
    const Common common = common_of(options);
    if (entities_cmd->parsed()) {
        kg::cli::cmd_entities(common, entity_type, out);
    } else if (relations_cmd->parsed()) {
        kg::cli::cmd_relations(common, out);
    } else if (facts_cmd->parsed()) {
        kg::cli::cmd_facts(common, facts, out);
    } else if (query_cmd->parsed()) {
        kg::cli::cmd_query(common, query, out);
    } else if (neighbors_cmd->parsed()) {
        kg::cli::cmd_neighbors(common, neighbors, out);
    } else if (path_cmd->parsed()) {
        kg::cli::cmd_path(common, path, out);
    } else if (rank_cmd->parsed()) {
        kg::cli::cmd_rank(common, rank, out);
    } else if (components_cmd->parsed()) {
        kg::cli::cmd_components(common, components, out);
    } else if (explain_cmd->parsed()) {
        kg::cli::cmd_explain(common, from, explain_relation, to, out);
    } else if (export_cmd->parsed()) {
        exported.legend = !no_legend;
        kg::cli::cmd_export(common, exported, out);
    } else if (sql_cmd->parsed()) {
        kg::cli::cmd_sql(common, sql, out);
    } else if (eval_cmd->parsed()) {
        kg::cli::cmd_eval(common, eval, out);
    } else if (stats_cmd->parsed()) {
        kg::cli::cmd_stats(common, out);
    }
    // Output that did not all arrive (a full disk, a file system gone) is an error, not a
    // success with a short file: the stream says so only once flushed.
    errno = 0;
    out.flush();
    if (!out) {
        const int error = errno;
        throw kg::Error(fmt::format("cannot write the output{}",
                                    error != 0 ? fmt::format(": {}", std::strerror(error)) : ""));
    }
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
