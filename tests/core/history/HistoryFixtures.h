#pragma once

// Hand-built calls for the history tests: what CallHandle would have left behind, without a
// server, so every outcome (each error class included) can be recorded and compared.

#include "core/history/HistoryEntry.h"
#include "core/history/HistoryStore.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace callpad::fixtures {

using namespace Qt::StringLiterals;

inline const QString FunctionA = u"aaaaaaaa-0000-4000-8000-000000000001"_s;
inline const QString FunctionB = u"bbbbbbbb-0000-4000-8000-000000000002"_s;
inline const QString RevisionA1 = u"aaaaaaaa-1111-4000-8000-000000000011"_s;
inline const QString RevisionA2 = u"aaaaaaaa-2222-4000-8000-000000000012"_s;
inline const QString RevisionB1 = u"bbbbbbbb-1111-4000-8000-000000000021"_s;
inline const QString SpanId = u"3c90c3cc-0d44-4b50-8888-8dd25736052a"_s;

inline QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0)
{
    return { QDate(year, month, day), QTime(hour, minute), Qt::UTC };
}

inline CallDraft makeDraft(const QString &inputText, const QList<Tag> &tags = {},
                           const QString &functionId = FunctionA,
                           const QString &revisionId = RevisionA1)
{
    CallDraft draft;
    draft.functionId = functionId;
    draft.revisionId = revisionId;
    draft.inputText = inputText;
    draft.tags = tags;
    return draft;
}

// The request as HttpExchange records it: key masked, body from the checked draft.
inline CallResult sentCall(const CallDraft &draft, bool stream = false)
{
    CallResult result;
    const DraftCheck check = checkDraft(draft);
    result.request.method = "POST";
    result.request.url = QUrl(u"http://127.0.0.1:9/v2/functions/%1/call%2/%3"_s.arg(
            draft.functionId, stream ? u"/stream"_s : QString(), draft.revisionId));
    result.request.headers = { { "Authorization", RequestRecord::maskedAuthorization() },
                               { "Content-Type", "application/json" } };
    result.request.body = check.ok() ? check.request->toBody() : QByteArray();
    result.streamed = stream;
    result.startedAt = utc(2024, 5, 1, 12, 0);
    result.latencyMs = 321;
    return result;
}

inline CallResult succeeded(const CallDraft &draft, const QByteArray &body)
{
    CallResult result = sentCall(draft);
    result.head.status = 200;
    result.head.reason = "OK";
    result.head.headers = { { "Content-Type", "application/json" } };
    result.head.url = result.request.url;
    result.body = body;
    const ResponseParse parse = parseCallResponse(body);
    result.response = parse.response;
    result.error = parse.error;
    return result;
}

inline CallResult failed(const CallDraft &draft, const ApiError &error, int status,
                         const QByteArray &body, bool stream = false)
{
    CallResult result = sentCall(draft, stream);
    result.head.status = status;
    result.body = body;
    result.error = error;
    return result;
}

// A quick entry for filter and aggregation fixtures.
inline HistoryEntry entryAt(const QDateTime &time, const QString &functionId,
                            const QString &revisionId, std::optional<double> cost,
                            const QList<Tag> &tags = {}, bool ok = true)
{
    HistoryEntry entry;
    entry.time = time;
    entry.source = u"app"_s;
    entry.functionId = functionId;
    entry.functionName = functionId == FunctionA ? u"translate"_s : u"summarize"_s;
    entry.revisionId = revisionId;
    entry.revisionLabel = revisionId == RevisionA1 ? u"v1"_s
            : revisionId == RevisionA2             ? u"v2"_s
                                                   : u"b1"_s;
    entry.requestBody = R"({"input":"hello"})";
    entry.responseBody = R"({"message":"hi"})";
    entry.httpStatus = ok ? 200 : 500;
    entry.costTotal = cost;
    entry.tags = tags;
    if (!ok) {
        entry.error.kind = ErrorKind::Http;
        entry.error.httpStatus = 500;
        entry.error.message = u"Internal error"_s;
        entry.responseBody = R"({"type":"InternalError","message":"Internal error"})";
    }
    return entry;
}

inline QString dbPath(const QTemporaryDir &dir, const QString &name = u"history.sqlite"_s)
{
    return dir.filePath(name);
}

} // namespace callpad::fixtures
