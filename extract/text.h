#pragma once

// Internal to extract/: UTF-8 decoding and the character classes the tokenizer needs, on top
// of utf8proc's Unicode tables.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace kg::extract {

// Eight bytes at a time: the text helpers, the tokenizer and the word hash read text as 64-bit
// words and test all the bytes of one at once, a bit per byte in kTops.
static_assert(std::endian::native == std::endian::little,
              "eight bytes are read as a little-endian word, the first byte lowest");
inline constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
inline constexpr std::uint64_t kTops = 0x8080808080808080ULL;

inline std::uint64_t load8(const char* bytes) {
    std::uint64_t word = 0;
    std::memcpy(&word, bytes, 8);
    return word;
}

// The first `size` bytes (at most eight) the same way, zero above them.
inline std::uint64_t load_short(const char* bytes, const std::size_t size) {
    std::uint64_t word = 0;
    for (std::size_t k = 0; k < size; ++k) {
        word |= std::uint64_t{static_cast<unsigned char>(bytes[k])} << (8 * k);
    }
    return word;
}

// A top bit (kTops) for each byte of `x` that lies in [lo, hi], for bytes below 0x80: the top
// bit of byte + (0x80 - lo) is set when it is at least lo, that of byte + (0x7F - hi) when it
// is past hi, and neither sum carries into the next byte. A byte past 0x7F may carry into the
// bytes after it; callers mask such bytes out, or stop before them.
inline constexpr std::uint64_t bytes_in_range(const std::uint64_t x, const unsigned lo,
                                              const unsigned hi) {
    return (x + (0x80 - lo) * kOnes) & ~(x + (0x7F - hi) * kOnes) & kTops;
}

// How many of the eight bytes at `bytes`, from the first, are ASCII letters or digits before one
// that is not (0 to 8): a word's run, read eight bytes at a time. A byte past 0x7F falls in
// neither range (or carries out of its place, into the bytes after it), so it ends the run
// like any other byte, and none before it is read wrong.
inline std::size_t ascii_alnum_prefix(const char* bytes) {
    const std::uint64_t w = load8(bytes);
    const std::uint64_t alnum =
        bytes_in_range(w | (0x20 * kOnes), 'a', 'z') | bytes_in_range(w, '0', '9');
    const std::uint64_t stop = ~alnum & kTops;
    return stop == 0 ? 8 : static_cast<std::size_t>(std::countr_zero(stop)) / 8;
}

// Byte offset of the first byte that is not part of valid UTF-8 (overlong forms, surrogates
// and code points past U+10FFFF are invalid); nullopt when all of it is valid.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

struct CodePoint {
    char32_t value = 0;
    std::size_t size = 1;  // bytes it takes
};

// The tokenizer asks these of every character: ASCII is answered here, inline, and only other
// characters go to utf8proc's tables (the *_beyond_ascii functions, in text.cpp).
CodePoint decode_beyond_ascii(std::string_view text, std::size_t pos);
bool is_letter_beyond_ascii(char32_t c);
bool is_space_beyond_ascii(char32_t c);
bool is_upper_beyond_ascii(char32_t c);

// Decodes the code point at `pos`. Precondition: the text is valid UTF-8 and pos < size.
inline CodePoint decode_at(const std::string_view text, const std::size_t pos) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    return byte < 0x80 ? CodePoint{byte, 1} : decode_beyond_ascii(text, pos);
}

// Letters and combining marks.
inline bool is_letter(const char32_t c) {
    return c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    : is_letter_beyond_ascii(c);
}

inline bool is_digit(const char32_t c) { return c >= '0' && c <= '9'; }

// Any Unicode white space, the no-break space included.
inline bool is_space(const char32_t c) {
    return c < 0x80 ? c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
                    : is_space_beyond_ascii(c);
}

inline bool is_upper(const char32_t c) {
    return c < 0x80 ? c >= 'A' && c <= 'Z' : is_upper_beyond_ascii(c);
}

// Copies `text` to `out` (as many bytes) with A-Z lowered and every other byte as it is: the
// tokenizer's copy of a whole text, where ASCII words are already folded.
void lower_ascii(std::string_view text, char* out);

// Whether `text` holds a byte below the space (a line break or a tab among them) or two spaces
// in a row: layout, which the text of an evidence sentence does not keep. Another control
// character is no layout, so this may say yes for nothing; it never says no for layout.
bool has_layout(std::string_view text);

// Lower case, with typographic apostrophes and dashes folded to their ASCII forms, and letters
// without their accents ("Orbán" is "orban").
std::string fold(std::string_view text);
// fold(), appended to `out`: how the tokenizer folds a token that is not all ASCII.
void fold_into(std::string_view text, std::string& out);
// The letter c folded as fold() folds it (lower case, a Latin letter without its accents, a
// combining mark on its own dropped), appended to `out` in UTF-8.
void append_folded_letter(std::string& out, char32_t c);

void append_utf8(std::string& out, char32_t c);

}  // namespace kg::extract
