#include "storage/recent_ids.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

namespace kg::storage {
namespace {

TEST(RecentIdsTest, FindsWhatWasPutAndNothingElse) {
    RecentIds<std::string, std::int64_t> ids(100);
    EXPECT_EQ(ids.find("Russia"), std::nullopt);
    ids.put("Russia", 1);
    ids.put("Democratic People's Republic of Korea", 2);  // past the short-string buffer
    EXPECT_EQ(ids.find("Russia"), 1);
    EXPECT_EQ(ids.find("Democratic People's Republic of Korea"), 2);
    EXPECT_EQ(ids.find("russia"), std::nullopt);
    ids.put("Russia", 3);  // a second put replaces the value
    EXPECT_EQ(ids.find("Russia"), 3);
}

TEST(RecentIdsTest, KeepsEveryKeyAsItsArrayGrows) {
    // 5,000 keys fit in one generation; the array starts small and doubles several times.
    RecentIds<std::int64_t, std::int64_t> ids(10000);
    for (std::int64_t k = 0; k < 5000; ++k) {
        ids.put(k, k * 7);
    }
    for (std::int64_t k = 0; k < 5000; ++k) {
        ASSERT_EQ(ids.find(k), k * 7) << k;
    }
    EXPECT_EQ(ids.find(5000), std::nullopt);
}

// Every key hashes alike: each is found past all the others in one run of slots.
struct SameHash {
    std::size_t operator()(std::int64_t) const { return 42; }
};

TEST(RecentIdsTest, FindsKeysWhoseHashesCollide) {
    RecentIds<std::int64_t, std::int64_t, SameHash> ids(1000);
    for (std::int64_t k = 0; k < 300; ++k) {
        ids.put(k, -k);
    }
    for (std::int64_t k = 0; k < 300; ++k) {
        ASSERT_EQ(ids.find(k), -k) << k;
    }
    EXPECT_EQ(ids.find(300), std::nullopt);
}

// A probe ends at an empty slot: a generation never fills its array, whatever the keys' hashes,
// and a cleared one is empty again. A full array would make this test probe forever.
TEST(RecentIdsTest, AMissEndsAtAnEmptySlotInAFullGenerationAndAfterClear) {
    RecentIds<std::int64_t, std::int64_t, SameHash> ids(128);  // generations of 64
    for (int round = 0; round < 3; ++round) {
        for (std::int64_t k = 0; k < 64; ++k) {
            ids.put(round * 1000 + k, k);
        }
        EXPECT_EQ(ids.find(-1), std::nullopt);
        EXPECT_EQ(ids.find(round * 1000 + 63), 63);
        ids.put(round * 1000 + 64, 64);  // the generation rotates
        EXPECT_EQ(ids.find(-1), std::nullopt);
        EXPECT_EQ(ids.find(round * 1000), 0);
        ids.clear();
        EXPECT_EQ(ids.find(round * 1000), std::nullopt);
    }
}

TEST(RecentIdsTest, KeepsWhatIsUsedAndDropsTheRestTwoGenerationsOn) {
    RecentIds<std::int64_t, std::int64_t> ids(200);  // generations of 100
    for (std::int64_t k = 0; k < 100; ++k) {
        ids.put(k, k);
    }
    ids.put(100, 100);  // the first generation is full: it becomes the older
    EXPECT_EQ(ids.find(0), 0);  // still there, and moved to the newer generation
    EXPECT_EQ(ids.find(5), 5);
    for (std::int64_t k = 101; k < 198; ++k) {
        ids.put(k, k);
    }
    ids.put(198, 198);  // the newer is full again: the first generation is dropped
    EXPECT_EQ(ids.find(0), 0);
    EXPECT_EQ(ids.find(5), 5);
    EXPECT_EQ(ids.find(1), std::nullopt);
    EXPECT_EQ(ids.find(99), std::nullopt);
    EXPECT_EQ(ids.find(100), 100);
    EXPECT_EQ(ids.find(150), 150);
    EXPECT_EQ(ids.find(198), 198);
}

TEST(RecentIdsTest, ClearForgetsBothGenerations) {
    RecentIds<std::int64_t, std::int64_t> ids(20);
    for (std::int64_t k = 0; k < 15; ++k) {
        ids.put(k, k);
    }
    ids.clear();
    for (std::int64_t k = 0; k < 15; ++k) {
        EXPECT_EQ(ids.find(k), std::nullopt) << k;
    }
    ids.put(3, 30);
    EXPECT_EQ(ids.find(3), 30);
}

}  // namespace
}  // namespace kg::storage
