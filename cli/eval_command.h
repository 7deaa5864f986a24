#pragma once

// `kgraph eval GOLD.tsv`: scores the facts in the database against a gold file and prints
// precision, recall and F1 overall and per relation, with the missed and spurious facts.

#include <ostream>
#include <string>

#include "cli/commands.h"

namespace kg::cli {

struct EvalOptions {
    std::string gold_path;
    bool all_documents = false;  // score documents absent from the gold as having no facts
    bool summary_only = false;   // scores only, no missed/spurious lists
};

void cmd_eval(const Common& common, const EvalOptions& options, std::ostream& out);

}  // namespace kg::cli
