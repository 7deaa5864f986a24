#include "graph/style.h"

#include <array>

namespace kg::graph {
namespace {

struct FamilyInfo {
    RelationFamily family;
    std::string_view name;   // stable identifier, written into exports
    std::string_view color;  // strong enough to read as a thin line on white
};

constexpr std::array<FamilyInfo, 5> kFamilies{{
    {RelationFamily::kConflict, "conflict", "#c0392b"},
    {RelationFamily::kCooperation, "cooperation", "#1e8449"},
    {RelationFamily::kStructure, "structure", "#5d6d7e"},
    {RelationFamily::kMovement, "movement", "#d35400"},
    {RelationFamily::kOther, "other", "#7d3c98"},
}};

constexpr std::array<RelationFamily, 5> kFamilyValues{
    RelationFamily::kConflict, RelationFamily::kCooperation, RelationFamily::kStructure,
    RelationFamily::kMovement, RelationFamily::kOther};

}  // namespace

RelationFamily family_of(const Relation relation) {
    switch (relation) {
        case Relation::kFights:
        case Relation::kThreatens:
        case Relation::kSanctions:
        case Relation::kCriticizes:
        case Relation::kWarnsOf:
            return RelationFamily::kConflict;
        case Relation::kAlliedWith:
        case Relation::kSupports:
        case Relation::kSupplies:
        case Relation::kExchangesTechWith:
        case Relation::kCooperatesWith:
        case Relation::kMeetsWith:
            return RelationFamily::kCooperation;
        case Relation::kLeads:
        case Relation::kMemberOf:
        case Relation::kLocatedIn:
            return RelationFamily::kStructure;
        case Relation::kDeploysTo:
            return RelationFamily::kMovement;
        case Relation::kUrges:
            break;
    }
    return RelationFamily::kOther;
}

std::string_view to_string(const RelationFamily family) {
    return kFamilies[static_cast<std::size_t>(family)].name;
}

std::span<const RelationFamily> all_families() { return kFamilyValues; }

std::string_view family_color(const RelationFamily family) {
    return kFamilies[static_cast<std::size_t>(family)].color;
}

std::string_view shape_of(const EntityType type) {
    switch (type) {
        case EntityType::kPerson:
            return "ellipse";
        case EntityType::kCountry:
            return "box";
        case EntityType::kOrganization:
            return "hexagon";
        case EntityType::kLocation:
            return "house";
        case EntityType::kOther:
            break;
    }
    return "note";
}

std::string_view fill_of(const EntityType type) {
    switch (type) {
        case EntityType::kPerson:
            return "#fde9c9";
        case EntityType::kCountry:
            return "#d6e6f5";
        case EntityType::kOrganization:
            return "#dcefd9";
        case EntityType::kLocation:
            return "#efe3f3";
        case EntityType::kOther:
            break;
    }
    return "#eeeeee";
}

}  // namespace kg::graph
