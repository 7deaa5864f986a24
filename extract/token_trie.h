#pragma once

// Internal to extract/: a trie over token sequences, the automaton the lexicon and the title
// list are compiled into. Looking up every match that starts at a token costs one probe of a
// WordTable per token walked, whatever the number of entries.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/word_table.h"

namespace kg::extract {

class TokenTrie {
public:
    static constexpr std::uint32_t kRoot = 0;
    static constexpr std::int32_t kNoValue = -1;

    // Inserts a sequence of folded tokens; returns the value slot of its final node.
    std::int32_t& insert(const std::vector<std::string>& tokens) {
        if (!tokens.empty()) {
            first_.add(WordTable::word_hash(tokens.front()));
        }
        std::uint32_t node = kRoot;
        for (const auto& token : tokens) {
            const auto next = static_cast<std::uint32_t>(values_.size());
            node = next_.insert(node, token, next);
            if (node == next) {
                values_.push_back(kNoValue);
            }
        }
        return values_[node];
    }

    // The child of `node` for `token`, or kRoot when there is none (the root is never a child).
    // `hash` is WordTable::word_hash(token).
    std::uint32_t step(const std::uint32_t node, const std::string_view token,
                       const std::uint32_t hash) const {
        const std::uint32_t child = next_.find(node, token, hash);
        return child == WordTable::kNone ? kRoot : child;
    }
    std::uint32_t step(const std::uint32_t node, const std::string_view token) const {
        return step(node, token, WordTable::word_hash(token));
    }

    // False when no entry starts with a word of this hash (WordTable::word_hash): most words of
    // a text start none, and a bit answers for them before any probe of the table.
    bool may_start(const std::uint32_t hash) const { return first_.may_hold(hash); }

    std::int32_t value(const std::uint32_t node) const { return values_[node]; }
    std::size_t size() const { return values_.size(); }

private:
    WordTable next_;                              // (node, token) -> child node
    HashBits first_;                              // the first words of the entries
    std::vector<std::int32_t> values_{kNoValue};  // by node; the root is node 0
};

}  // namespace kg::extract
