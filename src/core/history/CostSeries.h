#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace callpad {

// The cost history's time buckets, in the aggregator's time zone (the user's local one by
// default): an hour, a calendar day from local midnight, or an ISO week from Monday 00:00.
enum class Bucket { Hour, Day, Week };

// What the spend is split by. By tag, a call with two tags counts in both groups (so the groups
// can add up to more than the spend) and a call without tags in "(untagged)".
enum class GroupBy { Function, Revision, Tag };

struct CostGroup
{
    QString key; // function id, revision id, or "key=value" of a tag; empty for untagged calls
    QString label; // the newest name or label seen, the tag itself, or "(untagged)"

    friend bool operator==(const CostGroup &, const CostGroup &) = default;
};

// Sums over a set of calls. Failed calls count as calls, with their cost if they had any.
struct CostCell
{
    qint64 calls = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 reasoningTokens = 0;
    qint64 totalTokens = 0;
    double cost = 0;
};

// One bucket of the series: a cell per group (parallel to CostSeries::groups), the bucket's own
// totals (each call once, whatever its tags) and the running spend up to and including it.
struct CostPoint
{
    QDateTime start; // the bucket's local start, in the aggregator's zone
    QList<CostCell> cells;
    CostCell total;
    double cumulativeCost = 0;
};

// Buckets in time order, with no gaps between the first and the last (empty buckets are zero);
// groups by descending cost, then key.
struct CostSeries
{
    Bucket bucket = Bucket::Day;
    GroupBy groupBy = GroupBy::Function;
    QList<CostGroup> groups;
    QList<CostPoint> points;
};

// One line of the totals table.
struct CostTotal
{
    CostGroup group;
    qint64 calls = 0;
    qint64 failedCalls = 0;
    qint64 cachedCalls = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 reasoningTokens = 0;
    qint64 totalTokens = 0;
    double cost = 0;
    double averageLatencyMs = 0;

    double cacheHitRate() const { return calls > 0 ? double(cachedCalls) / double(calls) : 0.0; }
};

// What the budget compares against: the spend of the local day and month that hold `now`.
struct Spend
{
    double today = 0;
    double month = 0;
    QDateTime dayStart;
    QDateTime monthStart;
};

} // namespace callpad
