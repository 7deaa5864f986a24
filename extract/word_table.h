#pragma once
// Internal to extract/: numbers for (context, word) pairs, the lookup every token of every
// document makes (its word's number for the rules; the name and title tries' next node). Most
// tokens are words no entry holds, so each slot keeps its key's hash and a miss is turned away
// without comparing strings; std::unordered_map took about a tenth of extraction's time here.
#include <cassert>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <span>
#include <string_view>
#include <vector>

#include "extract/text.h"

namespace kg::extract {

// A word's hash: its bytes eight at a time, most words in one step (FNV-1a, a multiply per
// byte each waiting on the last, was the tokenizer's slowest chain). start(), step() and
// finish() are the pieces, for the tokenizer, which hashes a word as it reads it (eight bytes
// read as text.h reads them).
class WordHash {
public:
    static std::uint32_t of(const std::string_view word) {
        std::uint64_t h = start(word.size());
        std::size_t i = 0;
        for (; i + 8 <= word.size(); i += 8) {
            h = step(h, load8(word.data() + i));
        }
        if (i < word.size()) {
            h = step(h, load_short(word.data() + i, word.size() - i));
        }
        return finish(h);
    }
    static constexpr std::uint64_t start(const std::size_t size) {
        return kSeed ^ (static_cast<std::uint64_t>(size) * kMultiplier);
    }
    // Eight bytes of the word, little-endian, zero past its end.
    static constexpr std::uint64_t step(std::uint64_t h, const std::uint64_t bytes) {
        h = (h ^ bytes) * kMultiplier;
        return h ^ (h >> 29);
    }
    static constexpr std::uint32_t finish(std::uint64_t h) {
        h ^= h >> 32;
        h *= 0xD6E8FEB86659FD93ULL;
        h ^= h >> 32;
        return static_cast<std::uint32_t>(h);
    }

private:
    static constexpr std::uint64_t kSeed = 0x243F6A8885A308D3ULL;
    static constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;
};

class WordTable {
public:
    static constexpr std::uint32_t kNone = ~std::uint32_t{0};

    // A word's own hash (WordHash), which a caller that looks the same word up under many
    // contexts computes once (Token::hash).
    static std::uint32_t word_hash(const std::string_view word) { return WordHash::of(word); }
    static constexpr std::uint32_t kEmptyHash = WordHash::finish(WordHash::start(0));  // ""

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

// A fixed set of folded words (the short lists extraction keeps in code: stopwords, heads of
// names, the nouns of "the two countries"), asked with the word's hash, which every token
// already has: one probe of a small WordTable, where std::unordered_set hashed the string
// again at every question.
class FoldedWordSet {
public:
    FoldedWordSet(const std::initializer_list<std::string_view> words) {
        for (const std::string_view word : words) {
            table_.insert(0, word, 0);
        }
    }
    explicit FoldedWordSet(const std::span<const std::string_view> words) {
        for (const std::string_view word : words) {
            table_.insert(0, word, 0);
        }
    }
    bool contains(const std::string_view word, const std::uint32_t hash) const {
        return table_.find(0, word, hash) != WordTable::kNone;
    }
    bool contains(const std::string_view word) const {
        return contains(word, WordTable::word_hash(word));
    }
    // A token (anything with a folded `norm` and its `hash`).
    template <typename Token>
        requires requires(const Token& t) {
            t.norm;
            t.hash;
        }
    bool contains(const Token& token) const {
        return contains(token.norm, token.hash);
    }

private:
    WordTable table_;
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
