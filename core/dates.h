#pragma once

#include <string_view>

namespace kg {

// Whether `text` is a day of the calendar written YYYY-MM-DD: 2024-02-29 is, 2023-02-29 and
// 2024-02-30 are not. Dates are stored and compared as such text.
bool is_calendar_date(std::string_view text);

}  // namespace kg
