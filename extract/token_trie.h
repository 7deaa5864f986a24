#pragma once

// Internal to extract/: a trie over token sequences, the automaton the lexicon and the title
// list are compiled into. Looking up every match that starts at a token costs one hash probe
// per token walked, whatever the number of entries.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kg::extract {

class TokenTrie {
public:
    static constexpr std::uint32_t kRoot = 0;
    static constexpr std::int32_t kNoValue = -1;

    TokenTrie() : nodes_(1) {}

    // Inserts a sequence of folded tokens; returns the value slot of its final node.
    std::int32_t& insert(const std::vector<std::string>& tokens) {
        std::uint32_t node = kRoot;
        for (const auto& token : tokens) {
            const auto [it, inserted] =
                nodes_[node].next.try_emplace(token, static_cast<std::uint32_t>(nodes_.size()));
            if (inserted) {
                nodes_.emplace_back();
            }
            node = it->second;
        }
        return nodes_[node].value;
    }

    // The child of `node` for `token`, or kRoot when there is none (the root is never a child).
    std::uint32_t step(const std::uint32_t node, const std::string& token) const {
        const auto& next = nodes_[node].next;
        const auto it = next.find(token);
        return it == next.end() ? kRoot : it->second;
    }

    std::int32_t value(const std::uint32_t node) const { return nodes_[node].value; }
    std::size_t size() const { return nodes_.size(); }

private:
    struct Node {
        std::unordered_map<std::string, std::uint32_t> next;
        std::int32_t value = kNoValue;
    };
    std::vector<Node> nodes_;
};

}  // namespace kg::extract
