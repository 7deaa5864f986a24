#include <gtest/gtest.h>

#include "core/dates.h"

namespace kg {
namespace {

TEST(IsCalendarDate, TakesTheDaysOfTheCalendar) {
    for (const char* date : {"2024-10-28", "2024-02-29", "2000-02-29", "2023-12-31", "0001-01-01",
                             "2024-04-30", "9999-12-31"}) {
        EXPECT_TRUE(is_calendar_date(date)) << date;
    }
}

TEST(IsCalendarDate, RefusesDaysNoMonthHas) {
    for (const char* date : {"2024-02-30", "2023-02-29", "1900-02-29", "2024-04-31",
                             "2024-06-31", "2024-13-01", "2024-00-10", "2024-01-00",
                             "2024-01-32"}) {
        EXPECT_FALSE(is_calendar_date(date)) << date;
    }
}

TEST(IsCalendarDate, RefusesOtherShapes) {
    for (const char* date : {"", "2024-1-01", "2024/01/01", " 2024-01-01", "2024-01-01 ",
                             "+024-01-01", "2024-0a-01", "20240101", "2024-01-1x", "next week"}) {
        EXPECT_FALSE(is_calendar_date(date)) << date;
    }
}

}  // namespace
}  // namespace kg
