#pragma once
// Internal to extract/: numbers for (context, word) pairs, the lookup every token of every
// document makes (its word's number for the rules; the name and title tries' next node). Most
// tokens are words no entry holds, so each slot keeps its key's hash and a miss is turned away
// without comparing strings; std::unordered_map took about a tenth of extraction's time here.
#include <cassert>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

class WordTable {
public:
    static constexpr std::uint32_t kNone = ~std::uint32_t{0};

    // A word's own hash, which a caller that looks the same word up under many contexts
    // computes once (Token::hash). FNV-1a: words are short, and a byte at a time costs less
    // here than a faster hash's setup.
    static std::uint32_t word_hash(const std::string_view word) {
        std::uint32_t h = kHashBasis;
        for (const char c : word) {
            h = hash_step(h, c);
        }
        return h;
    }
    // word_hash() a byte at a time, for the tokenizer, which hashes a word as it folds it.
    static constexpr std::uint32_t kHashBasis = 2166136261U;
    static std::uint32_t hash_step(const std::uint32_t h, const char c) {
        return (h ^ static_cast<unsigned char>(c)) * 16777619U;
    }

    // The number stored for (context, word), or kNone; `hash` is word_hash(word).
    std::uint32_t find(const std::uint32_t context, const std::string_view word,
                       const std::uint32_t hash) const {
        if (slots_.empty()) {
            return kNone;
        }
        const std::uint32_t h = mix(context, hash);
        return slots_[slot_for(context, word, h)].value;
    }
    std::uint32_t find(const std::uint32_t context, const std::string_view word) const {
        return find(context, word, word_hash(word));
    }

    // Stores `value` for (context, word) unless it has one; returns the one it has.
    std::uint32_t insert(const std::uint32_t context, const std::string_view word,
                         const std::uint32_t value) {
        assert(value != kNone && "kNone marks an empty slot");
        if (2 * (words_.size() + 1) > slots_.size()) {
            grow();
        }
        const std::uint32_t h = mix(context, word_hash(word));
        Slot& slot = slots_[slot_for(context, word, h)];
        if (slot.value == kNone) {
            slot = {h, context, value, static_cast<std::uint32_t>(words_.size())};
            words_.emplace_back(word);
        }
        return slot.value;
    }

private:
    struct Slot {
        std::uint32_t hash = 0;
        std::uint32_t context = 0;
        std::uint32_t value = kNone;  // kNone: the slot is empty
        std::uint32_t word = 0;       // index into words_
    };

    // The key's hash: the word's, mixed with the context so that one word under many contexts
    // (a trie's nodes) spreads over the table.
    static std::uint32_t mix(const std::uint32_t context, const std::uint32_t word_hash) {
        std::uint32_t h = word_hash ^ (context * 0x9E3779B9U);
        h ^= h >> 16;
        h *= 0x85EBCA6BU;
        h ^= h >> 13;
        return h;
    }

    // The slot that holds the key, or the empty one where it would go.
    std::size_t slot_for(const std::uint32_t context, const std::string_view word,
                         const std::uint32_t h) const {
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            const Slot& s = slots_[i];
            if (s.value == kNone ||
                (s.hash == h && s.context == context && words_[s.word] == word)) {
                return i;
            }
        }
    }

    void grow() {
        std::vector<Slot> old(slots_.empty() ? 64 : 2 * slots_.size());
        old.swap(slots_);
        for (const Slot& s : old) {
            if (s.value != kNone) {
                slots_[slot_for(s.context, words_[s.word], s.hash)] = s;
            }
        }
    }

    std::vector<Slot> slots_;          // a power of two in size, at most half full
    std::vector<std::string> words_;   // each key's word, in the order inserted
};

// A bit for each of 65,536 values of a word's hash (WordTable::word_hash), set for the words
// of a set: a clear bit says at once that a word is not in it, without a probe of the table
// that holds the set. Most words of a text start no name or title and name no rule word; the
// bits (8 KB) stay in cache where the tables' slots do not.
class HashBits {
public:
    void add(const std::uint32_t hash) {
        const std::uint32_t bit = hash & (kBits - 1);
        bits_[bit / 64] |= std::uint64_t{1} << (bit % 64);
    }
    bool may_hold(const std::uint32_t hash) const {
        const std::uint32_t bit = hash & (kBits - 1);
        return ((bits_[bit / 64] >> (bit % 64)) & 1) != 0;
    }

private:
    static constexpr std::uint32_t kBits = 1U << 16;
    std::vector<std::uint64_t> bits_ = std::vector<std::uint64_t>(kBits / 64);
};

}  // namespace kg::extract
