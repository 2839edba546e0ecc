#pragma once

#include "core/history/CostSeries.h"

#include <QStringList>
#include <QTimeZone>

namespace callpad {

// Time buckets in a time zone, both as SQL over history.time_ms and in C++, agreeing exactly.
//
// SQLite's own 'localtime' follows the process's zone and cannot be injected, so the SQL adds the
// zone's UTC offset itself: a CASE over the zone's transitions within [fromMs, toMs], then
// strftime() on the shifted time. Keys are "2024-05-01T13" (hour), "2024-05-01" (day) and the
// Monday of the ISO week, "2024-04-29" (week); they sort as text in time order. When clocks go
// back, the repeated local hour is one bucket.
class CostBuckets final
{
public:
    CostBuckets(Bucket bucket, const QTimeZone &zone, qint64 fromMs, qint64 toMs);

    QString keySql() const;
    QString keyOf(const QDateTime &time) const;
    QDateTime startOf(const QString &key) const;
    // Every key from `first` to `last` inclusive, in order; empty when there would be more than
    // `max` of them.
    QStringList keysBetween(const QString &first, const QString &last, int max) const;

private:
    QString localSecondsSql() const;

    Bucket m_bucket;
    QTimeZone m_zone;
    qint64 m_fromMs;
    qint64 m_toMs;
};

} // namespace callpad
