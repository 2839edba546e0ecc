#include "gui/common/CostFormat.h"

#include "gui/common/UsageFormat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

// The translation context of the cost formatters.
struct CostFormat
{
    Q_DECLARE_TR_FUNCTIONS(callpad::CostFormat)
};

} // namespace

QString formatCompactCount(qint64 count, const QLocale &locale)
{
    const double magnitude = std::abs(double(count));
    if (magnitude < 1000) {
        return locale.toString(count);
    }
    struct Step
    {
        double size;
        const char *suffix;
    };
    static const Step steps[] = { { 1e9, QT_TRANSLATE_NOOP("callpad::CostFormat", "%1B") },
                                  { 1e6, QT_TRANSLATE_NOOP("callpad::CostFormat", "%1M") },
                                  { 1e3, QT_TRANSLATE_NOOP("callpad::CostFormat", "%1K") } };
    for (const Step &step : steps) {
        // Rounding 999,950 to one decimal gives "1000.0K": let it move up to "1M".
        if (magnitude >= step.size * 0.99995 || &step == &steps[2]) {
            const QString number = trimTrailingZeros(
                    locale.toString(double(count) / step.size, 'f', 1), locale, 0);
            return CostFormat::tr(step.suffix).arg(number);
        }
    }
    return locale.toString(count);
}

QString formatUsdExact(double dollars, const QLocale &locale)
{
    if (!std::isfinite(dollars)) {
        return formatUsd(std::nullopt, locale);
    }
    return CostFormat::tr("$%1").arg(
            trimTrailingZeros(locale.toString(dollars, 'f', 6), locale, 2));
}

QString formatBucket(const QDateTime &start, Bucket bucket, const QLocale &locale)
{
    QString date = locale.toString(start.date(), QLocale::ShortFormat);
    switch (bucket) {
    case Bucket::Hour:
        return date + u' ' + locale.toString(start.time(), QLocale::ShortFormat);
    case Bucket::Day:
        return date;
    case Bucket::Week:
        return CostFormat::tr("Week of %1").arg(date);
    }
    return date;
}

QString formatCostSummary(qint64 calls, double cost, qint64 tokens, const QLocale &locale)
{
    const QString callText = calls == 1 ? CostFormat::tr("1 call")
                                        : CostFormat::tr("%1 calls").arg(locale.toString(calls));
    const QString tokenText = tokens == 1
            ? CostFormat::tr("1 token")
            : CostFormat::tr("%1 tokens").arg(formatCompactCount(tokens, locale));
    return CostFormat::tr("%1 · %2 · %3").arg(callText, formatUsd(cost, locale), tokenText);
}

int usdAxisDecimals(double maximum)
{
    if (!std::isfinite(maximum) || maximum >= 1.0 || maximum <= 0.0) {
        return 2;
    }
    // Two significant digits at the top of the axis: 0.5 -> 2, 0.05 -> 3, 0.0015 -> 4.
    return std::clamp(1 - int(std::floor(std::log10(maximum))), 2, 8);
}

} // namespace callpad
