#include "cli/output.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/error.h"

namespace kg::cli {
namespace {

std::string cell_text(const Cell& cell) {
    if (const auto* s = std::get_if<std::string>(&cell)) {
        return *s;
    }
    if (const auto* n = std::get_if<std::int64_t>(&cell)) {
        return std::to_string(*n);
    }
    if (const auto* x = std::get_if<double>(&cell)) {
        return fmt::format("{:.4f}", *x);
    }
    return "";
}

// Display width, counting code points (good enough for the Latin, Cyrillic and Greek names
// news carries; wide CJK characters count as one).
std::size_t width(const std::string_view text) {
    std::size_t n = 0;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++n;
        }
    }
    return n;
}

std::string cut(const std::string& text, const std::size_t max) {
    if (width(text) <= max) {
        return text;
    }
    std::string out;
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c & 0xC0) != 0x80) {
            if (n + 1 == max) {
                break;
            }
            ++n;
        }
        out += text[i];
    }
    return out + "\u2026";
}

std::string one_line(std::string text) {
    std::replace_if(
        text.begin(), text.end(), [](const char c) { return c == '\t' || c == '\n' || c == '\r'; },
        ' ');
    return text;
}

void print_table(const Table& table, std::ostream& out) {
    if (table.rows.empty()) {
        out << "(no rows)\n";
        return;
    }
    const std::size_t n = table.columns.size();
    std::vector<std::vector<std::string>> cells;
    for (const auto& row : table.rows) {
        auto& line = cells.emplace_back();
        for (const auto& cell : row) {
            line.push_back(one_line(cell_text(cell)));
        }
    }
    std::vector<std::size_t> widths(n);
    for (std::size_t c = 0; c < n; ++c) {
        widths[c] = width(table.columns[c]);
        for (const auto& line : cells) {
            widths[c] = std::max(widths[c], width(line[c]));
        }
    }
    // Shrink the widest column until the table fits the terminal, keeping at least 12 columns.
    const auto total = [&] {
        std::size_t sum = 0;
        for (const auto w : widths) {
            sum += w + 2;
        }
        return sum;
    };
    const auto limit = static_cast<std::size_t>(std::max(40, terminal_width()));
    while (total() > limit) {
        const auto widest = std::max_element(widths.begin(), widths.end());
        if (*widest <= 12) {
            break;
        }
        --*widest;
    }
    const auto is_number = [&](const std::size_t c) {
        return !table.rows.empty() && (std::holds_alternative<std::int64_t>(table.rows[0][c]) ||
                                       std::holds_alternative<double>(table.rows[0][c]));
    };
    const auto emit = [&](const std::vector<std::string>& line, const bool header) {
        std::string text;
        for (std::size_t c = 0; c < n; ++c) {
            const std::string value = cut(line[c], widths[c]);
            const std::string pad(widths[c] - width(value), ' ');
            text += (is_number(c) && !header) ? pad + value : value + pad;
            if (c + 1 < n) {
                text += "  ";
            }
        }
        while (!text.empty() && text.back() == ' ') {
            text.pop_back();
        }
        out << text << '\n';
    };
    emit(table.columns, true);
    std::vector<std::string> rule;
    for (std::size_t c = 0; c < n; ++c) {
        rule.emplace_back(widths[c], '-');
    }
    emit(rule, true);
    for (const auto& line : cells) {
        emit(line, false);
    }
}

}  // namespace

Format parse_format(const std::string_view name) {
    if (name.empty()) {
        return stdout_is_terminal() ? Format::kTable : Format::kTsv;
    }
    if (name == "table") {
        return Format::kTable;
    }
    if (name == "tsv") {
        return Format::kTsv;
    }
    if (name == "json") {
        return Format::kJson;
    }
    throw kg::Error("unknown format '" + std::string(name) + "' (use table, tsv or json)");
}

void print(const Table& table, const Format format, std::ostream& out) {
    if (format == Format::kTable) {
        print_table(table, out);  // as RowPrinter would, without a copy of the rows
        return;
    }
    RowPrinter printer(table.columns, format, out);
    for (const auto& row : table.rows) {
        printer.add(row);
    }
    printer.finish();
}

// Nothing is written before the first row or finish(): a statement that fails as it starts
// leaves no output behind it.
RowPrinter::RowPrinter(std::vector<std::string> columns, const Format format, std::ostream& out)
    : table_{std::move(columns), {}}, format_(format), out_(out) {}

void RowPrinter::tsv_header() {
    for (std::size_t c = 0; c < table_.columns.size(); ++c) {
        out_ << (c > 0 ? "\t" : "") << table_.columns[c];
    }
    out_ << '\n';
}

void RowPrinter::add(std::vector<Cell> row) {
    switch (format_) {
        case Format::kTable:
            table_.rows.push_back(std::move(row));
            break;
        case Format::kTsv:
            if (!any_row_) {
                tsv_header();
            }
            for (std::size_t c = 0; c < row.size(); ++c) {
                out_ << (c > 0 ? "\t" : "") << one_line(cell_text(row[c]));
            }
            out_ << '\n';
            break;
        case Format::kJson: {
            nlohmann::ordered_json object = nlohmann::ordered_json::object();
            for (std::size_t c = 0; c < row.size(); ++c) {
                const Cell& cell = row[c];
                if (const auto* s = std::get_if<std::string>(&cell)) {
                    object[table_.columns[c]] = *s;
                } else if (const auto* v = std::get_if<std::int64_t>(&cell)) {
                    object[table_.columns[c]] = *v;
                } else if (const auto* x = std::get_if<double>(&cell)) {
                    object[table_.columns[c]] = *x;
                } else {
                    object[table_.columns[c]] = nullptr;
                }
            }
            // Laid out as the dump of the whole array would lay it out: the object's own dump,
            // indented one level. Invalid UTF-8 cannot reach here (input is validated), but
            // output never throws on it.
            const std::string text =
                object.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
            std::string indented = any_row_ ? ",\n  " : "[\n  ";
            indented.reserve(indented.size() + text.size() + 2 * row.size() + 2);
            for (const char c : text) {
                indented += c;
                if (c == '\n') {
                    indented += "  ";
                }
            }
            out_ << indented;
            break;
        }
    }
    any_row_ = true;
}

void RowPrinter::finish() {
    switch (format_) {
        case Format::kTable:
            print_table(table_, out_);
            break;
        case Format::kTsv:
            if (!any_row_) {
                tsv_header();
            }
            break;
        case Format::kJson:
            out_ << (any_row_ ? "\n]\n" : "[]\n");
            break;
    }
}

bool stdout_is_terminal() { return isatty(STDOUT_FILENO) != 0; }

bool stderr_is_terminal() { return isatty(STDERR_FILENO) != 0; }

int terminal_width() {
    winsize size{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
        return size.ws_col;
    }
    if (const char* columns = std::getenv("COLUMNS")) {
        const int n = std::atoi(columns);
        if (n > 0) {
            return n;
        }
    }
    return 100;
}

}  // namespace kg::cli
