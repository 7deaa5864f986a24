#pragma once

// How kgraph prints lists: a table for people, TSV or JSON for programs. The format is chosen
// with --format; without it, a table when stdout is a terminal and TSV when it is piped.

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kg::cli {

enum class Format { kTable, kTsv, kJson };

// A value in a list: empty, text, a count, or a measure (printed with four decimals in a table
// or TSV, as a number in JSON).
using Cell = std::variant<std::monostate, std::string, std::int64_t, double>;

struct Table {
    std::vector<std::string> columns;
    std::vector<std::vector<Cell>> rows;
};

// Parses "table", "tsv", "json"; an empty string means the default for the terminal.
Format parse_format(std::string_view name);

// Writes the table. Table: aligned columns, long cells cut to fit the terminal, "(no rows)" when
// empty. TSV: a header line, then one line per row; tabs and line breaks in cells become
// spaces. JSON: an array of objects keyed by column name, numbers as numbers, null for empty.
void print(const Table& table, Format format, std::ostream& out);

// The same output, row by row, for lists too long to hold: TSV and JSON are written as each row
// is added; a table, which needs every row for its column widths, when finish() is called.
// finish() must be called once, after the last row.
class RowPrinter {
public:
    RowPrinter(std::vector<std::string> columns, Format format, std::ostream& out);
    void add(std::vector<Cell> row);
    void finish();

private:
    void tsv_header();

    Table table_;  // the columns; for a table, the rows too
    Format format_;
    std::ostream& out_;
    bool any_row_ = false;
};

bool stdout_is_terminal();
bool stderr_is_terminal();
// Columns of the terminal on stdout, from the terminal itself or $COLUMNS, else 100.
int terminal_width();

}  // namespace kg::cli
