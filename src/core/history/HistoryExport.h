#pragma once

#include "core/Result.h"
#include "core/history/CostSeries.h"
#include "core/history/HistoryFilter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace callpad {

class HistoryStore;
struct HistoryEntry;

// The history and the cost totals as CSV (RFC 4180: a header row, CRLF line ends, fields with a
// comma, quote or line break quoted and quotes doubled; UTF-8 without a BOM) and as JSONL (one
// compact JSON object per line). Times are ISO 8601 in UTC with milliseconds, numbers use '.'
// whatever the locale, and absent values are empty cells or missing keys.
//
// The history is read page by page with keyset paging, newest first: an export of any size never
// holds more than one page in memory, and calls recorded meanwhile do not shift it.
class HistoryExport final
{
    Q_DECLARE_TR_FUNCTIONS(callpad::HistoryExport)

public:
    static constexpr int PageSize = 500;

    // Each fails, saying why, when reading the history or writing to `out` fails.
    static Status writeHistoryCsv(const HistoryStore &store, const HistoryFilter &filter,
                                  QIODevice *out);
    static Status writeHistoryJsonl(const HistoryStore &store, const HistoryFilter &filter,
                                    QIODevice *out);
    static Status writeTotalsCsv(const QList<CostTotal> &totals, QIODevice *out);
    static Status writeTotalsJsonl(const QList<CostTotal> &totals, QIODevice *out);

    static QByteArray csvField(const QString &text);
    static QString number(double value); // "0.000015", never an exponent or a comma
    static QByteArray historyCsvHeader();
    static QByteArray historyCsvLine(const HistoryEntry &entry);
    static QByteArray historyJsonLine(const HistoryEntry &entry);
};

} // namespace callpad
