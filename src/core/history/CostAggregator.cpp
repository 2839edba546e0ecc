#include "core/history/CostAggregator.h"

#include "core/history/CostBuckets.h"
#include "core/history/HistorySql.h"
#include "core/history/HistoryStore.h"

#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

constexpr qint64 DayMs = qint64(24) * 60 * 60 * 1000;

struct GroupSql
{
    QString join;
    QString key;
    QString label;
};

GroupSql groupSql(GroupBy groupBy)
{
    switch (groupBy) {
    case GroupBy::Function:
        return { {}, u"history.function_id"_s, u"max(history.function_name)"_s };
    case GroupBy::Revision:
        return { {}, u"history.revision_id"_s, u"max(history.revision_label)"_s };
    case GroupBy::Tag:
        // One row per tag of a call (so it counts in each), one with NULLs for an untagged call.
        return { u" LEFT JOIN history_tags AS tag ON tag.entry_id = history.id"_s,
                 u"coalesce(tag.key || '=' || tag.value, '')"_s, u"''"_s };
    }
    return {};
}

CostGroup makeGroup(GroupBy groupBy, const QString &key, const QString &label)
{
    if (groupBy == GroupBy::Tag) {
        return { key, key.isEmpty() ? CostAggregator::tr("(untagged)") : key };
    }
    return { key, label.isEmpty() ? key : label };
}

// The sums every aggregate reads, in the order readCell() takes them.
const QString &cellSql()
{
    static const QString sql = u"count(*), coalesce(sum(history.input_tokens), 0), "
                               "coalesce(sum(history.output_tokens), 0), "
                               "coalesce(sum(history.reasoning_tokens), 0), "
                               "coalesce(sum(history.total_tokens), 0), "
                               "total(history.cost_total)"_s;
    return sql;
}

CostCell readCell(const QSqlQuery &query, int first)
{
    CostCell cell;
    cell.calls = query.value(first).toLongLong();
    cell.inputTokens = query.value(first + 1).toLongLong();
    cell.outputTokens = query.value(first + 2).toLongLong();
    cell.reasoningTokens = query.value(first + 3).toLongLong();
    cell.totalTokens = query.value(first + 4).toLongLong();
    cell.cost = query.value(first + 5).toDouble();
    return cell;
}

} // namespace

CostAggregator::CostAggregator(const HistoryStore &store, const QTimeZone &zone)
    : m_store(store), m_zone(zone)
{
}

Result<CostSeries> CostAggregator::costSeries(const HistoryFilter &filter, Bucket bucket,
                                              GroupBy groupBy) const
{
    const auto failed = [](const QSqlQuery &query) {
        return Result<CostSeries>::failure(query.lastError().text());
    };
    CostSeries series;
    series.bucket = bucket;
    series.groupBy = groupBy;
    const SqlClause where = HistorySql::where(filter, m_store.hasFullTextSearch());
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);

    // The span of the matching calls bounds the zone's transitions the SQL has to know.
    query.prepare(u"SELECT min(history.time_ms), max(history.time_ms) FROM history WHERE "_s
                  + where.sql);
    HistorySql::bind(query, where.values);
    if (!query.exec() || !query.next()) {
        return failed(query);
    }
    if (query.value(0).isNull()) {
        return series;
    }
    const qint64 firstMs = query.value(0).toLongLong();
    const qint64 lastMs = query.value(1).toLongLong();
    query.finish();
    const CostBuckets buckets(bucket, m_zone, firstMs - DayMs, lastMs + DayMs);
    const QString keySql = buckets.keySql();
    const GroupSql group = groupSql(groupBy);

    QMap<QString, CostCell> bucketTotals;
    query.prepare(u"SELECT "_s + keySql + u" AS bucket, "_s + cellSql() + u" FROM history WHERE "_s
                  + where.sql + u" GROUP BY bucket"_s);
    HistorySql::bind(query, where.values);
    if (!query.exec()) {
        return failed(query);
    }
    while (query.next()) {
        bucketTotals.insert(query.value(0).toString(), readCell(query, 1));
    }

    QHash<QString, QHash<QString, CostCell>> cells; // bucket -> group key -> cell
    QHash<QString, CostGroup> groups;
    QHash<QString, double> groupCost;
    query.prepare(u"SELECT "_s + keySql + u" AS bucket, "_s + group.key + u" AS grp, "_s
                  + group.label + u", "_s + cellSql() + u" FROM history"_s + group.join
                  + u" WHERE "_s + where.sql + u" GROUP BY bucket, grp"_s);
    HistorySql::bind(query, where.values);
    if (!query.exec()) {
        return failed(query);
    }
    while (query.next()) {
        const QString key = query.value(1).toString();
        const CostCell cell = readCell(query, 3);
        cells[query.value(0).toString()].insert(key, cell);
        const CostGroup made = makeGroup(groupBy, key, query.value(2).toString());
        if (!groups.contains(key) || groups.value(key).label < made.label) {
            groups.insert(key, made);
        }
        groupCost[key] += cell.cost;
    }

    series.groups = groups.values();
    std::sort(series.groups.begin(), series.groups.end(),
              [&](const CostGroup &a, const CostGroup &b) {
                  const double costA = groupCost.value(a.key);
                  const double costB = groupCost.value(b.key);
                  return costA != costB ? costA > costB : a.key < b.key;
              });

    QString firstKey = bucketTotals.firstKey();
    QString lastKey = bucketTotals.lastKey();
    if (filter.from.isValid()) {
        firstKey = qMin(firstKey, buckets.keyOf(filter.from));
    }
    if (filter.to.isValid()) {
        lastKey = qMax(lastKey, buckets.keyOf(filter.to.addMSecs(-1)));
    }
    QStringList keys = buckets.keysBetween(firstKey, lastKey, MaxFilledBuckets);
    if (keys.isEmpty()) {
        keys = bucketTotals.keys();
    }

    double cumulative = 0;
    for (const QString &key : std::as_const(keys)) {
        CostPoint point;
        point.start = buckets.startOf(key);
        point.total = bucketTotals.value(key);
        const QHash<QString, CostCell> row = cells.value(key);
        point.cells.reserve(series.groups.size());
        for (const CostGroup &costGroup : std::as_const(series.groups)) {
            point.cells << row.value(costGroup.key);
        }
        cumulative += point.total.cost;
        point.cumulativeCost = cumulative;
        series.points << point;
    }
    return series;
}

Result<QList<CostTotal>> CostAggregator::totals(const HistoryFilter &filter, GroupBy groupBy) const
{
    const SqlClause where = HistorySql::where(filter, m_store.hasFullTextSearch());
    const GroupSql group = groupSql(groupBy);
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + group.key + u" AS grp, "_s + group.label + u", "_s + cellSql()
                  + u", sum(history.ok = 0), sum(history.cached != 0), avg(history.latency_ms) "
                    "FROM history"_s
                  + group.join + u" WHERE "_s + where.sql
                  + u" GROUP BY grp ORDER BY total(history.cost_total) DESC, grp"_s);
    HistorySql::bind(query, where.values);
    if (!query.exec()) {
        return Result<QList<CostTotal>>::failure(query.lastError().text());
    }
    QList<CostTotal> result;
    while (query.next()) {
        const CostCell cell = readCell(query, 2);
        CostTotal total;
        total.group = makeGroup(groupBy, query.value(0).toString(), query.value(1).toString());
        total.calls = cell.calls;
        total.inputTokens = cell.inputTokens;
        total.outputTokens = cell.outputTokens;
        total.reasoningTokens = cell.reasoningTokens;
        total.totalTokens = cell.totalTokens;
        total.cost = cell.cost;
        total.failedCalls = query.value(8).toLongLong();
        total.cachedCalls = query.value(9).toLongLong();
        total.averageLatencyMs = query.value(10).toDouble();
        result << total;
    }
    return result;
}

Result<Spend> CostAggregator::spend(const QDateTime &now) const
{
    Spend spend;
    const QDateTime at = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    const QDate today = at.toTimeZone(m_zone).date();
    const QDate firstOfMonth(today.year(), today.month(), 1);
    spend.dayStart = today.startOfDay(m_zone);
    spend.monthStart = firstOfMonth.startOfDay(m_zone);
    const QDateTime dayEnd = today.addDays(1).startOfDay(m_zone);
    const QDateTime monthEnd = firstOfMonth.addMonths(1).startOfDay(m_zone);

    const auto sum = [&](const QDateTime &from, const QDateTime &to) -> Result<double> {
        QSqlQuery query(m_store.database());
        query.prepare(
                u"SELECT total(cost_total) FROM history WHERE time_ms >= ? AND time_ms < ?"_s);
        query.addBindValue(from.toMSecsSinceEpoch());
        query.addBindValue(to.toMSecsSinceEpoch());
        if (!query.exec() || !query.next()) {
            return Result<double>::failure(query.lastError().text());
        }
        return query.value(0).toDouble();
    };
    const Result<double> daySum = sum(spend.dayStart, dayEnd);
    if (!daySum) {
        return Result<Spend>::failure(daySum.error());
    }
    const Result<double> monthSum = sum(spend.monthStart, monthEnd);
    if (!monthSum) {
        return Result<Spend>::failure(monthSum.error());
    }
    spend.today = *daySum;
    spend.month = *monthSum;
    return spend;
}

} // namespace callpad
