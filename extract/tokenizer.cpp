#include "extract/tokenizer.h"

#include <algorithm>
#include <array>

#include "extract/text.h"
#include "extract/word_table.h"

namespace kg::extract {
namespace {

// Abbreviations that take a full stop without ending a sentence (folded, no dot).
bool is_abbreviation(const Token& token) {
    static const FoldedWordSet kSet{
        "mr",    "mrs",  "ms",   "dr",   "prof", "gen",  "lt",  "col",  "maj",  "capt", "cmdr",
        "adm",   "sgt",  "cpl",  "pvt",  "gov",  "sen",  "rep", "rev",  "hon",  "pres", "amb",
        "st",    "jr",   "sr",   "inc",  "corp", "ltd",  "co",  "no",   "nos",  "vs",   "etc",
        "approx", "dept", "est", "fig",  "jan",  "feb",  "mar", "apr",  "jun",  "jul",  "aug",
        "sep",   "sept", "oct",  "nov",  "dec",  "mon",  "tue", "wed",  "thu",  "fri",  "sat",
        "sun",   "mt",   "ft",   "op",   "vol",  "art",  "para", "cf",  "al",
    };
    return kSet.contains(token);
}

// Words that start sentences, to tell "in the U.S. The next day" from "U.S. officials".
bool is_sentence_starter(const Token& token) {
    static const FoldedWordSet kSet{
        "the", "a", "an", "it", "he", "she", "they", "we", "i", "this", "that", "these",
        "those", "but", "and", "in", "on", "at", "as", "its", "their", "his", "her", "there",
    };
    return kSet.contains(token);
}

// ASCII letters and digits, the bytes that go on a word: most of the text, answered by one
// lookup where decode_at() and the is_* tests take a dozen comparisons.
constexpr std::array<bool, 128> kWordByte = [] {
    std::array<bool, 128> table{};
    for (int c = 0; c < 128; ++c) {
        table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return table;
}();

bool is_apostrophe(const char32_t c) { return c == '\'' || c == U'\u2019' || c == U'\u02BC'; }

bool is_bullet(const char32_t c) {
    return c == U'\u2022' || c == U'\u25CF' || c == U'\u25AA' || c == U'\u2023' ||
           c == U'\u25E6' || c == U'\u2043' || c == U'\u00B7';
}

class Tokenizer {
public:
    Tokenizer(const std::string_view text, const std::size_t end, std::vector<Token>& out,
              FoldedText& folded)
        : text_(text), end_(end), out_(out), folded_(folded) {}

    void run(std::size_t pos, bool line_start) {
        int newlines = 0;
        std::size_t line_begin = out_.size();  // the first token of the line being read
        // Whether that line opens a block: the text's first, or after a break or a stop. Only
        // such a line can be a heading; a short line inside a paragraph is a wrapped one.
        bool line_opens_block = true;
        bool line_is_item = false;  // the line being read opened with a list marker
        while (pos < end_) {
            if (text_[pos] == ' ') {  // the commonest byte after letters, and nothing to do
                ++pos;
                continue;
            }
            const CodePoint cp = decode_at(text_, pos);
            if (is_space(cp.value)) {
                if (cp.value == '\n') {
                    ++newlines;
                    line_start = true;
                }
                pos += cp.size;
                continue;
            }
            if (line_start) {
                const std::size_t marker = list_marker(pos);
                const bool capital_next = !(is_letter(cp.value) && !is_upper(cp.value));
                if (newlines >= 2 || marker > 0 ||
                    ((line_opens_block || time_stamp(line_begin)) && short_line(line_begin) &&
                     capital_next) ||
                    (line_is_item && short_item(line_begin) && capital_next)) {
                    add_break(pos);
                }
                line_start = false;
                newlines = 0;
                line_opens_block = out_.empty() || ends_block(out_.back()) || line_is_item;
                line_begin = out_.size();
                line_is_item = marker > 0;
                if (marker > 0) {
                    pos += marker;  // the marker is layout, not text
                    continue;
                }
            }
            if (is_letter(cp.value)) {
                pos = word(pos);
            } else if (is_digit(cp.value)) {
                pos = number(pos);
            } else {
                add(pos, pos + cp.size, TokenKind::kPunct);
                pos += cp.size;
            }
        }
    }

private:
    // The length of a list marker at the start of a line: a bullet, "- ", "* ", "1. " or
    // "2) "; 0 when the line does not start a list item.
    std::size_t list_marker(const std::size_t pos) const {
        const CodePoint cp = decode_at(text_, pos);
        if (is_bullet(cp.value)) {
            return cp.size;
        }
        if ((cp.value == '-' || cp.value == '*') && pos + 1 < end_ && text_[pos + 1] == ' ') {
            return 1;
        }
        std::size_t p = pos;
        while (p < end_ && is_digit(static_cast<unsigned char>(text_[p]))) {
            ++p;
        }
        if (p > pos && p - pos <= 3 && p + 1 < end_ && (text_[p] == '.' || text_[p] == ')') &&
            text_[p + 1] == ' ') {
            return p + 1 - pos;
        }
        return 0;
    }

    // Whether a line after this token opens a block: a break, a stop ending a sentence, or a
    // colon. (A line after a list item opens one too: run().)
    static bool ends_block(const Token& last) {
        return last.kind == TokenKind::kBreak || last.text == "." || last.text == "!" ||
               last.text == "?" || last.text == ":" || last.text == "\"" ||
               last.text == "\u201d";
    }

    // Whether the line whose tokens start at `first` opens with a time: "09:15", "9:40 GMT".
    bool time_stamp(const std::size_t first) const {
        return first + 2 < out_.size() && out_[first].kind == TokenKind::kNumber &&
               out_[first + 1].text == ":" && out_[first + 2].kind == TokenKind::kNumber;
    }

    // Whether the line whose tokens start at `first` may stand alone: a heading or a time
    // stamp ("First Karabakh War", "09:15") of at most five tokens, each word capitalized but
    // for a few small ones ("Blockade and Exodus"), ending in a word or a number that a wrapped
    // line does not run on from ("Russia deployed troops to"). Its sentence ends with it,
    // though no blank line follows, when it opens a block or is a time stamp and the next
    // line does not open with a small letter (run()).
    bool short_line(const std::size_t first) const {
        constexpr std::size_t kMaxTokens = 5;
        if (first >= out_.size() || out_.size() - first > kMaxTokens) {
            return false;
        }
        static constexpr std::array<std::string_view, 16> kSmall{
            "a",  "an", "and", "at",   "by", "for",  "from", "in",
            "of", "on", "or",  "that", "the", "to", "which", "with"};
        const auto small = [](const Token& t) {
            return std::find(kSmall.begin(), kSmall.end(), t.norm) != kSmall.end();
        };
        const bool heading_case = std::all_of(
            out_.begin() + static_cast<std::ptrdiff_t>(first), out_.end(), [&](const Token& t) {
                return t.kind != TokenKind::kWord || t.capitalized || small(t);
            });
        const Token& opening = out_[first];
        const Token& last = out_.back();
        return heading_case && (opening.capitalized || opening.kind == TokenKind::kNumber) &&
               (last.kind == TokenKind::kNumber || (last.kind == TokenKind::kWord && !small(last)));
    }

    // Whether the list item whose tokens start at `first` is a title line of its own: at most
    // twelve tokens, ending in a word ("1) MUSCAT: indirect talks end without a deal"), before
    // a line that opens with a capital (run()).
    bool short_item(const std::size_t first) const {
        constexpr std::size_t kMaxTokens = 12;
        return first < out_.size() && out_.size() - first <= kMaxTokens &&
               out_.back().kind == TokenKind::kWord;
    }

    char32_t peek(const std::size_t pos) const {
        return pos < end_ ? decode_at(text_, pos).value : 0;
    }

    std::size_t letters(std::size_t pos) const {
        while (pos < end_) {
            // Eight bytes at a time while they are ASCII letters and digits (a word's branch
            // per byte mispredicted at its end): the first that is not ends the word, or goes
            // the long way below.
            if (pos + 8 <= text_.size()) {
                const std::size_t run = ascii_alnum_prefix(text_.data() + pos);
                if (pos + run >= end_) {
                    return end_;
                }
                pos += run;
                if (run == 8) {
                    continue;
                }
            }
            const auto byte = static_cast<unsigned char>(text_[pos]);
            if (byte < 0x80) {
                if (!kWordByte[byte]) {
                    break;
                }
                ++pos;
                continue;
            }
            const CodePoint cp = decode_beyond_ascii(text_, pos);
            if (!is_letter(cp.value) && !is_digit(cp.value)) {
                break;
            }
            pos += cp.size;
        }
        return pos;
    }

    std::size_t word(const std::size_t begin) {
        std::size_t pos = letters(begin);
        // A currency's letters before its sign are the sign's: "A$200 million", "US$5 billion".
        if (pos < end_ && text_[pos] == '$' && pos - begin <= 3 &&
            std::all_of(text_.begin() + static_cast<std::ptrdiff_t>(begin),
                        text_.begin() + static_cast<std::ptrdiff_t>(pos),
                        [](const char c) { return c >= 'A' && c <= 'Z'; })) {
            add(begin, pos + 1, TokenKind::kPunct);
            return pos + 1;
        }
        // Most words end at a space, a comma or the like: only a full stop or an apostrophe
        // (ASCII or not) after a word asks for more than the word itself.
        if (const auto next = pos < end_ ? static_cast<unsigned char>(text_[pos]) : ' ';
            next != '.' && next != '\'' && next < 0x80) {
            add(begin, pos, TokenKind::kWord);
            return pos;
        }
        // Initialisms: U.S., U.K., e.g. -- single letters each followed by a dot.
        if (pos - begin == 1 && peek(pos) == '.' && is_letter(peek(pos + 1)) &&
            letters(pos + 1) == pos + 2 && peek(pos + 2) == '.') {
            while (pos - begin >= 1 && peek(pos) == '.' && is_letter(peek(pos + 1)) &&
                   letters(pos + 1) == pos + 2) {
                pos += 2;
            }
            if (peek(pos) == '.') {
                ++pos;
            }
            add(begin, pos, TokenKind::kWord);
            return pos;
        }
        // Apostrophes inside a name (O'Brien, d'Ivoire) stay in the word, and so do those of a
        // capitalized word that go on in lower case but for a contraction's or a possessive's
        // ending (Sana'a, Ta'ang, Ma'arib; not Russia's, They're).
        while (pos < end_ && is_apostrophe(peek(pos))) {
            const std::size_t after = pos + decode_at(text_, pos).size;
            const char32_t next = peek(after);
            if (!is_upper(next)) {
                if (!is_upper(peek(begin)) || !is_letter(next)) {
                    break;
                }
                const std::size_t rest_end = letters(after);
                const std::string_view rest = text_.substr(after, rest_end - after);
                static constexpr std::string_view kEndings[] = {"s",  "t",  "d", "m",
                                                                "ll", "re", "ve"};
                if (std::find(std::begin(kEndings), std::end(kEndings), rest) !=
                    std::end(kEndings)) {
                    break;
                }
                pos = rest_end;
                continue;
            }
            pos = letters(after);
        }
        // Contractions: "don't" -> "do", "n't".
        if (is_apostrophe(peek(pos)) && pos - begin >= 2 && (text_[pos - 1] == 'n') &&
            peek(pos + decode_at(text_, pos).size) == 't' &&
            !is_letter(peek(pos + decode_at(text_, pos).size + 1))) {
            add(begin, pos - 1, TokenKind::kWord);
            const std::size_t end = pos + decode_at(text_, pos).size + 1;
            add(pos - 1, end, TokenKind::kWord);
            return end;
        }
        add(begin, pos, TokenKind::kWord);
        // A known abbreviation keeps its dot, and so does a capital's initial before a
        // name: "S. Jaishankar" (not "I", a pronoun or a numeral).
        const bool initial = pos - begin == 1 && is_upper(peek(begin)) && text_[begin] != 'I' &&
                             peek(pos) == '.' && peek(pos + 1) == ' ' && is_upper(peek(pos + 2));
        if (peek(pos) == '.' && (is_abbreviation(out_.back()) || initial)) {
            Token& token = out_.back();
            token.text = text_.substr(begin, pos + 1 - begin);
            if (token.norm.data() == folded_.lowered.data() + begin) {
                // An ASCII word: the dot follows it in the lowered text too.
                token.norm = std::string_view(folded_.lowered).substr(begin, pos + 1 - begin);
            } else {
                // A word with other letters that folds to one ("İnc" -> "inc").
                std::string& norm = folded_.others.emplace_back(token.norm);
                norm += '.';
                token.norm = norm;
            }
            token.hash = WordTable::word_hash(token.norm);
            return pos + 1;
        }
        // Possessive: "Russia's", "allies'".
        if (is_apostrophe(peek(pos))) {
            const std::size_t after = pos + decode_at(text_, pos).size;
            if ((peek(after) == 's' || peek(after) == 'S') && !is_letter(peek(after + 1))) {
                add(pos, after + 1, TokenKind::kWord);
                return after + 1;
            }
            // After a plural's "s" the apostrophe alone is the possessive ("the Philippines'
            // only treaty ally"), unless it closes a quotation in single quotes.
            if ((text_[pos - 1] == 's' || text_[pos - 1] == 'S') && !is_letter(peek(after)) &&
                !in_single_quotes(pos)) {
                add(pos, after, TokenKind::kWord);
                Token& token = out_.back();
                token.norm = folded_.others.emplace_back("'s");
                token.hash = WordTable::word_hash(token.norm);
                token.capitalized = false;
                return after;
            }
        }
        return pos;
    }

    // Whether a single quotation is open at `pos`: more opening single quotes (an apostrophe
    // after a space, a bracket or a line's start, before a letter; or U+2018) than closing ones
    // (an apostrophe after a letter, before a space or a mark; or U+2019 so placed) before it
    // on its line, within a sentence's reach.
    bool in_single_quotes(const std::size_t pos) const {
        const std::size_t from = pos > 300 ? pos - 300 : 0;
        int open = 0;
        for (std::size_t k = pos; k-- > from;) {
            const char c = text_[k];
            if (c == '\n') {
                break;
            }
            const bool before_letter =
                k + 1 < text_.size() && is_letter(static_cast<unsigned char>(text_[k + 1]));
            const bool after_letter = k > 0 && is_letter(static_cast<unsigned char>(text_[k - 1]));
            if (c == '\'') {
                if ((k == 0 || text_[k - 1] == ' ' || text_[k - 1] == '(') && before_letter) {
                    ++open;
                } else if (after_letter && !before_letter) {
                    --open;
                }
            } else if (k + 2 < text_.size() && static_cast<unsigned char>(c) == 0xE2 &&
                       static_cast<unsigned char>(text_[k + 1]) == 0x80) {
                const auto mark = static_cast<unsigned char>(text_[k + 2]);
                if (mark == 0x98) {
                    ++open;  // U+2018 opens one wherever it stands
                } else if (mark == 0x99 && after_letter && k + 3 < text_.size() &&
                           !is_letter(static_cast<unsigned char>(text_[k + 3]))) {
                    --open;
                }
            }
        }
        return open > 0;
    }

    std::size_t number(const std::size_t begin) {
        std::size_t pos = begin;
        while (pos < end_) {
            const char c = text_[pos];
            if (is_digit(static_cast<unsigned char>(c))) {
                ++pos;
            } else if ((c == ',' || c == '.') && pos + 1 < end_ &&
                       is_digit(static_cast<unsigned char>(text_[pos + 1]))) {
                pos += 2;
            } else {
                break;
            }
        }
        // "2nd", "1990s", "F-16" style suffixes stay with the number.
        if (pos < end_ && is_letter(peek(pos))) {
            pos = letters(pos);
        }
        add(begin, pos, TokenKind::kNumber);
        return pos;
    }

    void add(const std::size_t begin, const std::size_t end, const TokenKind kind) {
        Token& token = out_.emplace_back();
        token.text = text_.substr(begin, end - begin);
        token.offset = static_cast<std::uint32_t>(begin);
        token.kind = kind;
        // One pass over an ASCII token (nearly all of them), eight bytes at a time, hashes its
        // folded form, which is already in the lowered text, and counts its capitals (the bytes
        // lowering changed, each by one bit) and small letters; anything else goes the long
        // way. Where the text goes on past the token its words are read whole and masked.
        const std::string_view text = token.text;
        const char* const raw = text_.data() + begin;
        const char* const lowered = folded_.lowered.data() + begin;
        const std::size_t size = end - begin;
        const bool whole_words = begin + ((size + 7) & ~std::size_t{7}) <= text_.size();
        std::uint64_t h = WordHash::start(size);
        int upper = 0;
        int lower = 0;
        std::size_t i = 0;
        for (; i < size; i += 8) {
            const std::size_t n = std::min<std::size_t>(size - i, 8);
            std::uint64_t word = 0;
            std::uint64_t folded = 0;
            if (whole_words) {
                word = load8(raw + i);
                folded = load8(lowered + i);
                if (n < 8) {
                    const std::uint64_t mask = (std::uint64_t{1} << (8 * n)) - 1;
                    word &= mask;
                    folded &= mask;
                }
            } else {
                word = load_short(raw + i, n);  // near the end of the text
                folded = load_short(lowered + i, n);
            }
            if ((word & kTops) != 0) {
                break;
            }
            h = WordHash::step(h, folded);
            // A byte lowering changed differs in 0x20 alone; a small letter is from 'a' to 'z'.
            // Each is a one per byte, counted by the multiply that sums a word's bytes.
            const std::uint64_t changed = ((word ^ folded) >> 5) & kOnes;
            const std::uint64_t small = bytes_in_range(word, 'a', 'z') >> 7;
            upper += static_cast<int>((changed * kOnes) >> 56);
            lower += static_cast<int>((small * kOnes) >> 56);
        }
        std::uint32_t hash = WordHash::finish(h);
        if (i >= size) {
            token.norm = std::string_view(folded_.lowered).substr(begin, end - begin);
        } else {
            std::string& norm = folded_.others.emplace_back();
            fold_into(text, norm);
            token.norm = norm;
            hash = WordTable::word_hash(norm);
            upper = 0;
            lower = 0;
            for (std::size_t p = begin; p < end;) {
                const CodePoint cp = decode_at(text_, p);
                if (is_upper(cp.value)) {
                    ++upper;
                } else if (is_letter(cp.value)) {
                    ++lower;
                }
                p += cp.size;
            }
        }
        token.hash = hash;
        if (kind == TokenKind::kWord) {
            token.capitalized = is_upper(decode_at(text_, begin).value);
            token.all_caps = upper >= 2 && lower == 0;
        }
    }

    void add_break(const std::size_t pos) {
        if (!out_.empty() && out_.back().kind != TokenKind::kBreak) {
            Token token;
            token.offset = static_cast<std::uint32_t>(pos);
            token.kind = TokenKind::kBreak;
            out_.push_back(std::move(token));
        }
    }

    std::string_view text_;
    std::size_t end_;
    std::vector<Token>& out_;
    FoldedText& folded_;
};

bool ends_sentence(const Token& token) {
    return token.kind == TokenKind::kPunct &&
           (token.norm == "." || token.norm == "!" || token.norm == "?" || token.norm == "\u2026");
}

bool closes(const Token& token) {
    return token.kind == TokenKind::kPunct &&
           (token.norm == "\"" || token.norm == "'" || token.norm == ")" || token.norm == "]");
}

bool can_start_sentence(const Token& token) {
    return token.capitalized || token.kind == TokenKind::kNumber || token.kind == TokenKind::kBreak ||
           (token.kind == TokenKind::kPunct && (token.norm == "\"" || token.norm == "'" ||
                                                token.norm == "(" || token.norm == "["));
}

}  // namespace

void tokenize(const std::string_view text, const std::size_t begin, const std::size_t end,
              std::vector<Token>& out, FoldedText& folded, const bool line_start) {
    // The lowered copy is sized to the whole text once, so that views into it stay valid while
    // other stretches of the same text are lowered into it.
    if (folded.lowered.size() != text.size()) {
        folded.lowered.assign(text);
    }
    lower_ascii(text.substr(begin, end - begin), folded.lowered.data() + begin);
    Tokenizer(text, end, out, folded).run(begin, line_start);
}

std::vector<Sentence> split_sentences(const std::vector<Token>& tokens) {
    constexpr std::uint32_t kMaxSentenceTokens = 200;
    constexpr std::uint32_t kLongSentenceTokens = 40;
    std::vector<Sentence> sentences;
    std::uint32_t begin = 0;
    const auto n = static_cast<std::uint32_t>(tokens.size());
    const auto close = [&](const std::uint32_t end) {
        if (end > begin) {
            sentences.push_back({begin, end});
        }
        begin = end;
    };
    // A heading in capitals that runs into its paragraph's first sentence with no full stop,
    // as newsletters write them ("GEORGIA: SANCTIONS, BUT NOT FROM BRUSSELS Washington has
    // imposed ..."), is a sentence of its own: four words in capitals, or two with a colon, and
    // no more than a heading's length (a longer run is cut as any sentence is).
    // The end of such a heading that opens at token i, or i.
    constexpr std::uint32_t kMaxHeadingTokens = 30;
    const auto heading_end = [&](const std::uint32_t i) {
        std::uint32_t words = 0;
        bool colon = false;
        std::uint32_t k = i;
        for (; k < n; ++k) {
            if (k - i >= kMaxHeadingTokens) {
                return i;
            }
            const Token& t = tokens[k];
            // Not an initialism, which opens the sentence: "PALAU: U.S. Marines have ...".
            if (t.kind == TokenKind::kWord && t.all_caps && t.text.size() >= 2 &&
                t.text.find('.') == std::string_view::npos) {
                ++words;
            } else if (t.text == ":" || t.text == "," || t.text == "-" || t.text == "&") {
                colon = colon || t.text == ":";
            } else {
                break;
            }
        }
        const bool next_opens = k < n && tokens[k].kind == TokenKind::kWord &&
                                tokens[k].capitalized && !tokens[k].all_caps;
        return next_opens && (words >= 4 || (colon && words >= 2)) ? k : i;
    };
    for (std::uint32_t i = 0; i < n; ++i) {
        const Token& token = tokens[i];
        if (token.kind == TokenKind::kBreak) {
            close(i);
            begin = i + 1;
            continue;
        }
        if (i == begin) {
            if (const std::uint32_t end = heading_end(i); end != i) {
                close(end);
                i = end - 1;
                continue;
            }
        }
        // Text with no full stops (a table, a list of names, a log) would be one sentence, and
        // the work per sentence grows faster than its length: 400 KB of TSV took 2 s and 850 MB.
        // News sentences stay far below this many tokens; past it, one is cut.
        if (i - begin >= kMaxSentenceTokens) {
            close(i);
        }
        // A long sentence of clauses joined by semicolons, as a breaking item in one paragraph
        // writes its news, is read a clause at a time: no rule reaches across a semicolon, and
        // the work per sentence grows with its length. Not a short one, where a semicolon may
        // part a list's items ("members: Kenya; Uganda; Tanzania").
        if (token.text == ";" && i + 1 - begin >= kLongSentenceTokens) {
            close(i + 1);
            continue;
        }
        bool end_here = ends_sentence(token);
        // An initialism at the end of a sentence carries the full stop: "... in the U.S. The".
        if (!end_here && token.kind == TokenKind::kWord && token.norm.size() >= 4 &&
            token.norm.back() == '.' && token.norm[token.norm.size() - 3] == '.' && i + 1 < n &&
            tokens[i + 1].capitalized && is_sentence_starter(tokens[i + 1])) {
            end_here = true;
        }
        if (!end_here) {
            continue;
        }
        // Closing quotes and brackets written right after the full stop belong to this sentence;
        // a quote after a space opens the next one: `said." "Next` splits between the quotes.
        std::uint32_t end = i + 1;
        while (end < n && (ends_sentence(tokens[end]) ||
                           (closes(tokens[end]) &&
                            tokens[end].offset ==
                                tokens[end - 1].offset + tokens[end - 1].text.size()))) {
            ++end;
        }
        if (end == n || can_start_sentence(tokens[end])) {
            close(end);
            i = end - 1;
        }
    }
    close(n);
    return sentences;
}

}  // namespace kg::extract
