#pragma once

// Hand-made calls of known cost for the cost feature's tests, recorded into a real SQLite file in
// a temporary folder. All times are UTC and the tests aggregate in UTC, so days are the same on
// every machine.
//
//  call  day (May 2024)  function   revision  tags                  cost   in/out/total tokens
//  1     Mon 13 10:00    translate  T1        team=alpha            0.50   100/200/300
//  2     Mon 13 15:30    summarize  S1        team=beta (cached)    0.25   100/50/150
//  3     Tue 14 09:00    translate  T2        team=alpha, env=prod  1.00   400/600/1000
//  4     Thu 16 11:00    translate  T1        -                     0.12   50/50/100
//  5     Thu 16 12:00    summarize  S1        - (failed)            -      -
//  6     Mon 20 08:00    summarize  S1        team=beta             2.00   1000/1150/2150
//
// Totals: 6 calls, $3.87, 3,700 tokens. translate $1.62 (3 calls), summarize $2.25 (3 calls).

#include "core/history/HistoryEntry.h"
#include "core/history/HistoryStore.h"
#include "support/HistoryHarness.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace callpad::test {

using namespace Qt::StringLiterals;

inline const QString TranslateId = u"aaaaaaaa-0000-4000-8000-000000000001"_s;
inline const QString SummarizeId = u"bbbbbbbb-0000-4000-8000-000000000002"_s;
inline const QString TranslateRev1 = u"a1a1a1a1-1111-4000-8000-000000000011"_s;
inline const QString TranslateRev2 = u"a2a2a2a2-2222-4000-8000-000000000012"_s;
inline const QString SummarizeRev1 = u"b1b1b1b1-1111-4000-8000-000000000021"_s;

struct CostCall
{
    QDateTime time;
    QString functionId = TranslateId;
    QString revisionId = TranslateRev1;
    QList<Tag> tags;
    std::optional<double> cost;
    std::optional<qint64> inputTokens;
    std::optional<qint64> outputTokens;
    qint64 latencyMs = 100;
    bool cached = false;
    bool ok = true;
};

inline QDateTime utc(int day, int hour, int minute = 0, int month = 5)
{
    return { QDate(2024, month, day), QTime(hour, minute), QTimeZone::utc() };
}

inline HistoryEntry makeEntry(const CostCall &call)
{
    HistoryEntry entry;
    entry.time = call.time;
    entry.source = u"app"_s;
    entry.baseUrl = QUrl(u"http://127.0.0.1:9"_s);
    entry.functionId = call.functionId;
    entry.functionName = call.functionId == TranslateId ? u"translate"_s
            : call.functionId == SummarizeId            ? u"summarize"_s
                                                        : u"fn-"_s + call.functionId.left(8);
    entry.revisionId = call.revisionId;
    entry.revisionLabel = call.revisionId == TranslateRev1 ? u"T1"_s
            : call.revisionId == TranslateRev2             ? u"T2"_s
                                                           : u"S1"_s;
    entry.requestMethod = "POST";
    entry.requestUrl = QUrl(u"http://127.0.0.1:9/v2/functions/%1/call"_s.arg(call.functionId));
    entry.requestBody = R"({"input":"hello, world"})";
    entry.latencyMs = call.latencyMs;
    entry.inputTokens = call.inputTokens;
    entry.outputTokens = call.outputTokens;
    if (call.inputTokens && call.outputTokens) {
        entry.totalTokens = *call.inputTokens + *call.outputTokens;
    }
    entry.costTotal = call.cost;
    entry.cached = call.cached;
    entry.tags = call.tags;
    if (call.ok) {
        entry.httpStatus = 200;
        entry.httpReason = "OK";
        entry.responseBody = R"({"message":"hi, \"there\""})";
    } else {
        entry.httpStatus = 500;
        entry.httpReason = "Internal Server Error";
        entry.error.kind = ErrorKind::Http;
        entry.error.httpStatus = 500;
        entry.error.message = u"Internal error"_s;
        entry.errorSummary = entry.error.summary();
        entry.responseBody = R"({"type":"InternalError","message":"Internal error"})";
    }
    return entry;
}

inline QList<CostCall> fixtureCalls()
{
    const Tag alpha { u"team"_s, u"alpha"_s };
    const Tag beta { u"team"_s, u"beta"_s };
    const Tag prod { u"env"_s, u"prod"_s };
    return {
        { utc(13, 10), TranslateId, TranslateRev1, { alpha }, 0.50, 100, 200, 200, false, true },
        { utc(13, 15, 30), SummarizeId, SummarizeRev1, { beta }, 0.25, 100, 50, 400, true, true },
        { utc(14, 9),
          TranslateId,
          TranslateRev2,
          { alpha, prod },
          1.00,
          400,
          600,
          300,
          false,
          true },
        { utc(16, 11), TranslateId, TranslateRev1, {}, 0.12, 50, 50, 100, false, true },
        { utc(16, 12), SummarizeId, SummarizeRev1, {}, {}, {}, {}, 1000, false, false },
        { utc(20, 8), SummarizeId, SummarizeRev1, { beta }, 2.00, 1000, 1150, 500, false, true },
    };
}

// Records through the history service, as the window does, and waits until they are in.
inline bool recordCalls(const HistoryHarness &history, const QList<CostCall> &calls)
{
    QList<HistoryEntry> entries;
    for (const CostCall &call : calls) {
        entries << makeEntry(call);
    }
    return history.record(entries).size() == entries.size();
}

// RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks.
inline QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

} // namespace callpad::test
