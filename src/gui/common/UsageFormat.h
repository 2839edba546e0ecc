#pragma once

#include "core/protocol/CallResponse.h"

#include <QList>
#include <QLocale>
#include <QPair>
#include <QString>

#include <optional>

namespace callpad {

struct CallResult;

// How the Usage & cost pane words its numbers. Free functions, so the rules are tested alone.

// "1,234" in the locale; "—" when absent.
QString formatTokenCount(std::optional<qint64> count, const QLocale &locale = QLocale());

// US dollars: two decimals from one cent up ("$1.50"); below a cent up to six significant
// digits and at least three ("$0.000110", "$0.000123456"), so tiny per-call costs stay legible.
// "—" when absent or not a finite number.
QString formatUsd(std::optional<double> dollars, const QLocale &locale = QLocale());

// A number in the locale without trailing zeros after the decimal point, keeping at least
// `minDecimals` of them ("1.500" -> "1.5"; with 0, "2.000" -> "2").
QString trimTrailingZeros(QString number, const QLocale &locale, int minDecimals);

// "850 ms", "1.24 s", "2 min 5 s"; "—" for a negative duration.
QString formatLatency(qint64 milliseconds, const QLocale &locale = QLocale());

// The keys of `usage` and `cost` the pane has no row for, named as in the JSON
// ("usage.cache_read_tokens", "usage.output_tokens_details.audio_tokens", "cost.currency"),
// each with its value as compact JSON text: usage first, then its breakdown, then cost.
QList<QPair<QString, QString>> unknownUsageFields(const CallResponse &response);

// The status bar's line for a finished call: "Done in 1.24 s · 1,234 tokens · $0.0021 · cached",
// or "Failed after 850 ms: HTTP 429 …".
QString formatCallSummary(const CallResult &result);
// The status bar's line while a call runs: "Calling… 1.24 s · 12 KB received".
QString formatRunning(qint64 elapsedMs, qint64 bytesReceived);

} // namespace callpad
