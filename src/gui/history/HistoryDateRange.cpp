#include "gui/history/HistoryDateRange.h"

#include <array>

namespace callpad {

HistoryDateRange HistoryDateRange::forPreset(HistoryRangePreset preset, const QDate &today)
{
    switch (preset) {
    case HistoryRangePreset::AllTime:
    case HistoryRangePreset::Custom:
        return {};
    case HistoryRangePreset::Today:
        return { today, today };
    case HistoryRangePreset::Last7Days:
        return { today.addDays(-6), today };
    case HistoryRangePreset::Last30Days:
        return { today.addDays(-29), today };
    case HistoryRangePreset::ThisMonth:
        return { QDate(today.year(), today.month(), 1), today };
    }
    return {};
}

HistoryRangePreset HistoryDateRange::presetOf(const HistoryDateRange &range, const QDate &today)
{
    static constexpr std::array presets { HistoryRangePreset::AllTime, HistoryRangePreset::Today,
                                          HistoryRangePreset::Last7Days,
                                          HistoryRangePreset::Last30Days,
                                          HistoryRangePreset::ThisMonth };
    for (const HistoryRangePreset preset : presets) {
        if (forPreset(preset, today) == range) {
            return preset;
        }
    }
    return HistoryRangePreset::Custom;
}

QDateTime HistoryDateRange::fromTime() const
{
    return from.isValid() ? from.startOfDay().toUTC() : QDateTime();
}

QDateTime HistoryDateRange::toTime() const
{
    return to.isValid() ? to.addDays(1).startOfDay().toUTC() : QDateTime();
}

HistoryDateRange HistoryDateRange::fromTimes(const QDateTime &fromUtc, const QDateTime &toUtc)
{
    HistoryDateRange range;
    if (fromUtc.isValid()) {
        range.from = fromUtc.toLocalTime().date();
    }
    if (toUtc.isValid()) {
        // `to` is exclusive: the last day in range is the one holding the instant just before.
        range.to = toUtc.addMSecs(-1).toLocalTime().date();
    }
    return range;
}

} // namespace callpad
