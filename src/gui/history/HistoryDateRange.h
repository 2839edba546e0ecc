#pragma once

#include <QDate>
#include <QDateTime>

namespace callpad {

// The history's quick date ranges, in the order the range picker lists them.
enum class HistoryRangePreset { AllTime, Today, Last7Days, Last30Days, ThisMonth, Custom };

// A range of local calendar days, both ends inclusive; an invalid end is open. The filter bar
// works in days; the store filters on UTC instants, so the conversion lives here, tested alone.
struct HistoryDateRange
{
    QDate from;
    QDate to;

    // The days a preset covers, counted back from `today`. Presets end today, so a call made
    // later the same day is in range; Custom and AllTime are open at both ends.
    static HistoryDateRange forPreset(HistoryRangePreset preset, const QDate &today);
    // The preset these days are, or Custom.
    static HistoryRangePreset presetOf(const HistoryDateRange &range, const QDate &today);

    // HistoryFilter's [from, to): local midnight starting `from`, local midnight after `to`.
    QDateTime fromTime() const;
    QDateTime toTime() const;
    // The days a filter's instants cover (the inverse of fromTime()/toTime()).
    static HistoryDateRange fromTimes(const QDateTime &from, const QDateTime &to);

    friend bool operator==(const HistoryDateRange &, const HistoryDateRange &) = default;
};

} // namespace callpad
