#pragma once

// Internal to extract/: UTF-8 decoding and the character classes the tokenizer needs, on top
// of utf8proc's Unicode tables.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kg::extract {

// Byte offset of the first byte that is not part of valid UTF-8 (overlong forms, surrogates
// and code points past U+10FFFF are invalid); nullopt when all of it is valid.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

struct CodePoint {
    char32_t value = 0;
    std::size_t size = 1;  // bytes it takes
};

// Decodes the code point at `pos`. Precondition: the text is valid UTF-8 and pos < size.
CodePoint decode_at(std::string_view text, std::size_t pos);

bool is_letter(char32_t c);  // letters and combining marks
bool is_digit(char32_t c);
bool is_space(char32_t c);   // any Unicode white space, the no-break space included
bool is_upper(char32_t c);

// Lower case, with typographic apostrophes and dashes folded to their ASCII forms.
std::string fold(std::string_view text);

void append_utf8(std::string& out, char32_t c);

}  // namespace kg::extract
