#pragma once

#include "core/history/CostSeries.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace callpad {

// How the Cost pane words its numbers and buckets. Free functions, so the rules are tested alone.

// A token count at a glance: "950", "12.5K", "1.2M", "3.4B" (digits in the locale).
QString formatCompactCount(qint64 count, const QLocale &locale = QLocale());

// Dollars to the micro-dollar, trailing zeros trimmed down to cents: "$1.234567", "$0.0015",
// "$2.00". For tooltips, where the exact value matters more than a tidy column.
QString formatUsdExact(double dollars, const QLocale &locale = QLocale());

// A bucket's axis label in the locale: the short date for a day, with the short time for an hour,
// "Week of <date>" for a week.
QString formatBucket(const QDateTime &start, Bucket bucket, const QLocale &locale = QLocale());

// "123 calls · $4.56 · 1.2M tokens".
QString formatCostSummary(qint64 calls, double cost, qint64 tokens,
                          const QLocale &locale = QLocale());

// The printf precision ("$%.3f") that keeps an axis up to `maximum` dollars from reading $0.00.
int usdAxisDecimals(double maximum);

} // namespace callpad
