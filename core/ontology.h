#pragma once

// The vocabulary of the graph: entity types and relation types, as ../shared/ONTOLOGY.md defines
// them. The names returned by to_string() are stable identifiers: the CLI, the SQL views, the
// DOT export, the lexicon files and the evaluation files all use them as written. Never rename
// one; add new values at the end.

#include <optional>
#include <span>
#include <string_view>

namespace kg {

enum class EntityType { kPerson, kCountry, kOrganization, kLocation, kOther };

enum class Relation {
    kDeploysTo,
    kWarnsOf,
    kExchangesTechWith,
    kSupplies,
    kSupports,
    kAlliedWith,
    kFights,
    kThreatens,
    kSanctions,
    kMemberOf,
    kLeads,
    kLocatedIn,
    kMeetsWith,
    kCriticizes,
    kUrges,
    kCooperatesWith,
};

std::string_view to_string(EntityType type);
std::string_view to_string(Relation relation);

// Parse a stable name ("country", "deploys-to"). Case-sensitive; nullopt when unknown.
std::optional<EntityType> parse_entity_type(std::string_view name);
std::optional<Relation> parse_relation(std::string_view name);

// A symmetric relation holds in both directions and is stored once, ends in canonical order.
bool is_symmetric(Relation relation);

std::span<const EntityType> all_entity_types();
std::span<const Relation> all_relations();

}  // namespace kg
