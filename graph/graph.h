#pragma once

// graph: the knowledge graph in memory, as a Boost.Graph adjacency_list with bundled properties.
//
// In: entities and facts (from storage). Out: lookups by name, neighbourhoods, shortest paths,
// centrality rankings and connected groups, and the graph written as DOT, GraphML, JSON
// node-link or Neo4j bulk-import CSV. Vertices are entities (EntityNode), edges are facts
// (FactEdge), directed subject -> object; a symmetric relation is one edge, followed both ways
// by every walk.
//
// Guarantees: output order is deterministic (entities in insertion order, which storage makes
// alphabetical; edges in insertion order), so the same graph always gives the same bytes;
// nothing here reads files or a database.

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "core/error.h"
#include "core/ontology.h"

namespace kg::graph {

class Error : public kg::Error {
public:
    explicit Error(const std::string& what) : kg::Error("graph: " + what) {}
};

struct EntityNode {
    std::string name;
    EntityType type = EntityType::kOther;
};

// A publication date as the number YYYYMMDD (2024-10-28 is 20241028), 0 when unknown: four
// bytes a fact where a string takes thirty-two, and it sorts as the date does.
using Date = std::uint32_t;
// 0 unless the text is YYYY-MM-DD.
Date date_from_text(std::string_view text);
// YYYY-MM-DD, or "" for 0.
std::string date_text(Date date);

inline constexpr std::uint32_t kNoEvidence = 0xFFFFFFFF;

// A fact's bundle: kept small, since a graph holds millions (the sentence lives in the
// KnowledgeGraph, see KnowledgeGraph::evidence()).
struct FactEdge {
    Relation relation = Relation::kDeploysTo;
    std::uint32_t documents = 0;  // distinct documents stating the fact
    std::uint32_t mentions = 0;   // supporting sentences
    Date first_date = 0;          // earliest publication date of those documents,
    Date last_date = 0;           // and the latest; 0 when no document has a date
    std::uint32_t evidence = kNoEvidence;  // the first supporting sentence, when loaded
};

using Graph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, EntityNode, FactEdge>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

class KnowledgeGraph {
public:
    // Adds an entity; a name already present returns its vertex unchanged.
    Vertex add_entity(const std::string& name, EntityType type);
    // Adds the fact `subject fact.relation object`, with its first supporting sentence when
    // given (fact.evidence is set here). A symmetric fact is added once.
    void add_fact(Vertex subject, Vertex object, FactEdge fact, std::string_view evidence = {});
    void add_fact(Vertex subject, Relation relation, Vertex object, std::uint32_t documents,
                  std::uint32_t mentions);
    // Makes room for the facts about to be added: how many each entity states (by vertex) and
    // how many are stated about it, so that adding them grows no entity's lists again.
    void reserve_facts(const std::vector<std::uint32_t>& stated_by,
                       const std::vector<std::uint32_t>& stated_about);

    // Exact canonical name; nullopt when absent.
    std::optional<Vertex> find(std::string_view name) const;

    // The fact's first supporting sentence; "" when none was loaded.
    std::string_view evidence(const FactEdge& fact) const {
        return fact.evidence < evidence_.size() ? std::string_view(evidence_[fact.evidence])
                                                : std::string_view();
    }

    const Graph& boost_graph() const { return graph_; }
    const EntityNode& entity(const Vertex v) const { return graph_[v]; }
    std::size_t entity_count() const { return boost::num_vertices(graph_); }
    std::size_t fact_count() const { return boost::num_edges(graph_); }

private:
    // The slot of `name` in by_name_: where it is, or the empty slot where it would go.
    std::size_t slot_of(std::string_view name) const;

    Graph graph_;
    // Vertices by name: an open-addressing table of vertex numbers (kEmpty when free), at most
    // half full, which reads the names from the graph itself instead of holding a copy of each.
    static constexpr std::uint32_t kEmpty = 0xFFFFFFFF;
    std::vector<std::uint32_t> by_name_;
    std::vector<std::string> evidence_;
};

// ---------------------------------------------------------------------------------------------
// Walking the graph (traversal.cpp). Every walk is a breadth-first search through Boost.Graph.

// Which way facts are followed: kOut from subject to object, kIn from object to subject, kBoth
// either way. A symmetric fact holds both ways, so it is followed both ways whatever the
// direction.
enum class Direction { kOut, kIn, kBoth };

// One step of a walk: the fact `subject relation object`, reached from `from`.
struct Hop {
    std::string from;
    std::string to;
    std::string subject;
    Relation relation = Relation::kDeploysTo;
    std::string object;
    std::uint32_t documents = 0;  // of the fact
};

struct Neighbor {
    std::string name;
    EntityType type = EntityType::kOther;
    int depth = 0;  // hops from the start
    Hop via;        // the fact that first reached it
};

struct NeighborOptions {
    int depth = 1;  // at least 1
    Direction direction = Direction::kBoth;
    std::optional<EntityType> type;  // list only entities of this type (walks through all)
};

// Every entity within `depth` hops of `start`, nearest first and then by name. Throws Error for
// an unknown start or a depth below 1.
std::vector<Neighbor> neighbors(const KnowledgeGraph& graph, std::string_view start,
                                const NeighborOptions& options);

struct PathOptions {
    Direction direction = Direction::kOut;
    int max_hops = 0;       // longer paths count as none; 0: any length
    std::size_t limit = 1;  // at most this many paths
};

// Shortest chains of facts from `from` to `to`, all of the same, smallest number of hops, the
// best supported (most documents summed over the hops) first. When there are more than
// `limit`, the first path is still the best supported one. Equally supported paths come in an
// order the graph fixes: compared from the last hop back, by the entity each hop leaves from (in
// the order entities were added), a fact it states before one stated about it, then the order
// facts were added. Empty when `to` cannot be reached (within max_hops); one empty path when
// from == to. Throws Error for an unknown name, a negative max_hops or a zero limit.
std::vector<std::vector<Hop>> shortest_paths(const KnowledgeGraph& graph, std::string_view from,
                                             std::string_view to, const PathOptions& options);

// The entities within `depth` hops of `focus` (either direction) and the facts among them.
// Throws Error for an unknown focus or a negative depth.
KnowledgeGraph focus_subgraph(const KnowledgeGraph& graph, std::string_view focus, int depth);

// The graph without the entities that take part in no fact.
KnowledgeGraph without_lone_entities(const KnowledgeGraph& graph);

// The `n` facts stated by the most documents (then by the most sentences; ties broken by
// subject, relation and object name, so the cut is the same every time) and the entities
// they join. All of the graph's facts when it holds no more than `n`.
KnowledgeGraph strongest_facts(const KnowledgeGraph& graph, std::size_t n);

// ---------------------------------------------------------------------------------------------
// Who matters (ranking.cpp). Only entities that take part in at least one fact are ranked.

enum class Centrality {
    kDegree,       // facts an entity takes part in, either end
    kPageRank,     // Boost.Graph's page_rank over facts subject -> object (symmetric ones both
                   // ways), damping 0.85, 100 iterations, scaled to sum to 1
    kBetweenness,  // Boost.Graph's brandes_betweenness_centrality, direction ignored, scaled to
                   // 0..1 (the share of shortest paths between others that pass through)
};

struct Ranked {
    std::string name;
    EntityType type = EntityType::kOther;
    double score = 0;
    std::size_t facts = 0;  // degree, for context
};

// Entities by `centrality`, highest first, ties by name. Betweenness costs entities x facts.
std::vector<Ranked> rank(const KnowledgeGraph& graph, Centrality centrality);

struct Component {
    std::vector<std::string> members;  // by name
    std::size_t facts = 0;
};

// Groups of entities connected by facts, direction ignored (Boost.Graph's
// connected_components); largest first, then by first member. Entities with no fact are left
// out.
std::vector<Component> components(const KnowledgeGraph& graph);

// ---------------------------------------------------------------------------------------------
// Writers. Each writes the graph as given; cut it first (focus_subgraph, a filtered load).

// Graphviz `dot` takes 2 s for 300 labelled edges, 13 s for 500 and minutes for 1,000; sfdp
// without edge labels draws thousands in seconds. Above this many edges a drawing should be cut
// (focus, minimum support) or drawn with sfdp and no edge labels.
inline constexpr std::size_t kLargeDrawing = 300;

struct DotOptions {
    std::string layout;                // "dot", "neato" or "sfdp"; empty: Graphviz's default
    bool edge_labels = true;           // the relation on each edge
    bool legend = true;                // entity types and relation families drawn
    std::optional<std::string> focus;  // an entity drawn with a heavy border
};

// Writes GraphViz DOT through Boost.Graph's write_graphviz. Node shape and fill by entity
// type; edge colour by relation family (conflict, cooperation, structure, movement), width by
// supporting documents, tooltip with the first evidence sentence; a legend of the types and
// families present. Entities without facts are left out. Names are escaped so any text,
// quotes, backslashes and line breaks included, comes out intact. Throws Error for an unknown
// layout.
void write_dot(const KnowledgeGraph& graph, std::ostream& out, const DotOptions& options = {});

// GraphML through Boost.Graph's write_graphml, for NetworkX and Gephi: nodes carry label and
// type, edges relation, family, documents, mentions, first_date, last_date and evidence; all
// scalar. Every entity is written, with or without facts.
void write_graphml(const KnowledgeGraph& graph, std::ostream& out);

// JSON node-link, for D3, Cytoscape and NetworkX's node_link_graph: {"directed", "multigraph",
// "graph", "nodes": [{"id", "type", "facts"}], "links": [{"source", "target", "relation",
// "symmetric", "family", "documents", "mentions", "first_date", "last_date", "evidence"}]}.
// Nodes are identified by name. Every entity is written.
void write_json(const KnowledgeGraph& graph, std::ostream& out);

// CSV with the headers Neo4j's bulk importer (neo4j-admin database import) reads: nodes with
// `name:ID`, `type` and `:LABEL` (Entity;Country, ...), relationships with `:START_ID`,
// `:END_ID`, `:TYPE` (DEPLOYS_TO, ...), the relation's own name and the counts. Fields are
// quoted as RFC 4180 says; line breaks inside a field become spaces, because the importer
// reads one record per line unless told otherwise.
void write_csv_nodes(const KnowledgeGraph& graph, std::ostream& out);
void write_csv_relationships(const KnowledgeGraph& graph, std::ostream& out);

}  // namespace kg::graph
