#include "HistoryFixtures.h"
#include "core/history/HistoryExport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace callpad;
using namespace callpad::fixtures;

namespace {

const QByteArray HistoryHeader
        = "id,time,source,base_url,function_id,function_name,revision_id,revision_label,preset,"
          "stream,status,http_status,error_kind,error_message,latency_ms,input_tokens,"
          "output_tokens,reasoning_tokens,total_tokens,cost_generation,cost_platform,cost_total,"
          "cached,span_id,tags,input,output\r\n";

// Two calls whose text needs every kind of CSV quoting.
QList<HistoryEntry> smallFixture()
{
    HistoryEntry first = entryAt(utc(2024, 5, 1, 10), FunctionA, RevisionA1, 0.000016,
                                 { { u"env"_s, u"prod"_s }, { u"user"_s, u"ann"_s } });
    first.baseUrl = QUrl(u"https://api.opper.ai/v2"_s);
    first.functionName = u"translate, \"fast\""_s;
    first.presetName = u"weekly, EU"_s;
    first.latencyMs = 120;
    first.inputTokens = 10;
    first.outputTokens = 20;
    first.totalTokens = 30;
    first.costGeneration = 0.000015;
    first.costPlatform = 0.000001;
    first.cached = true;
    first.spanId = u"s1"_s;
    first.requestBody = R"({"input":"line one\nline two","tags":{"env":"prod","user":"ann"}})";
    first.inputText = u"line one\nline two"_s;
    first.responseBody = R"({"span_id":"s1","message":"Bonjour"})";
    first.outputText = u"Bonjour"_s;

    HistoryEntry second = entryAt(QDateTime(QDate(2024, 5, 2), QTime(8, 30, 0, 250), Qt::UTC),
                                  FunctionB, RevisionB1, std::nullopt, {}, false);
    second.source = u"cli"_s;
    second.error.type = u"InternalError"_s;
    second.errorSummary = u"HTTP 500 InternalError: Internal error"_s;
    second.latencyMs = 50;
    second.requestBody = R"({"input":{"a":1}})";
    second.inputText = u"{\"a\":1}"_s;
    second.outputText = second.errorSummary;
    return { first, second };
}

QList<CostTotal> totalsFixture()
{
    CostTotal prod;
    prod.group = { u"env=prod"_s, u"env=prod"_s };
    prod.calls = 2;
    prod.cachedCalls = 1;
    prod.inputTokens = 11;
    prod.outputTokens = 22;
    prod.totalTokens = 33;
    prod.cost = 3.0;
    prod.averageLatencyMs = 150;
    CostTotal untagged;
    untagged.group = { QString(), u"(untagged, \"none\")"_s };
    untagged.calls = 4;
    untagged.failedCalls = 1;
    untagged.cost = 0.25;
    untagged.averageLatencyMs = 266.5;
    return { prod, untagged };
}

} // namespace

class TestHistoryExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void quotesCsvFields_data();
    void quotesCsvFields();
    void writesHistoryCsv();
    void writesHistoryJsonl();
    void streamsManyPagesInOrder();
    void exportsOnlyTheFilteredCalls();
    void writesTotals();
    void reportsWriteFailures();

private:
    QTemporaryDir m_dir;
    HistoryStore m_store;
};

void TestHistoryExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_store.open(dbPath(m_dir)));
    QCOMPARE(m_store.recordAll(smallFixture()).valueOr({}), (QList<qint64> { 1, 2 }));
}

void TestHistoryExport::quotesCsvFields_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("field");

    QTest::newRow("plain") << u"hello"_s << QByteArray("hello");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("comma") << u"a,b"_s << QByteArray("\"a,b\"");
    QTest::newRow("quotes doubled") << u"say \"hi\""_s << QByteArray(R"("say ""hi""")");
    QTest::newRow("line feed") << u"a\nb"_s << QByteArray("\"a\nb\"");
    QTest::newRow("carriage return") << u"a\rb"_s << QByteArray("\"a\rb\"");
    QTest::newRow("UTF-8") << u"météo"_s << QByteArray("m\xc3\xa9t\xc3\xa9o");
}

void TestHistoryExport::quotesCsvFields()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, field);
    QCOMPARE(HistoryExport::csvField(text), field);
}

void TestHistoryExport::writesHistoryCsv()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const Status written = HistoryExport::writeHistoryCsv(m_store, {}, &buffer);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    const QByteArray expected = HistoryHeader + "2,2024-05-02T08:30:00.250Z,cli,,"
            + FunctionB.toLatin1() + ",summarize," + RevisionB1.toLatin1()
            + ",b1,,false,failed,500,http,HTTP 500 InternalError: Internal error,50,,,,,,,,"
              "false,,,\"{\"\"a\"\":1}\",HTTP 500 InternalError: Internal error\r\n"
              "1,2024-05-01T10:00:00.000Z,app,https://api.opper.ai/v2,"
            + FunctionA.toLatin1() + R"(,"translate, ""fast""",)" + RevisionA1.toLatin1()
            + ",v1,\"weekly, EU\",false,ok,200,,,120,10,20,,30,0.000015,0.000001,0.000016,true,"
              "s1,env=prod;user=ann,\"line one\nline two\",Bonjour\r\n";
    QCOMPARE(buffer.data(), expected);
}

void TestHistoryExport::writesHistoryJsonl()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(HistoryExport::writeHistoryJsonl(m_store, {}, &buffer));
    QVERIFY(buffer.data().endsWith('\n'));
    const QList<QByteArray> lines = buffer.data().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QList<QJsonObject> objects;
    for (const QByteArray &line : lines) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QVERIFY(document.isObject());
        objects << document.object();
    }
    const QJsonObject failedCall = objects.at(0);
    QCOMPARE(failedCall.value(u"id").toInt(), 2);
    QCOMPARE(failedCall.value(u"ok").toBool(true), false);
    QCOMPARE(failedCall.value(u"error")[u"kind"].toString(), u"http"_s);
    QCOMPARE(failedCall.value(u"request")[u"input"][u"a"].toInt(), 1);
    QCOMPARE(failedCall.value(u"response")[u"type"].toString(), u"InternalError"_s);
    QVERIFY(failedCall.value(u"cost").toObject().isEmpty());

    const QJsonObject call = objects.at(1);
    QCOMPARE(call.value(u"time").toString(), u"2024-05-01T10:00:00.000Z"_s);
    QCOMPARE(call.value(u"function_id").toString(), FunctionA);
    QCOMPARE(call.value(u"function_name").toString(), u"translate, \"fast\""_s);
    QCOMPARE(call.value(u"revision_label").toString(), u"v1"_s);
    QCOMPARE(call.value(u"preset").toString(), u"weekly, EU"_s);
    QCOMPARE(call.value(u"error"), QJsonValue(QJsonValue::Null));
    QCOMPARE(call.value(u"http_status").toInt(), 200);
    QCOMPARE(call.value(u"latency_ms").toInt(), 120);
    QCOMPARE(call.value(u"cached").toBool(), true);
    QCOMPARE(call.value(u"usage")[u"total_tokens"].toInt(), 30);
    QVERIFY(!call.value(u"usage").toObject().contains(u"reasoning_tokens"));
    QCOMPARE(call.value(u"cost")[u"total"].toDouble(), 0.000016);
    QCOMPARE(call.value(u"tags").toObject(),
             (QJsonObject { { u"env"_s, u"prod"_s }, { u"user"_s, u"ann"_s } }));
    QCOMPARE(call.value(u"request")[u"input"].toString(), u"line one\nline two"_s);
    QCOMPARE(call.value(u"response")[u"message"].toString(), u"Bonjour"_s);
    QCOMPARE(call.value(u"images").toArray().size(), 0);
}

void TestHistoryExport::streamsManyPagesInOrder()
{
    HistoryStore store;
    QVERIFY(store.open(dbPath(m_dir, u"pages.sqlite"_s)));
    constexpr int Calls = 2 * HistoryExport::PageSize + 1;
    QList<HistoryEntry> entries;
    for (int i = 0; i < Calls; ++i) {
        // Pairs share a time, so the cursor has to break ties by id.
        entries << entryAt(utc(2024, 1, 1).addSecs(i / 2), FunctionA, RevisionA1, 0.1);
    }
    QCOMPARE(store.recordAll(entries).valueOr({}).size(), Calls);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(HistoryExport::writeHistoryCsv(store, {}, &buffer));
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.size(), Calls + 2); // header, rows, and the empty rest after the last CRLF
    for (int i = 1; i <= Calls; ++i) {
        QCOMPARE(lines.at(i).left(lines.at(i).indexOf(',')).toInt(), Calls + 1 - i);
    }
}

void TestHistoryExport::exportsOnlyTheFilteredCalls()
{
    HistoryFilter filter;
    filter.status = HistoryFilter::Status::Succeeded;
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(HistoryExport::writeHistoryJsonl(m_store, filter, &buffer));
    const QList<QByteArray> lines = buffer.data().trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(lines.first()).object().value(u"id").toInt(), 1);
}

void TestHistoryExport::writesTotals()
{
    QBuffer csv;
    QVERIFY(csv.open(QIODevice::WriteOnly));
    QVERIFY(HistoryExport::writeTotalsCsv(totalsFixture(), &csv));
    QCOMPARE(csv.data(),
             QByteArray("group_key,group,calls,failed_calls,cached_calls,input_tokens,"
                        "output_tokens,reasoning_tokens,total_tokens,cost,average_latency_ms,"
                        "cache_hit_rate\r\n"
                        "env=prod,env=prod,2,0,1,11,22,0,33,3,150,0.5\r\n"
                        ",\"(untagged, \"\"none\"\")\",4,1,0,0,0,0,0,0.25,266.5,0\r\n"));

    QBuffer jsonl;
    QVERIFY(jsonl.open(QIODevice::WriteOnly));
    QVERIFY(HistoryExport::writeTotalsJsonl(totalsFixture(), &jsonl));
    const QList<QByteArray> lines = jsonl.data().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject prod = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(prod.value(u"group").toString(), u"env=prod"_s);
    QCOMPARE(prod.value(u"calls").toInt(), 2);
    QCOMPARE(prod.value(u"cost").toDouble(), 3.0);
    QCOMPARE(prod.value(u"cache_hit_rate").toDouble(), 0.5);
    const QJsonObject untagged = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(untagged.value(u"group_key").toString(), QString());
    QCOMPARE(untagged.value(u"failed_calls").toInt(), 1);
    QCOMPARE(untagged.value(u"average_latency_ms").toDouble(), 266.5);
}

void TestHistoryExport::reportsWriteFailures()
{
    QBuffer readOnly;
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    const Status history = HistoryExport::writeHistoryCsv(m_store, {}, &readOnly);
    QVERIFY(!history);
    QVERIFY(!history.error().isEmpty());
    const Status totals = HistoryExport::writeTotalsJsonl(totalsFixture(), &readOnly);
    QVERIFY(!totals);
    QVERIFY(!totals.error().isEmpty());
}

QTEST_GUILESS_MAIN(TestHistoryExport)
#include "tst_historyexport.moc"
