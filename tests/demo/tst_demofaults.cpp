// Every fault of the demo server, observed the way a client sees it: through
// QNetworkAccessManager over real loopback sockets.
#include "DemoTestHttp.h"

#include "demo/DemoCatalog.h"
#include "demo/DemoServer.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using callpad::DemoServer;
using callpad::test::DemoTestHttp;
using callpad::test::HttpResult;
using Fault = callpad::DemoServer::Fault;
namespace DemoIds = callpad::DemoIds;

namespace {

enum class Target { Call, Stream, List, Revisions };

// How the transfer ends as QNAM reports it.
enum class Transfer {
    Complete, // NoError, or an HTTP error status with a complete body
    Failed, // a network error such as RemoteHostClosedError
    Incomplete, // a network error, or (QNAM 6.4 on a TCP reset) NoError with a short body
};

} // namespace

Q_DECLARE_METATYPE(Target)
Q_DECLARE_METATYPE(Transfer)

class TestDemoFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void faults_data();
    void faults();
    void oversizeHasExactSize();
    void redirectIsFollowed();
    void sseErrorChunkEndsStream();
    void faultResets();

private:
    HttpResult send(Target target);

    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<DemoTestHttp> m_http;
};

void TestDemoFaults::init()
{
    m_server = std::make_unique<DemoServer>();
    m_server->setStreamChunkDelay(std::chrono::milliseconds(1));
    m_server->setSlowDelay(std::chrono::milliseconds(150));
    m_server->setRetryAfterSeconds(11);
    m_server->setOversizeBytes(qint64(256) * 1024);
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_http = std::make_unique<DemoTestHttp>(m_server->baseUrl());
}

void TestDemoFaults::cleanup()
{
    m_http.reset();
    m_server.reset();
}

HttpResult TestDemoFaults::send(Target target)
{
    const QByteArray body = R"({"input":{"topic":"faults"}})"_ba;
    switch (target) {
    case Target::Call:
        return m_http->post(
                DemoTestHttp::callPath(DemoIds::markdownWriter, DemoIds::markdownWriterLatest),
                body);
    case Target::Stream:
        return m_http->post(
                DemoTestHttp::streamPath(DemoIds::markdownWriter, DemoIds::markdownWriterLatest),
                body);
    case Target::List:
        return m_http->get(u"/functions"_s);
    case Target::Revisions:
        return m_http->get(u"/functions/"_s + DemoIds::markdownWriter + u"/revisions"_s);
    }
    return {};
}

void TestDemoFaults::faults_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<Target>("target");
    QTest::addColumn<Transfer>("transfer");
    QTest::addColumn<int>("status"); // 0: not checked
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("bodyContains");
    QTest::addColumn<int>("json"); // -1 not checked, 0 must not parse, 1 must parse

    QTest::newRow("slow call still answers")
            << Fault::Slow << Target::Call << Transfer::Complete << 200 << "application/json"_ba
            << "span_id"_ba << 1;
    QTest::newRow("slow list still answers")
            << Fault::Slow << Target::List << Transfer::Complete << 200 << "application/json"_ba
            << "total_count"_ba << 1;
    QTest::newRow("reset mid body") << Fault::ResetMidBody << Target::Call << Transfer::Incomplete
                                    << 0 << QByteArray() << QByteArray() << -1;
    QTest::newRow("reset mid stream") << Fault::ResetMidBody << Target::Stream << Transfer::Failed
                                      << 0 << QByteArray() << QByteArray() << -1;
    QTest::newRow("truncated body") << Fault::Truncated << Target::Call << Transfer::Failed << 0
                                    << QByteArray() << QByteArray() << -1;
    QTest::newRow("truncated stream") << Fault::Truncated << Target::Stream << Transfer::Failed << 0
                                      << QByteArray() << QByteArray() << -1;
    QTest::newRow("invalid JSON") << Fault::InvalidJson << Target::Call << Transfer::Complete << 200
                                  << "application/json"_ba
                                  << "{not json"_ba << 0;
    QTest::newRow("invalid JSON event") << Fault::InvalidJson << Target::Stream
                                        << Transfer::Complete << 200 << "text/event-stream"_ba
                                        << "data: {not json"_ba << -1;
    QTest::newRow("wrong types") << Fault::WrongTypes << Target::Call << Transfer::Complete << 200
                                 << "application/json"_ba
                                 << R"("cached":"yes")"_ba << 1;
    QTest::newRow("wrong types in events") << Fault::WrongTypes << Target::Stream
                                           << Transfer::Complete << 200 << "text/event-stream"_ba
                                           << R"("delta":42)"_ba << -1;
    QTest::newRow("HTTP 429 with Retry-After") << Fault::RateLimited << Target::Call
                                               << Transfer::Failed << 429 << "application/json"_ba
                                               << "RateLimitError"_ba << 1;
    QTest::newRow("HTTP 429 on list") << Fault::RateLimited << Target::List << Transfer::Failed
                                      << 429 << "application/json"_ba
                                      << "RateLimitError"_ba << 1;
    QTest::newRow("HTTP 502 HTML page")
            << Fault::ServerErrorHtml << Target::Call << Transfer::Failed << 502 << "text/html"_ba
            << "<h1>502 Bad Gateway</h1>"_ba << 0;
    QTest::newRow("HTTP 502 on stream")
            << Fault::ServerErrorHtml << Target::Stream << Transfer::Failed << 502 << "text/html"_ba
            << "nginx"_ba << 0;
    QTest::newRow("HTTP 502 on revisions") << Fault::ServerErrorHtml << Target::Revisions
                                           << Transfer::Failed << 502 << "text/html"_ba
                                           << "Bad Gateway"_ba << 0;
    QTest::newRow("oversize") << Fault::Oversize << Target::Call << Transfer::Complete << 200
                              << "application/json"_ba
                              << "All work and no play"_ba << 1;
    QTest::newRow("SSE error chunk") << Fault::SseErrorChunk << Target::Stream << Transfer::Complete
                                     << 200 << "text/event-stream"_ba
                                     << R"("chunk_type":"error")"_ba << -1;
    QTest::newRow("SSE cut mid event")
            << Fault::SseCutMidEvent << Target::Stream << Transfer::Failed << 200
            << "text/event-stream"_ba << QByteArray() << -1;
    QTest::newRow("SSE fault leaves calls alone")
            << Fault::SseErrorChunk << Target::Call << Transfer::Complete << 200
            << "application/json"_ba
            << "span_id"_ba << 1;
    QTest::newRow("body fault leaves list alone")
            << Fault::ResetMidBody << Target::List << Transfer::Complete << 200
            << "application/json"_ba
            << "meta"_ba << 1;
    QTest::newRow("redirect not followed") << Fault::Redirect << Target::Call << Transfer::Complete
                                           << 307 << QByteArray() << QByteArray() << -1;
}

void TestDemoFaults::faults()
{
    QFETCH(Fault, fault);
    QFETCH(Target, target);
    QFETCH(Transfer, transfer);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, bodyContains);
    QFETCH(int, json);

    m_server->setFault(fault);
    QCOMPARE(m_server->fault(), fault);
    const HttpResult r = send(target);
    QVERIFY(r.finished);
    const bool failed = r.error != QNetworkReply::NoError;
    switch (transfer) {
    case Transfer::Complete:
        QVERIFY2(!failed || r.status >= 400, qPrintable(QString::number(r.error)));
        break;
    case Transfer::Failed:
        QVERIFY(failed);
        break;
    case Transfer::Incomplete:
        QVERIFY(failed || r.body.size() < r.headers.value("content-length").toLongLong());
        break;
    }
    if (status != 0) {
        QCOMPARE(r.status, status);
    }
    if (!contentType.isEmpty()) {
        QCOMPARE(r.headers.value("content-type"), contentType);
    }
    if (!bodyContains.isEmpty()) {
        QVERIFY2(r.body.contains(bodyContains), r.body.left(300).constData());
    }
    if (json >= 0) {
        QCOMPARE(r.isJson(), json == 1);
    }
    if (fault == Fault::RateLimited) {
        QCOMPARE(r.headers.value("retry-after"), "11"_ba);
    }
    if (fault == Fault::SseCutMidEvent) {
        QVERIFY(r.body.endsWith("data: {\"delta\":\"Hel"));
    }
    if (fault == Fault::Redirect) {
        const QUrl location = QUrl::fromEncoded(r.headers.value("location"));
        QCOMPARE(location.port(), int(m_server->port()));
        QCOMPARE(location.path(),
                 DemoTestHttp::callPath(DemoIds::markdownWriter, DemoIds::markdownWriterLatest)
                         .prepend(u"/v2"_s));
    }
}

void TestDemoFaults::oversizeHasExactSize()
{
    m_server->setOversizeBytes(3 * qint64(1024) * 1024);
    m_server->setFault(Fault::Oversize);
    const HttpResult r = send(Target::Call);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.size(), qint64(3) * 1024 * 1024);
    QCOMPARE(r.headers.value("content-length"), QByteArray::number(3 * qint64(1024) * 1024));
    QVERIFY(r.object().value(u"message"_s).toString().size() > qint64(3) * 1000 * 1000);
}

void TestDemoFaults::redirectIsFollowed()
{
    DemoServer target;
    QVERIFY(target.listen());
    QUrl root = target.baseUrl();
    root.setPath(QString());
    m_server->setRedirectTarget(root);
    m_server->setFault(Fault::Redirect);

    QNetworkRequest req = m_http->request(
            DemoTestHttp::callPath(DemoIds::markdownWriter, DemoIds::markdownWriterLatest));
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::NoLessSafeRedirectPolicy);
    QUrl url = req.url();
    url.setQuery(u"x=1"_s);
    req.setUrl(url);
    const HttpResult r = DemoTestHttp::run(m_http->nam().post(req, R"({"input":"moved"})"_ba));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.url.port(), int(target.port()));
    const auto seen = target.requests();
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.first().method, "POST"_ba);
    QCOMPARE(seen.first().query.queryItemValue(u"x"_s), u"1"_s);
    QCOMPARE(seen.first().body, R"({"input":"moved"})"_ba);
}

void TestDemoFaults::sseErrorChunkEndsStream()
{
    m_server->setFault(Fault::SseErrorChunk);
    const HttpResult r = send(Target::Stream);
    QCOMPARE(r.error, QNetworkReply::NoError);
    const QList<QJsonObject> events = r.events();
    QVERIFY(events.size() >= 3);
    QVERIFY(events.first().contains(u"span_id"_s));
    QCOMPARE(events.at(1).value(u"chunk_type"_s).toString(), u"text"_s);
    const QJsonObject &last = events.last();
    QCOMPARE(last.value(u"chunk_type"_s).toString(), u"error"_s);
    QCOMPARE(last.value(u"error_type"_s).toString(), u"ProviderError"_s);
    QCOMPARE(last.value(u"error_message"_s).toString(), u"Upstream model failed"_s);
}

void TestDemoFaults::faultResets()
{
    m_server->setFault(Fault::RateLimited);
    QCOMPARE(send(Target::Call).status, 429);
    QCOMPARE(send(Target::Call).status, 429);
    m_server->setFault(Fault::None);
    QCOMPARE(send(Target::Call).status, 200);
    QCOMPARE(send(Target::Stream).status, 200);
}

QTEST_GUILESS_MAIN(TestDemoFaults)
#include "tst_demofaults.moc"
