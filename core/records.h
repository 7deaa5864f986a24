#pragma once

// Plain records that flow from extraction to storage: one extracted document with its entities
// and its facts. They own their strings, so they outlive the text they were extracted from.

#include <cstdint>
#include <string>
#include <vector>

#include "core/ontology.h"

namespace kg {

struct DocumentMeta {
    std::string path;          // as given at ingest ("-" for stdin), or the name given for it
    std::string content_hash;  // hex digest of the bytes; identifies the document
    std::string title;         // from the header block; empty when absent
    std::string date;          // YYYY-MM-DD from the header block; empty when absent
    std::string source;        // from the header block; empty when absent
    std::uint64_t bytes = 0;
};

// An entity the document mentions, with every name the lexicon knows it by.
struct EntityRecord {
    std::string name;
    EntityType type = EntityType::kOther;
    std::vector<std::string> aliases;
    std::uint32_t mentions = 0;  // how often this document mentions it
};

// One supporting sentence for one fact. For a symmetric relation subject and object are in
// canonical order (subject < object).
struct FactRecord {
    std::string subject;
    Relation relation = Relation::kDeploysTo;
    std::string object;
    std::string rule;               // id of the rule that produced it
    std::uint32_t sentence_index = 0;  // 0-based position of the sentence in the document
    std::uint32_t sentence_offset = 0; // byte offset of the sentence in the document
    std::string sentence;           // the sentence as written
};

struct ExtractedDocument {
    DocumentMeta meta;
    std::vector<EntityRecord> entities;
    std::vector<FactRecord> facts;
};

}  // namespace kg
