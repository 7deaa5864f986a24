#include <fmt/format.h>
#include <xxhash.h>

#include "core/dates.h"
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

// Reads the header block when the document has one; see read_document().
void read_header(Document& doc) {
    const std::string_view text = doc.text;
    const std::size_t title_begin = doc.body_begin;  // past a byte-order mark
    const std::size_t title_end = text.find('\n', title_begin);
    if (title_end == std::string_view::npos ||
        trim(text.substr(title_begin, title_end - title_begin)).empty()) {
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
            doc.meta.title =
                std::string(trim(text.substr(title_begin, title_end - title_begin)));
            doc.meta.date = date;
            doc.meta.source = source;
            doc.title_begin = title_begin;
            doc.title_end = title_end;
            doc.body_begin = end;
            return;
        }
        if (line.starts_with("Date:")) {
            const std::string_view value = trim(line.substr(5));
            if (is_calendar_date(value)) {
                date = value;
            } else {
                doc.warnings.push_back(
                    fmt::format("ignored the header's date '{}': expected a date written "
                                "YYYY-MM-DD",
                                value));
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
    // Text in UTF-32 or UTF-16 is full of NUL bytes: named for what it is, with the command
    // that converts it, rather than called binary.
    for (const auto& [mark, encoding] :
         {std::pair<std::string_view, std::string_view>{std::string_view("\xFF\xFE\0\0", 4),
                                                        "UTF-32"},
          {std::string_view("\0\0\xFE\xFF", 4), "UTF-32"},
          {"\xFF\xFE", "UTF-16"},
          {"\xFE\xFF", "UTF-16"}}) {
        if (bytes.starts_with(mark)) {
            throw Error(fmt::format("{}: {} text (it opens with {}'s byte-order mark); kgraph "
                                    "reads UTF-8: convert it with iconv -f {} -t UTF-8",
                                    path, encoding, encoding, encoding));
        }
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
