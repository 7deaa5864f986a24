#include "core/dates.h"

namespace kg {

bool is_calendar_date(const std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return false;
    }
    int fields[3] = {0, 0, 0};  // year, month, day
    constexpr std::size_t kStarts[3] = {0, 5, 8};
    constexpr std::size_t kLengths[3] = {4, 2, 2};
    for (int f = 0; f < 3; ++f) {
        for (std::size_t i = kStarts[f]; i < kStarts[f] + kLengths[f]; ++i) {
            if (text[i] < '0' || text[i] > '9') {
                return false;
            }
            fields[f] = fields[f] * 10 + (text[i] - '0');
        }
    }
    const int year = fields[0];
    const int month = fields[1];
    const int day = fields[2];
    if (month < 1 || month > 12 || day < 1) {
        return false;
    }
    constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

}  // namespace kg
