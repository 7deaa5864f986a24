#pragma once

// Internal to graph/: how entity types and relations look in a drawing, shared by the DOT and
// JSON writers so that a picture and a D3 page built from the JSON agree. The family names are
// written into exports, so they are stable identifiers like the ontology's names.

#include <span>
#include <string_view>

#include "core/ontology.h"

namespace kg::graph {

// Relations grouped by what they say, for one edge colour per group.
enum class RelationFamily { kConflict, kCooperation, kStructure, kMovement, kOther };

RelationFamily family_of(Relation relation);
std::string_view to_string(RelationFamily family);
std::span<const RelationFamily> all_families();

std::string_view family_color(RelationFamily family);
std::string_view shape_of(EntityType type);
std::string_view fill_of(EntityType type);

}  // namespace kg::graph
