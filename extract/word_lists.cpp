#include "extract/word_lists.h"

namespace kg::extract {

const FoldedWordSet& subordinators() {
    static const FoldedWordSet kSet{"when",     "after",  "before", "since", "because", "while",
                                    "although", "though", "until",  "once",  "as",      "if"};
    return kSet;
}

const FoldedWordSet& speech_verbs() {
    static const FoldedWordSet kSet{
        "said",   "says",     "say",      "told",   "tell",  "tells",   "added",     "announced",
        "stated", "reported", "insisted", "argued", "noted", "claimed", "confirmed", "declared"};
    return kSet;
}

const FoldedWordSet& speaker_nouns() {
    static const FoldedWordSet kSet{"representative", "representatives", "delegate",  "delegation",
                                    "ambassador",     "envoy",           "spokesman", "spokeswoman",
                                    "spokesperson",   "minister",        "diplomat"};
    return kSet;
}

}  // namespace kg::extract
