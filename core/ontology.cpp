#include "core/ontology.h"

#include <array>

namespace kg {
namespace {

struct RelationInfo {
    Relation relation;
    std::string_view name;  // stable identifier, see ontology.h
    bool symmetric;
};

// One row per relation of ONTOLOGY.md, in enum order. These names are stable identifiers.
constexpr std::array<RelationInfo, 16> kRelations{{
    {Relation::kDeploysTo, "deploys-to", false},
    {Relation::kWarnsOf, "warns-of", false},
    {Relation::kExchangesTechWith, "exchanges-tech-with", true},
    {Relation::kSupplies, "supplies", false},
    {Relation::kSupports, "supports", false},
    {Relation::kAlliedWith, "allied-with", true},
    {Relation::kFights, "fights", false},
    {Relation::kThreatens, "threatens", false},
    {Relation::kSanctions, "sanctions", false},
    {Relation::kMemberOf, "member-of", false},
    {Relation::kLeads, "leads", false},
    {Relation::kLocatedIn, "located-in", false},
    {Relation::kMeetsWith, "meets-with", true},
    {Relation::kCriticizes, "criticizes", false},
    {Relation::kUrges, "urges", false},
    {Relation::kCooperatesWith, "cooperates-with", true},
}};

struct EntityTypeInfo {
    EntityType type;
    std::string_view name;  // stable identifier, see ontology.h
};

constexpr std::array<EntityTypeInfo, 5> kEntityTypes{{
    {EntityType::kPerson, "person"},
    {EntityType::kCountry, "country"},
    {EntityType::kOrganization, "organization"},
    {EntityType::kLocation, "location"},
    {EntityType::kOther, "other"},
}};

constexpr std::array<Relation, 16> kRelationValues = [] {
    std::array<Relation, 16> values{};
    for (std::size_t i = 0; i < kRelations.size(); ++i) {
        values[i] = kRelations[i].relation;
    }
    return values;
}();

constexpr std::array<EntityType, 5> kEntityTypeValues = [] {
    std::array<EntityType, 5> values{};
    for (std::size_t i = 0; i < kEntityTypes.size(); ++i) {
        values[i] = kEntityTypes[i].type;
    }
    return values;
}();

}  // namespace

std::string_view to_string(const EntityType type) {
    return kEntityTypes[static_cast<std::size_t>(type)].name;
}

std::string_view to_string(const Relation relation) {
    return kRelations[static_cast<std::size_t>(relation)].name;
}

std::optional<EntityType> parse_entity_type(const std::string_view name) {
    for (const auto& info : kEntityTypes) {
        if (info.name == name) {
            return info.type;
        }
    }
    return std::nullopt;
}

std::optional<Relation> parse_relation(const std::string_view name) {
    for (const auto& info : kRelations) {
        if (info.name == name) {
            return info.relation;
        }
    }
    return std::nullopt;
}

bool is_symmetric(const Relation relation) {
    return kRelations[static_cast<std::size_t>(relation)].symmetric;
}

std::span<const EntityType> all_entity_types() { return kEntityTypeValues; }

std::span<const Relation> all_relations() { return kRelationValues; }

}  // namespace kg
