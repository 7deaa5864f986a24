#pragma once

// Internal to storage/: the writer's bounded caches of ids it has looked up.

#include <algorithm>
#include <bit>
#include <cstddef>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace kg::storage {

// What the writer has looked up (ids), by key, in at most about `capacity` entries: two
// generations of up to half each. A key found in the older moves to the newer; when the newer
// is full it becomes the older, and the older is dropped. What is used often stays; memory is
// bounded with no bookkeeping per entry, and is reached early in an ingest, not after gigabytes.
// Each generation is one array probed in place: a lookup is a hash and a probe or two of
// neighbouring slots, where a node-based map chased a pointer per bucket and allocated a node
// per entry (its lookups of fact ids were 2% of a 10 MB ingest's time, and are what most
// evidence rows ask).
template <typename Key, typename Value, typename Hash = std::hash<Key>>
class RecentIds {
public:
    explicit RecentIds(const std::size_t capacity)
        : half_(std::max<std::size_t>(capacity / 2, 1)) {}

    std::optional<Value> find(const Key& key) {
        const std::size_t hash = Hash{}(key);
        if (const Value* value = newer_.find(key, hash)) {
            return *value;
        }
        if (const Value* found = older_.find(key, hash)) {
            const Value value = *found;
            put(key, hash, value);
            return value;
        }
        return std::nullopt;
    }

    void put(const Key& key, const Value& value) { put(key, Hash{}(key), value); }

    void clear() {
        newer_.clear();
        older_.clear();
    }

private:
    void put(const Key& key, const std::size_t hash, const Value& value) {
        if (newer_.size() >= half_) {
            std::swap(newer_, older_);
            newer_.clear();
        }
        newer_.put(key, hash, value);
    }

    // Open addressing with linear probing, at most half full. It starts small and doubles as it
    // fills, so a short ingest does not pay for the whole bound up front; clear() keeps the
    // array (a generation fills to the same size again).
    class Generation {
    public:
        std::size_t size() const { return size_; }

        const Value* find(const Key& key, const std::size_t hash) const {
            if (size_ == 0) {
                return nullptr;  // and before the first put() there are no slots to probe
            }
            for (std::size_t i = slot_of(hash);; i = (i + 1) & mask_) {
                const Slot& slot = slots_[i];
                if (!slot.used) {
                    return nullptr;
                }
                if (slot.hash == hash && slot.key == key) {
                    return &slot.value;
                }
            }
        }

        // The key is copied in, or moved when grow() carries it into the larger array.
        template <typename K>
        void put(K&& key, const std::size_t hash, const Value& value) {
            if (2 * (size_ + 1) > slots_.size()) {
                grow();
            }
            for (std::size_t i = slot_of(hash);; i = (i + 1) & mask_) {
                Slot& slot = slots_[i];
                if (!slot.used) {
                    slot.key = std::forward<K>(key);  // a cleared slot's buffer reused
                    slot.value = value;
                    slot.hash = hash;
                    slot.used = true;
                    ++size_;
                    return;
                }
                if (slot.hash == hash && slot.key == key) {
                    slot.value = value;
                    return;
                }
            }
        }

        void clear() {
            for (Slot& slot : slots_) {
                slot.used = false;
            }
            size_ = 0;
        }

    private:
        struct Slot {
            Key key{};
            Value value{};
            std::size_t hash = 0;
            bool used = false;
        };

        // The high bits of the hash times 2^64 / phi: EdgeKeyHash gives neighbouring values to
        // neighbouring ids, which linear probing on the low bits would pile into long runs.
        std::size_t slot_of(const std::size_t hash) const {
            return static_cast<std::size_t>((hash * 0x9E3779B97F4A7C15ULL) >> shift_);
        }

        void grow() {
            std::vector<Slot> old = std::exchange(
                slots_, std::vector<Slot>(std::max<std::size_t>(64, 2 * slots_.size())));
            mask_ = slots_.size() - 1;
            shift_ = 64 - static_cast<unsigned>(std::countr_zero(slots_.size()));
            size_ = 0;
            for (Slot& slot : old) {
                if (slot.used) {
                    put(std::move(slot.key), slot.hash, slot.value);
                }
            }
        }

        std::vector<Slot> slots_;
        std::size_t mask_ = 0;
        unsigned shift_ = 64;
        std::size_t size_ = 0;
    };

    std::size_t half_;
    Generation newer_;
    Generation older_;
};

}  // namespace kg::storage
