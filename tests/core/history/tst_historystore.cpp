#include "HistoryFixtures.h"
#include "core/AppPaths.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace callpad;
using namespace callpad::fixtures;

Q_DECLARE_METATYPE(callpad::CallResult)
Q_DECLARE_METATYPE(callpad::CallDraft)

namespace {

const QUrl BaseUrl(u"http://127.0.0.1:9/v2"_s);

QByteArray errorBody(const QString &type, const QString &message)
{
    return QJsonDocument(QJsonObject { { u"type"_s, type }, { u"message"_s, message } })
            .toJson(QJsonDocument::Compact);
}

ApiError apiError(ErrorKind kind, int status, const QString &type, const QString &message)
{
    ApiError error;
    error.kind = kind;
    error.httpStatus = status;
    error.type = type;
    error.message = message;
    return error;
}

CallResult streamed(const CallDraft &draft, const QByteArray &log, const QJsonObject &assembled,
                    const ApiError &error)
{
    CallResult result = sentCall(draft, true);
    result.head.status = 200;
    result.head.headers = { { "Content-Type", "text/event-stream" } };
    result.body = log;
    result.eventCount = int(log.count("data:"));
    result.error = error;
    if (!error.isError()) {
        result.response = callResponseFromJson(assembled).response;
    }
    return result;
}

} // namespace

class TestHistoryStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createsSchemaAndReopens();
    void migratesAnEmptyFile();
    void refusesNewerSchema();
    void refusesNonDatabase();
    void recordsEveryOutcome_data();
    void recordsEveryOutcome();
    void roundTripsEveryField();
    void outputTextIsThePayloadAsSent();
    void neverStoresTheKey();
    void restoresTheDraft_data();
    void restoresTheDraft();

private:
    QTemporaryDir m_dir;
};

void TestHistoryStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(AppPaths::standard().historyDatabase.endsWith(u"/history.sqlite"_s));
}

void TestHistoryStore::createsSchemaAndReopens()
{
    const QString path = dbPath(m_dir, u"reopen/nested/history.sqlite"_s);
    {
        HistoryStore store;
        const Status opened = store.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(store.schemaVersion(), HistoryStore::latestSchemaVersion());
        QVERIFY(HistoryStore::latestSchemaVersion() >= 1);
        QSqlQuery query(store.database());
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(u"PRAGMA synchronous"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1); // NORMAL
        QVERIFY(store.record(entryAt(utc(2024, 5, 1), FunctionA, RevisionA1, 0.5)).valueOr(-1) > 0);
    }
    HistoryStore again;
    const Status opened = again.open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(again.schemaVersion(), HistoryStore::latestSchemaVersion());
    QCOMPARE(again.count().valueOr(-1), 1);
}

void TestHistoryStore::migratesAnEmptyFile()
{
    // A zero-byte file (touched by a script, say) is an empty database at version 0.
    const QString path = dbPath(m_dir, u"empty.sqlite"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(QFileInfo(path).size(), 0);
    HistoryStore store;
    const Status opened = store.open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(store.schemaVersion(), HistoryStore::latestSchemaVersion());
    QCOMPARE(store.count().valueOr(-1), 0);
    QVERIFY(store.record(entryAt(utc(2024, 5, 1), FunctionA, RevisionA1, 0.5)).valueOr(-1) > 0);
}

void TestHistoryStore::refusesNewerSchema()
{
    const QString path = dbPath(m_dir, u"newer.sqlite"_s);
    {
        HistoryStore store;
        QVERIFY(store.open(path));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(u"PRAGMA user_version = 999"_s));
    }
    HistoryStore store;
    const Status refused = store.open(path);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"newer"_s), qPrintable(refused.error()));
    QVERIFY(!store.isOpen());
    QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-newer"_s);
    raw.setDatabaseName(path);
    QVERIFY(raw.open());
    {
        QSqlQuery query(raw);
        QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 999);
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"raw-newer"_s);
}

void TestHistoryStore::refusesNonDatabase()
{
    const QString path = dbPath(m_dir, u"notes.txt"_s);
    const QByteArray text = "These are my notes, not a database.\n";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    HistoryStore store;
    const Status refused = store.open(path);
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(path));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), text);
}

void TestHistoryStore::recordsEveryOutcome_data()
{
    QTest::addColumn<CallResult>("result");
    QTest::addColumn<QString>("kindName");
    QTest::addColumn<int>("httpStatus");

    const CallDraft draft = makeDraft(u"{\"text\": \"hello\"}"_s, { { u"env"_s, u"prod"_s } });
    QTest::newRow("success with usage, cost and cache")
            << succeeded(draft,
                         R"({"span_id":"3c90c3cc-0d44-4b50-8888-8dd25736052a","message":"hi",)"
                         R"("cached":true,"usage":{"input_tokens":25,"output_tokens":972,)"
                         R"("output_tokens_details":{"reasoning_tokens":704},"total_tokens":997},)"
                         R"("cost":{"generation":0.0001,"platform":0.00001,"total":0.00011}})")
            << QString() << 200;
    QTest::newRow("success with a JSON payload")
            << succeeded(draft, R"({"span_id":"s","json_payload":{"sum":4,"items":[1,2]}})")
            << QString() << 200;

    ApiError notFound = apiError(ErrorKind::Http, 404, u"NotFoundError"_s, u"Function not found"_s);
    notFound.detail = u"no such function"_s;
    QTest::newRow("HTTP 404 NotFoundError")
            << failed(draft, notFound, 404, errorBody(u"NotFoundError"_s, u"Function not found"_s))
            << u"http"_s << 404;
    ApiError limited = apiError(ErrorKind::RateLimited, 429, u"RateLimitError"_s, u"Slow down"_s);
    limited.retryAfterSeconds = 30;
    QTest::newRow("HTTP 429 with Retry-After")
            << failed(draft, limited, 429, errorBody(u"RateLimitError"_s, u"Slow down"_s))
            << u"rate_limited"_s << 429;
    ApiError invalid = apiError(ErrorKind::Http, 422, u"RequestValidationError"_s, u"Bad"_s);
    invalid.detail = QJsonArray { QJsonObject { { u"loc"_s, QJsonArray { u"body"_s, u"input"_s } },
                                                { u"msg"_s, u"field required"_s } } };
    QTest::newRow("HTTP 422 with a validation list")
            << failed(draft, invalid, 422, R"({"detail":[{"loc":["body","input"]}]})") << u"http"_s
            << 422;
    QTest::newRow("timeout") << failed(
            draft, apiError(ErrorKind::Timeout, 0, {}, u"No answer in 30 s"_s), 0, {})
                             << u"timeout"_s << 0;
    QTest::newRow("connection refused")
            << failed(draft, apiError(ErrorKind::ConnectionRefused, 0, {}, u"Refused"_s), 0, {})
            << u"connection_refused"_s << 0;
    QTest::newRow("cancelled") << failed(draft, apiError(ErrorKind::Cancelled, 0, {}, {}), 0, {})
                               << u"cancelled"_s << 0;
    QTest::newRow("invalid JSON body")
            << succeeded(draft, "<html>oops</html>") << u"invalid_json"_s << 200;
    QTest::newRow("invalid response field")
            << succeeded(draft, R"({"span_id":"s","message":"kept","usage":{"input_tokens":"x"}})")
            << u"invalid_response"_s << 200;

    const QByteArray log = "data: {\"delta\":\"Hel\",\"span_id\":\"s1\"}\n\n"
                           "data: {\"delta\":\"lo\"}\n\ndata: [DONE]\n\n";
    const QJsonObject assembled { { u"span_id"_s, u"s1"_s },
                                  { u"message"_s, u"Hello"_s },
                                  { u"cached"_s, false } };
    QTest::newRow("stream success") << streamed(draft, log, assembled, {}) << QString() << 200;
    QTest::newRow("stream error chunk")
            << streamed(draft,
                        "data: {\"chunk_type\":\"error\",\"error_type\":\"ProviderError\"}\n\n", {},
                        apiError(ErrorKind::StreamError, 0, u"ProviderError"_s, u"Boom"_s))
            << u"stream_error"_s << 200;
    QTest::newRow("stream incomplete") << streamed(draft, R"(data: {"delta":"Hel)", {},
                                                   apiError(ErrorKind::StreamIncomplete, 0, {}, {}))
                                       << u"stream_incomplete"_s << 200;
}

void TestHistoryStore::recordsEveryOutcome()
{
    QFETCH(CallResult, result);
    QFETCH(QString, kindName);
    QFETCH(int, httpStatus);

    HistoryStore store;
    QVERIFY(store.open(dbPath(m_dir, u"outcomes.sqlite"_s)));
    const CallDraft draft = makeDraft(u"{\"text\": \"hello\"}"_s, { { u"env"_s, u"prod"_s } });
    const HistoryEntry made = HistoryEntry::fromCall(result, draft, u"translate"_s, u"v1"_s,
                                                     u"greeting"_s, u"cli"_s, BaseUrl);
    const Result<qint64> recorded = store.record(made);
    QVERIFY2(recorded.valueOr(-1) > 0, qPrintable(recorded.error()));
    const qint64 id = *recorded;
    const std::optional<HistoryEntry> stored = store.entry(id).valueOr({});
    QVERIFY(stored);
    QCOMPARE(stored->ok(), result.ok());
    QCOMPARE(stored->errorKindName(), kindName);
    QCOMPARE(stored->errorSummary, result.error.summary());
    QCOMPARE(stored->httpStatus, httpStatus);
    QCOMPARE(stored->stream, result.streamed);
    QCOMPARE(stored->source, u"cli"_s);
    QCOMPARE(stored->presetName, u"greeting"_s);
    QCOMPARE(stored->baseUrl, BaseUrl);
    QCOMPARE(stored->tags, draft.tags);
    QCOMPARE(stored->time, result.startedAt);

    // The panes get back what they showed when the call arrived.
    const CallResult back = toCallResult(*stored);
    QCOMPARE(back.error.kind, result.error.kind);
    QCOMPARE(back.error.summary(), result.error.summary());
    QCOMPARE(back.error.httpStatus, result.error.httpStatus);
    QCOMPARE(back.error.type, result.error.type);
    QCOMPARE(back.error.detail, result.error.detail);
    QCOMPARE(back.error.retryAfterSeconds, result.error.retryAfterSeconds);
    QCOMPARE(back.body, result.body);
    QCOMPARE(back.streamed, result.streamed);
    QCOMPARE(back.eventCount, result.eventCount);
    QCOMPARE(back.latencyMs, result.latencyMs);
    QCOMPARE(back.startedAt, result.startedAt);
    QCOMPARE(back.head.status, result.head.status);
    QCOMPARE(back.head.headers, result.head.headers);
    QCOMPARE(back.request.body, result.request.body);
    QCOMPARE(back.request.headers, result.request.headers);
    QCOMPARE(back.request.url, result.request.url);
    QCOMPARE(back.response.spanId, result.response.spanId);
    QCOMPARE(back.response.message, result.response.message);
    QCOMPARE(back.response.jsonPayload(), result.response.jsonPayload());
    QCOMPARE(back.response.cached, result.response.cached);
    QCOMPARE(back.response.raw, result.response.raw);
    QCOMPARE(back.response.usage.has_value(), result.response.usage.has_value());
    if (result.response.usage) {
        QCOMPARE(back.response.usage->totalTokens, result.response.usage->totalTokens);
        QCOMPARE(stored->inputTokens, result.response.usage->inputTokens);
        QCOMPARE(stored->reasoningTokens, result.response.usage->reasoningTokens);
    }
    if (result.response.cost) {
        QCOMPARE(stored->costTotal, result.response.cost->total);
        QCOMPARE(stored->costPlatform, result.response.cost->platform);
    } else {
        QVERIFY(!stored->costTotal);
    }
}

void TestHistoryStore::roundTripsEveryField()
{
    HistoryEntry entry;
    entry.time = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 58, 123), Qt::UTC);
    entry.source = u"app"_s;
    entry.baseUrl = QUrl(u"https://api.opper.ai/v2"_s);
    entry.functionId = FunctionB;
    entry.functionName = u"summarize, \"quoted\""_s;
    entry.revisionId = RevisionB1;
    entry.revisionLabel = u"r7 – ünïcode"_s;
    entry.presetName = u"weekly report"_s;
    entry.requestMethod = "POST";
    entry.requestUrl = QUrl(u"https://api.opper.ai/v2/functions/x/call/y"_s);
    entry.requestHeaders = { { "Authorization", RequestRecord::maskedAuthorization() },
                             { "Accept", "application/json" } };
    entry.requestBody = R"({"input":{"text":"long\nline"},"tags":{"k":"v"}})";
    entry.stream = true;
    entry.httpStatus = 200;
    entry.httpReason = "OK";
    entry.responseHeaders = { { "Content-Type", "text/event-stream" } };
    entry.responseUrl = QUrl(u"https://api.opper.ai/v2/functions/x/call/stream/y"_s);
    entry.error = apiError(ErrorKind::InvalidResponse, 0, {}, u"wrong type"_s);
    entry.error.field = u"usage.input_tokens"_s;
    entry.errorSummary = entry.error.summary();
    entry.responseBody = R"({"span_id":"s","message":"partial"})";
    entry.eventLog = "data: {\"delta\":\"partial\"}\n\ndata: [DONE]\n\n";
    entry.eventCount = 2;
    entry.latencyMs = 98765;
    entry.inputTokens = 1;
    entry.outputTokens = 2;
    entry.reasoningTokens = 0;
    entry.totalTokens = 9007199254740991; // 2^53 - 1
    entry.costGeneration = 0.000123;
    entry.costPlatform = 1e-7;
    entry.costTotal = 0.0001231;
    entry.cached = true;
    entry.spanId = SpanId;
    entry.tags = { { u"env"_s, u"prod"_s }, { u"user"_s, u"ann, bob"_s } };
    entry.images = {
        { ImageSource::HttpUrl, u"https://img.example/a.png"_s, u"image/png"_s, {}, 0, false },
        { ImageSource::Base64, {}, u"image/png"_s, "\x89PNG\r\n\x1a\nDATA", 12, false }
    };
    entry.inputText = u"custom input text"_s;
    entry.outputText = u"custom output text"_s;

    HistoryStore store;
    QVERIFY(store.open(dbPath(m_dir, u"fields.sqlite"_s)));
    const Result<qint64> recorded = store.record(entry);
    QVERIFY2(recorded.valueOr(-1) > 0, qPrintable(recorded.error()));
    const qint64 id = *recorded;
    const std::optional<HistoryEntry> back = store.entry(id).valueOr({});
    QVERIFY(back);
    QCOMPARE(back->id, id);
    QCOMPARE(back->time, entry.time);
    QCOMPARE(back->source, entry.source);
    QCOMPARE(back->baseUrl, entry.baseUrl);
    QCOMPARE(back->functionId, entry.functionId);
    QCOMPARE(back->functionName, entry.functionName);
    QCOMPARE(back->revisionId, entry.revisionId);
    QCOMPARE(back->revisionLabel, entry.revisionLabel);
    QCOMPARE(back->presetName, entry.presetName);
    QCOMPARE(back->requestMethod, entry.requestMethod);
    QCOMPARE(back->requestUrl, entry.requestUrl);
    QCOMPARE(back->requestHeaders, entry.requestHeaders);
    QCOMPARE(back->requestBody, entry.requestBody);
    QCOMPARE(back->stream, entry.stream);
    QCOMPARE(back->httpStatus, entry.httpStatus);
    QCOMPARE(back->httpReason, entry.httpReason);
    QCOMPARE(back->responseHeaders, entry.responseHeaders);
    QCOMPARE(back->responseUrl, entry.responseUrl);
    QCOMPARE(back->error.kind, entry.error.kind);
    QCOMPARE(back->error.field, entry.error.field);
    QCOMPARE(back->error.message, entry.error.message);
    QCOMPARE(back->errorSummary, entry.errorSummary);
    QCOMPARE(back->responseBody, entry.responseBody);
    QCOMPARE(back->eventLog, entry.eventLog);
    QCOMPARE(back->eventCount, entry.eventCount);
    QCOMPARE(back->latencyMs, entry.latencyMs);
    QCOMPARE(back->inputTokens, entry.inputTokens);
    QCOMPARE(back->outputTokens, entry.outputTokens);
    QCOMPARE(back->reasoningTokens, entry.reasoningTokens);
    QCOMPARE(back->totalTokens, entry.totalTokens);
    QCOMPARE(back->costGeneration, entry.costGeneration);
    QCOMPARE(back->costPlatform, entry.costPlatform);
    QCOMPARE(back->costTotal, entry.costTotal);
    QCOMPARE(back->cached, entry.cached);
    QCOMPARE(back->spanId, entry.spanId);
    QCOMPARE(back->tags, entry.tags);
    QCOMPARE(back->images, entry.images);
    QCOMPARE(back->inputText, entry.inputText);
    QCOMPARE(back->outputText, entry.outputText);

    // Absent counts stay absent rather than becoming zero.
    HistoryEntry bare = entryAt(utc(2024, 1, 1), FunctionA, RevisionA1, std::nullopt);
    const std::optional<HistoryEntry> bareBack
            = store.entry(store.record(bare).valueOr(-1)).valueOr({});
    QVERIFY(bareBack);
    QVERIFY(!bareBack->costTotal && !bareBack->totalTokens && !bareBack->inputTokens);
    QCOMPARE(bareBack->inputText, u"hello"_s); // derived from the request body
    QCOMPARE(bareBack->outputText, u"hi"_s);
}

void TestHistoryStore::outputTextIsThePayloadAsSent()
{
    // The searchable output of a structured call is the payload's text as it came, never a
    // parsed tree written out again (members keep their order, numbers their spelling).
    HistoryEntry entry;
    entry.responseBody = R"({"span_id":"s","json_payload":{"zeta":1.50,"alpha":[true]}})";
    QCOMPARE(HistoryEntry::deriveOutputText(entry), uR"({"zeta":1.50,"alpha":[true]})"_s);
    entry.responseBody = R"({"message":"plain \"text\"","json_payload":null})";
    QCOMPARE(HistoryEntry::deriveOutputText(entry), uR"(plain "text")"_s);
    entry.responseBody = "not json";
    QVERIFY(HistoryEntry::deriveOutputText(entry).isEmpty());
}

void TestHistoryStore::neverStoresTheKey()
{
    const QByteArray secret = "sk-live-ThisMustNeverBeWritten";
    HistoryEntry entry = entryAt(utc(2024, 5, 1), FunctionA, RevisionA1, 0.1);
    entry.requestHeaders = { { "authorization", "Bearer " + secret },
                             { "X-Api-Key", secret },
                             { "Accept", "application/json" } };
    const QString path = dbPath(m_dir, u"secret.sqlite"_s);
    {
        HistoryStore store;
        QVERIFY(store.open(path));
        const std::optional<HistoryEntry> back
                = store.entry(store.record(entry).valueOr(-1)).valueOr({});
        QVERIFY(back);
        QCOMPARE(back->requestHeaders.size(), 3);
        QCOMPARE(back->requestHeaders.at(0).second, RequestRecord::maskedAuthorization());
        QCOMPARE(back->requestHeaders.at(1).second, RequestRecord::maskedAuthorization());
        QCOMPARE(back->requestHeaders.at(2).second, QByteArray("application/json"));
    }
    for (const QString &file : QStringList { path, path + u"-wal"_s }) {
        QFile bytes(file);
        if (bytes.open(QIODevice::ReadOnly)) {
            QVERIFY2(!bytes.readAll().contains(secret), qPrintable(file));
        }
    }
}

void TestHistoryStore::restoresTheDraft_data()
{
    QTest::addColumn<CallDraft>("draft");

    QTest::newRow("JSON input") << makeDraft(u"{\"text\": \"hello\", \"n\": [1, 2]}"_s);
    CallDraft plain = makeDraft(u"just words, no JSON"_s, { { u"env"_s, u"prod"_s } });
    plain.inputIsPlainString = true;
    QTest::newRow("plain string input with a tag") << plain;
    CallDraft examples = makeDraft(u"3"_s);
    examples.examples = { { u"doubles"_s, u"1"_s, u"2"_s }, { {}, u"\"a\""_s, u"\"aa\""_s } };
    examples.parentSpanId = SpanId;
    QTest::newRow("examples and a parent span") << examples;
    QTest::newRow("no input") << makeDraft(QString(), {}, FunctionB, RevisionB1);
}

void TestHistoryStore::restoresTheDraft()
{
    QFETCH(CallDraft, draft);

    const DraftCheck check = checkDraft(draft);
    QVERIFY(check.ok());
    HistoryStore store;
    QVERIFY(store.open(dbPath(m_dir, u"restore.sqlite"_s)));
    const HistoryEntry made
            = HistoryEntry::fromCall(succeeded(draft, R"({"span_id":"s","message":"ok"})"), draft,
                                     u"f"_s, u"r"_s, {}, u"app"_s, BaseUrl);
    const std::optional<HistoryEntry> stored
            = store.entry(store.record(made).valueOr(-1)).valueOr({});
    QVERIFY(stored);
    const CallDraft restored = restoreDraft(*stored);
    QCOMPARE(restored, draftFromRequest(*check.request));
    QCOMPARE(restored.functionId, draft.functionId);
    QCOMPARE(restored.revisionId, draft.revisionId);
    QCOMPARE(restored.tags, draft.tags);
    QCOMPARE(restored.examples.size(), draft.examples.size());
    QCOMPARE(restored.inputIsPlainString, draft.inputIsPlainString);
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
