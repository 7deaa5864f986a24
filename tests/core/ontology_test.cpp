#include "core/ontology.h"

#include <gtest/gtest.h>

namespace kg {
namespace {

TEST(Ontology, RelationNamesRoundTrip) {
    ASSERT_EQ(all_relations().size(), 16U);
    for (const Relation r : all_relations()) {
        EXPECT_EQ(parse_relation(to_string(r)), r);
    }
    EXPECT_EQ(to_string(Relation::kDeploysTo), "deploys-to");
    EXPECT_FALSE(parse_relation("Deploys-To"));
}

TEST(Ontology, SymmetricRelationsAreTheFourOfTheOntology) {
    int symmetric = 0;
    for (const Relation r : all_relations()) {
        symmetric += is_symmetric(r) ? 1 : 0;
    }
    EXPECT_EQ(symmetric, 4);
    EXPECT_TRUE(is_symmetric(Relation::kAlliedWith));
    EXPECT_FALSE(is_symmetric(Relation::kLeads));
}

TEST(Ontology, EntityTypeNamesRoundTrip) {
    for (const EntityType t : all_entity_types()) {
        EXPECT_EQ(parse_entity_type(to_string(t)), t);
    }
    EXPECT_FALSE(parse_entity_type("nation"));
}

}  // namespace
}  // namespace kg
