#include <array>
#include <charconv>
#include <cstring>

#include <fmt/format.h>
#include <xxhash.h>

#include "extract/extract.h"
#include "extract/text.h"

namespace kg::extract {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
        s.remove_suffix(1);
    }
    return s;
}

bool is_iso_date(const std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') {
        return false;
    }
    int year = 0;
    int month = 0;
    int day = 0;
    const auto number = [&](const std::size_t at, const std::size_t len, int& out) {
        const auto r = std::from_chars(s.data() + at, s.data() + at + len, out);
        return r.ec == std::errc() && r.ptr == s.data() + at + len;
    };
    return number(0, 4, year) && number(5, 2, month) && number(8, 2, day) && month >= 1 &&
           month <= 12 && day >= 1 && day <= 31;
}

// Reads the header block when the document has one; see read_document().
void read_header(Document& doc) {
    const std::string_view text = doc.text;
    const std::size_t title_end = text.find('\n');
    if (title_end == std::string_view::npos || trim(text.substr(0, title_end)).empty()) {
        return;
    }
    std::size_t pos = title_end + 1;
    bool any_field = false;
    std::string date;
    std::string source;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        const std::string_view line = trim(text.substr(pos, end - pos));
        if (line.empty()) {
            if (!any_field) {
                return;
            }
            doc.meta.title = std::string(trim(text.substr(0, title_end)));
            doc.meta.date = date;
            doc.meta.source = source;
            doc.title_end = title_end;
            doc.body_begin = end;
            return;
        }
        if (line.starts_with("Date:")) {
            const std::string_view value = trim(line.substr(5));
            if (is_iso_date(value)) {
                date = value;
            } else {
                doc.warnings.push_back(
                    fmt::format("ignored the header's date '{}': expected YYYY-MM-DD", value));
            }
        } else if (line.starts_with("Source:")) {
            source = trim(line.substr(7));
        } else {
            return;  // not a header block: the second line is text
        }
        any_field = true;
        pos = end + 1;
    }
}

}  // namespace

std::string content_hash(const std::string_view bytes) {
    const XXH128_hash_t h = XXH3_128bits(bytes.data(), bytes.size());
    return fmt::format("{:016x}{:016x}", h.high64, h.low64);
}

Document read_document(std::string path, std::string bytes) {
    if (bytes.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
        throw Error(fmt::format("{}: the file is empty", path));
    }
    if (const auto nul = bytes.find('\0'); nul != std::string::npos) {
        throw Error(fmt::format("{}: binary data (a NUL byte at offset {}), not text", path, nul));
    }
    if (const auto bad = first_invalid_utf8(bytes)) {
        throw Error(fmt::format("{}: invalid UTF-8 at byte offset {}", path, *bad));
    }
    Document doc;
    doc.meta.path = std::move(path);
    doc.meta.bytes = bytes.size();
    doc.meta.content_hash = content_hash(bytes);
    doc.text = std::move(bytes);
    // A byte-order mark is not text.
    if (doc.text.starts_with("\xEF\xBB\xBF")) {
        doc.body_begin = 3;
    }
    read_header(doc);
    return doc;
}

}  // namespace kg::extract
