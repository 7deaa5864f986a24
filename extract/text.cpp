#include "extract/text.h"

#include <cstring>
#include <utility>

#include <utf8proc.h>

namespace kg::extract {

std::optional<std::size_t> first_invalid_utf8(const std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        // Eight ASCII bytes at a time: no byte of them has its top bit set.
        if (text.size() - pos >= 8) {
            if ((load8(text.data() + pos) & kTops) == 0) {
                pos += 8;
                continue;
            }
        }
        const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos);
        if (bytes[0] < 0x80) {
            ++pos;
            continue;
        }
        utf8proc_int32_t c = 0;
        const auto n = utf8proc_iterate(bytes, static_cast<utf8proc_ssize_t>(text.size() - pos), &c);
        if (n < 0) {
            return pos;
        }
        pos += static_cast<std::size_t>(n);
    }
    return std::nullopt;
}

CodePoint decode_beyond_ascii(const std::string_view text, const std::size_t pos) {
    utf8proc_int32_t c = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                                    static_cast<utf8proc_ssize_t>(text.size() - pos), &c);
    if (n <= 0) {
        return {0xFFFD, 1};
    }
    return {static_cast<char32_t>(c), static_cast<std::size_t>(n)};
}

bool is_letter_beyond_ascii(const char32_t c) {
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
        case UTF8PROC_CATEGORY_LU:
        case UTF8PROC_CATEGORY_LL:
        case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM:
        case UTF8PROC_CATEGORY_LO:
        case UTF8PROC_CATEGORY_MN:
        case UTF8PROC_CATEGORY_MC:
            return true;
        default:
            return false;
    }
}

bool is_space_beyond_ascii(const char32_t c) {
    const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    return category == UTF8PROC_CATEGORY_ZS || category == UTF8PROC_CATEGORY_ZL ||
           category == UTF8PROC_CATEGORY_ZP || c == 0xFEFF;
}

bool is_upper_beyond_ascii(const char32_t c) {
    const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
}

void append_utf8(std::string& out, const char32_t c) {
    utf8proc_uint8_t buffer[4];
    const auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buffer);
    out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(n));
}

// Eight bytes at a time: the capitals among a word's bytes (tested on their low seven bits; a
// byte with its own top bit set is not ASCII and is left alone) get 0x20 added.
void lower_ascii(const std::string_view text, char* out) {
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t word = load8(text.data() + i);
        const std::uint64_t capitals = bytes_in_range(word & ~kTops, 'A', 'Z') & ~word;
        word |= capitals >> 2;
        std::memcpy(out + i, &word, 8);
    }
    for (; i < text.size(); ++i) {
        const char c = text[i];
        out[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
    }
}

bool has_layout(const std::string_view text) {
    bool space_before = false;  // the last byte of the previous eight was a space
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        const std::uint64_t word = load8(text.data() + i);
        // A top bit for each byte below 0x20 (bytes of 0x80 and up are never flagged).
        const std::uint64_t control = (word - 0x20 * kOnes) & ~word & kTops;
        // A top bit for each space: a byte that is 0 once xor'ed with spaces.
        const std::uint64_t x = word ^ (0x20 * kOnes);
        const std::uint64_t spaces = (x - kOnes) & ~x & kTops;
        // Little-endian: the next byte's bit is eight places up.
        if (control != 0 || (spaces & (spaces << 8)) != 0 ||
            (space_before && (spaces & 0x80) != 0)) {
            return true;
        }
        space_before = (spaces >> 63) != 0;
    }
    for (; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || (c == ' ' && space_before)) {
            return true;
        }
        space_before = c == ' ';
    }
    return false;
}

std::string fold(const std::string_view text) {
    std::string out;
    fold_into(text, out);
    return out;
}

void fold_into(const std::string_view text, std::string& out) {
    // Most words are ASCII through and through: those are lowered in place, in one pass.
    std::size_t pos = 0;
    while (pos < text.size() && static_cast<unsigned char>(text[pos]) < 0x80) {
        ++pos;
    }
    const std::size_t start = out.size();
    out.resize(start + pos);
    lower_ascii(text.substr(0, pos), out.data() + start);
    while (pos < text.size()) {
        const auto byte = static_cast<unsigned char>(text[pos]);
        if (byte < 0x80) {
            out += static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + ('a' - 'A') : byte);
            ++pos;
            continue;
        }
        const CodePoint cp = decode_at(text, pos);
        pos += cp.size;
        switch (cp.value) {
            case U'\u2018':  // ‘
            case U'\u2019':  // ’
            case U'\u02BC':  // ʼ
                out += '\'';
                continue;
            case U'\u201C':  // “
            case U'\u201D':  // ”
                out += '"';
                continue;
            case U'\u2010':  // hyphen
            case U'\u2011':  // non-breaking hyphen
            case U'\u2013':  // en dash
                out += '-';
                continue;
            case U'\u2014':  // em dash
                out += "--";
                continue;
            default:
                break;
        }
        append_folded_letter(out, cp.value);
    }
}

void append_folded_letter(std::string& out, const char32_t c) {
    const auto lower = [](const utf8proc_int32_t x) {
        return static_cast<char32_t>(utf8proc_tolower(x));
    };
    // Latin letters lose their accents ("á" is "a" and an acute, and gives "a"), and so does a
    // combining mark written apart ("a" then U+0301). Other scripts keep their marks, which
    // can tell words apart (Devanagari's vowel signs).
    const bool latin = c < 0x0250 || (c >= 0x1E00 && c <= 0x1EFF);
    const bool combining = c >= 0x0300 && c <= 0x036F;
    // Latin letters with a stroke or joined, which no decomposition splits, are written in
    // ASCII as their plain letters: "Løkke" is "Lokke", "Łukasz" is "Lukasz".
    static constexpr std::pair<char32_t, std::string_view> kPlain[] = {
        {U'\u00D8', "o"},  {U'\u00F8', "o"},  {U'\u0110', "d"},  {U'\u0111', "d"},
        {U'\u0141', "l"},  {U'\u0142', "l"},  {U'\u0131', "i"},  {U'\u00C6', "ae"},
        {U'\u00E6', "ae"}, {U'\u0152', "oe"}, {U'\u0153', "oe"}, {U'\u00DF', "ss"}};
    for (const auto& [letter, plain] : kPlain) {
        if (c == letter) {
            out += plain;
            return;
        }
    }
    if (!latin && !combining) {
        append_utf8(out, lower(static_cast<utf8proc_int32_t>(c)));
        return;
    }
    utf8proc_int32_t parts[8];
    const auto n = utf8proc_decompose_char(
        static_cast<utf8proc_int32_t>(c), parts, 8,
        static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK), nullptr);
    if (n == 0) {
        return;  // a mark alone: stripped
    }
    if (n < 0 || n > 8) {
        append_utf8(out, lower(static_cast<utf8proc_int32_t>(c)));
        return;
    }
    for (utf8proc_ssize_t k = 0; k < n; ++k) {
        append_utf8(out, lower(parts[k]));
    }
}

}  // namespace kg::extract
