#pragma once

#include "core/Result.h"
#include "core/history/CostSeries.h"
#include "core/history/HistoryFilter.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace callpad {

class HistoryStore;

// The cost history, aggregated in SQL over the history's calls: spend per bucket split by
// function, revision or tag, totals per group, and the day's and month's spend for the budget.
// Bucket boundaries follow `zone` (the user's local zone unless a test injects one), because
// "today" is the user's today.
class CostAggregator final
{
    Q_DECLARE_TR_FUNCTIONS(callpad::CostAggregator)

public:
    explicit CostAggregator(const HistoryStore &store,
                            const QTimeZone &zone = QTimeZone::systemTimeZone());

    QTimeZone zone() const { return m_zone; }

    // Empty (no points) when nothing matches.
    Result<CostSeries> costSeries(const HistoryFilter &filter, Bucket bucket,
                                  GroupBy groupBy) const;
    // By descending cost, then key.
    Result<QList<CostTotal>> totals(const HistoryFilter &filter, GroupBy groupBy) const;
    // The whole history's spend in the local day and month that hold `now`.
    Result<Spend> spend(const QDateTime &now) const;

    // Filling gaps stops beyond this many buckets (a year of hours is 8,784); only buckets with
    // calls are listed then.
    static constexpr int MaxFilledBuckets = 10000;

private:
    const HistoryStore &m_store;
    QTimeZone m_zone;
};

} // namespace callpad
