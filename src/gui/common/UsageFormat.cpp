#include "gui/common/UsageFormat.h"

#include "core/protocol/CallResult.h"
#include "core/protocol/JsonText.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

// The translation context of the usage formatters.
struct UsageFormat
{
    Q_DECLARE_TR_FUNCTIONS(callpad::UsageFormat)
};

QString dash()
{
    return { QChar(0x2014) };
}

} // namespace

QString formatTokenCount(std::optional<qint64> count, const QLocale &locale)
{
    return count ? locale.toString(*count) : dash();
}

QString formatUsd(std::optional<double> dollars, const QLocale &locale)
{
    if (!dollars || !std::isfinite(*dollars)) {
        return dash();
    }
    const double value = *dollars;
    const double magnitude = std::abs(value);
    QString number;
    if (magnitude == 0.0 || magnitude >= 0.01) {
        number = locale.toString(value, 'f', 2);
    } else {
        // Decimals for six significant digits, trimmed back to no fewer than three.
        int exponent = int(std::floor(std::log10(magnitude)));
        // log10 may land a hair off for exact powers of ten (1e-4); settle on the true digit.
        if (magnitude >= std::pow(10.0, exponent + 1)) {
            ++exponent;
        } else if (magnitude < std::pow(10.0, exponent)) {
            --exponent;
        }
        constexpr int maxDecimals = 15;
        const int decimals = std::clamp(5 - exponent, 0, maxDecimals);
        const int minDecimals = std::clamp(2 - exponent, 0, decimals);
        number = trimTrailingZeros(locale.toString(value, 'f', decimals), locale, minDecimals);
    }
    return UsageFormat::tr("$%1").arg(number);
}

QString formatLatency(qint64 milliseconds, const QLocale &locale)
{
    if (milliseconds < 0) {
        return dash();
    }
    if (milliseconds < 1000) {
        return UsageFormat::tr("%1 ms").arg(locale.toString(milliseconds));
    }
    if (milliseconds < qint64(60) * 1000) {
        return UsageFormat::tr("%1 s").arg(locale.toString(double(milliseconds) / 1000.0, 'f', 2));
    }
    const qint64 seconds = (milliseconds + 500) / 1000;
    return UsageFormat::tr("%1 min %2 s")
            .arg(locale.toString(seconds / 60), locale.toString(seconds % 60));
}

QList<QPair<QString, QString>> unknownUsageFields(const CallResponse &response)
{
    QList<QPair<QString, QString>> fields;
    const auto addUnknown = [&fields](const QString &prefix, const QJsonObject &object,
                                      const QStringList &known) {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!known.contains(it.key())) {
                fields.append({ prefix + it.key(), toJsonText(it.value(), false) });
            }
        }
    };
    if (response.usage) {
        const QJsonObject &raw = response.usage->raw;
        const QString detailsKey = u"output_tokens_details"_s;
        const QString reasoningKey = u"reasoning_tokens"_s;
        const QJsonValue details = raw.value(detailsKey);
        QStringList known { u"input_tokens"_s, u"output_tokens"_s, u"total_tokens"_s };
        if (details.isObject()) {
            known << detailsKey;
        }
        // The parser falls back to a top-level reasoning_tokens only when the breakdown has none.
        if (!details.toObject().contains(reasoningKey)) {
            known << reasoningKey;
        }
        addUnknown(u"usage."_s, raw, known);
        if (details.isObject()) {
            addUnknown(u"usage.output_tokens_details."_s, details.toObject(), { reasoningKey });
        }
    }
    if (response.cost) {
        addUnknown(u"cost."_s, response.cost->raw, { u"generation"_s, u"platform"_s, u"total"_s });
    }
    return fields;
}

QString trimTrailingZeros(QString number, const QLocale &locale, int minDecimals)
{
    const QString point = locale.decimalPoint();
    const QString zero = locale.zeroDigit();
    const qsizetype at = number.lastIndexOf(point);
    if (at < 0 || point.isEmpty() || zero.isEmpty()) {
        return number;
    }
    qsizetype decimals = number.size() - at - point.size();
    while (decimals > minDecimals && number.endsWith(zero)) {
        number.chop(zero.size());
        decimals -= zero.size();
    }
    if (decimals == 0) {
        number.chop(point.size());
    }
    return number;
}

QString formatCallSummary(const CallResult &result)
{
    if (!result.ok()) {
        return UsageFormat::tr("Failed after %1: %2")
                .arg(formatLatency(result.latencyMs), result.error.summary());
    }
    QStringList parts { UsageFormat::tr("Done in %1").arg(formatLatency(result.latencyMs)) };
    if (const auto &usage = result.response.usage; usage && usage->totalTokens) {
        parts.append(UsageFormat::tr("%1 tokens").arg(formatTokenCount(usage->totalTokens)));
    }
    if (const auto &cost = result.response.cost; cost && cost->total) {
        parts.append(formatUsd(cost->total));
    }
    if (result.response.cached) {
        parts.append(UsageFormat::tr("cached"));
    }
    return parts.join(u" · "_s);
}

QString formatRunning(qint64 elapsedMs, qint64 bytesReceived)
{
    return UsageFormat::tr("Calling… %1 · %2 received")
            .arg(formatLatency(elapsedMs), QLocale().formattedDataSize(bytesReceived));
}

} // namespace callpad
