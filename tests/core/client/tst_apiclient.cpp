#include "core/client/ApiClient.h"
#include "core/protocol/ImageRef.h"
#include "support/DemoFixture.h"
#include "support/RunCall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace callpad;
using callpad::test::DemoFixture;
using callpad::test::runCall;

namespace {

CallRequest request(QLatin1StringView function, QLatin1StringView revision, QJsonValue input)
{
    CallRequest call;
    call.functionId = function;
    call.revisionId = revision;
    call.input = std::move(input);
    return call;
}

CallRequest textRequest()
{
    return request(DemoIds::markdownWriter, DemoIds::markdownWriterLatest,
                   QJsonObject { { u"topic"_s, u"native apps"_s } });
}

CallRequest personRequest()
{
    return request(DemoIds::extractPerson, DemoIds::extractPersonLatest,
                   QJsonObject { { u"text"_s, u"Ada Lovelace, 36, ada@example.com, London"_s } });
}

// A demo server that answers after five seconds, and a client for it: time to cancel.
struct SlowDemo
{
    SlowDemo()
    {
        demo.server().setFault(DemoServer::Fault::Slow);
        demo.server().setSlowDelay(std::chrono::milliseconds(5000));
        client.setBaseUrl(demo.baseUrl());
        client.setApiKey(u"k"_s);
    }

    DemoFixture demo;
    ApiClient client;
};

QByteArray header(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textCall();
    void requestOnTheWire();
    void structuredCall();
    void imageCall();
    void streamText();
    void streamStructuredMatchesPlainCall();
    void faults_data();
    void faults();
    void postIsNeverRetried();
    void httpErrors_data();
    void httpErrors();
    void connectionRefused();
    void tlsFailureIsReported();
    void cancel();
    void contextGoneCancelsAndDropsTheCallback();
    void crossOriginRedirectDropsKey();
    void redirectLoopIsBounded();
    void largeBodyParsedOffThread();
    void largeStreamAssembledOffThread();
    void bearerPrefixAccepted();
};

void TestApiClient::textCall()
{
    DemoFixture demo;
    QVERIFY(demo.isListening());
    ApiClient client;
    client.setBaseUrl(demo.baseUrl());
    client.setApiKey(u"demo-key"_s);

    const CallResult result = runCall(client, textRequest());
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));
    QVERIFY(result.response.message.has_value());
    QVERIFY(result.response.message->contains(u"native apps"_s, Qt::CaseInsensitive));
    QVERIFY(!result.response.spanId.isEmpty());
    QVERIFY(result.response.usage.has_value());
    QVERIFY(result.response.usage->inputTokens.value_or(0) > 0);
    QCOMPARE(result.response.usage->totalTokens.value_or(-1),
             result.response.usage->inputTokens.value_or(0)
                     + result.response.usage->outputTokens.value_or(0));
    QVERIFY(result.response.cost.has_value());
    QVERIFY(result.response.cost->total.value_or(0) > 0);
    QCOMPARE(result.head.status, 200);
    QVERIFY(result.latencyMs >= 0);
    QVERIFY(!result.response.cached);

    const CallResult again = runCall(client, textRequest());
    QVERIFY(again.ok());
    QVERIFY(again.response.cached);
}

void TestApiClient::requestOnTheWire()
{
    DemoFixture demo;
    ApiClient client;
    client.setBaseUrl(demo.baseUrl());
    client.setApiKey(u"secret-key-123"_s);
    CallRequest call = textRequest();
    call.tags = { { u"env"_s, u"test"_s } };
    call.examples = QList<Example> { { QJsonObject { { u"topic"_s, u"a"_s } }, u"b"_s, {} } };
    const CallResult result = runCall(client, call);
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));

    QCOMPARE(demo.server().requests().size(), 1);
    const DemoServer::RecordedRequest sent = demo.server().requests().constFirst();
    QCOMPARE(sent.method, "POST"_ba);
    QCOMPARE(sent.path,
             u"/v2/functions/%1/call/%2"_s.arg(DemoIds::markdownWriter,
                                               DemoIds::markdownWriterLatest));
    QCOMPARE(sent.headers.value("authorization"), "Bearer secret-key-123"_ba);
    QCOMPARE(sent.headers.value("content-type"), "application/json"_ba);
    QCOMPARE(sent.headers.value("accept"), "application/json"_ba);
    QVERIFY(sent.headers.value("user-agent").startsWith("callpad/"));
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    QCOMPARE(body.value(u"tags"_s).toObject().value(u"env"_s).toString(), u"test"_s);
    QCOMPARE(body.value(u"examples"_s).toArray().size(), 1);
    QVERIFY(!body.contains(u"parent_span_id"_s));

    // The record the Raw pane and history show never holds the key.
    QCOMPARE(result.request.method, "POST"_ba);
    QVERIFY(!header(result.request.headers, "Authorization").contains("secret-key-123"));
    QVERIFY(!header(result.request.headers, "Authorization").isEmpty());
    QCOMPARE(result.request.body, call.toBody());
}

void TestApiClient::structuredCall()
{
    DemoFixture demo;
    ApiClient client;
    client.setBaseUrl(demo.baseUrl());
    client.setApiKey(u"k"_s);
    const CallResult result = runCall(client, personRequest());
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));
    QVERIFY(result.response.hasJsonPayload());
    const QJsonObject person = result.response.jsonPayload().toObject();
    QVERIFY(person.value(u"name"_s).toString().contains(u"Ada"_s));
    QVERIFY(person.value(u"emails"_s).isArray());
}

void TestApiClient::imageCall()
{
    DemoFixture demo;
    ApiClient client;
    client.setBaseUrl(demo.baseUrl());
    client.setApiKey(u"k"_s);
    const CallResult result = runCall(client,
                                      request(DemoIds::imagePainter, DemoIds::imagePainterLatest,
                                              QJsonObject { { u"prompt"_s, u"a red fox"_s } }));
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));
    QCOMPARE(result.response.images.size(), 3);
    QSet<ImageSource> sources;
    for (const QString &entry : result.response.images) {
        sources.insert(classifyImage(entry).source);
    }
    QCOMPARE(sources,
             (QSet<ImageSource> { ImageSource::Base64, ImageSource::DataUrl,
                                  ImageSource::HttpUrl }));
}

void TestApiClient::streamText()
{
    DemoFixture demo;
    demo.server().setStreamChunkDelay(std::chrono::milliseconds(1));
    ApiClient client;
    client.setBaseUrl(demo.baseUrl());
    client.setApiKey(u"k"_s);
    QList<StreamAssembler::Update> updates;
    const CallResult result = runCall(
            client,
            request(DemoIds::storyteller, DemoIds::storytellerLatest,
                    QJsonObject { { u"topic"_s, u"a lighthouse"_s } }),
            true, [&updates](const StreamAssembler::Update &update) { updates.append(update); });
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));
    QVERIFY(result.streamed);
    QVERIFY(result.eventCount > 3);
    QString live;
    for (const auto &update : updates) {
        live += update.textDelta;
    }
    QVERIFY(!live.isEmpty());
    QCOMPARE(result.response.message.value_or(QString()), live);
    QVERIFY(!result.response.spanId.isEmpty());
    QVERIFY(result.body.contains("data:"));
    QCOMPARE(demo.server().requests().constFirst().headers.value("accept"), "text/event-stream"_ba);
}

void TestApiClient::streamStructuredMatchesPlainCall()
{
    DemoFixture demo;
    demo.server().setStreamChunkDelay(std::chrono::milliseconds(0));
    ApiClient client;
    client.setBaseUrl(demo.baseUrl());
    client.setApiKey(u"k"_s);
    const CallResult plain = runCall(client, personRequest());
    const CallResult streamed = runCall(client, personRequest(), true);
    QVERIFY2(plain.ok(), qPrintable(plain.error.summary()));
    QVERIFY2(streamed.ok(), qPrintable(streamed.error.summary()));
    QVERIFY(streamed.response.hasJsonPayload());
    QCOMPARE(streamed.response.jsonPayload(), plain.response.jsonPayload());
}

void TestApiClient::faults_data()
{
    QTest::addColumn<DemoServer::Fault>("fault");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("field");
    using F = DemoServer::Fault;
    QTest::newRow("slow past the transfer timeout")
            << F::Slow << false << ErrorKind::Timeout << QString();
    QTest::newRow("slow stream past the idle timeout")
            << F::Slow << true << ErrorKind::Timeout << QString();
    QTest::newRow("reset mid-body")
            << F::ResetMidBody << false << ErrorKind::ConnectionClosed << QString();
    QTest::newRow("truncated body")
            << F::Truncated << false << ErrorKind::ConnectionClosed << QString();
    QTest::newRow("invalid JSON") << F::InvalidJson << false << ErrorKind::InvalidJson << QString();
    QTest::newRow("wrong types") << F::WrongTypes << false << ErrorKind::InvalidResponse
                                 << u"span_id"_s;
    QTest::newRow("HTTP 429 with Retry-After")
            << F::RateLimited << false << ErrorKind::RateLimited << QString();
    QTest::newRow("HTTP 502 with an HTML page")
            << F::ServerErrorHtml << false << ErrorKind::Http << QString();
    QTest::newRow("oversize body") << F::Oversize << false << ErrorKind::TooLarge << QString();
    QTest::newRow("oversize stream") << F::Oversize << true << ErrorKind::TooLarge << QString();
    QTest::newRow("SSE error chunk")
            << F::SseErrorChunk << true << ErrorKind::StreamError << QString();
    QTest::newRow("SSE cut mid-event")
            << F::SseCutMidEvent << true << ErrorKind::StreamIncomplete << QString();
}

void TestApiClient::faults()
{
    QFETCH(DemoServer::Fault, fault);
    QFETCH(bool, stream);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, field);

    DemoFixture demo;
    demo.server().setFault(fault);
    demo.server().setSlowDelay(std::chrono::milliseconds(3000));
    demo.server().setOversizeBytes(3 * qint64(1024) * 1024);
    demo.server().setStreamChunkDelay(std::chrono::milliseconds(1));
    ApiClient client;
    ClientSettings settings;
    settings.baseUrl = demo.baseUrl();
    settings.transferTimeout = std::chrono::milliseconds(300);
    settings.streamIdleTimeout = std::chrono::milliseconds(300);
    settings.maxResponseBytes = qint64(1024) * 1024;
    client.setSettings(settings);
    client.setApiKey(u"k"_s);

    const CallResult result = runCall(client, textRequest(), stream);
    QCOMPARE(ApiError::kindName(result.error.kind), ApiError::kindName(kind));
    QVERIFY(!result.error.summary().isEmpty());
    if (!field.isEmpty()) {
        QCOMPARE(result.error.field, field);
    }
    if (kind == ErrorKind::RateLimited) {
        QCOMPARE(result.error.httpStatus, 429);
        QCOMPARE(result.error.retryAfterSeconds.value_or(-1), 7);
    }
    if (fault == DemoServer::Fault::ServerErrorHtml) {
        QCOMPARE(result.error.httpStatus, 502);
        QVERIFY2(result.error.message.contains(u"Bad Gateway"_s), qPrintable(result.error.message));
        QVERIFY(!result.error.message.contains(u'<'));
    }
    if (kind == ErrorKind::StreamError) {
        QCOMPARE(result.error.type, u"ProviderError"_s);
        QVERIFY(result.error.message.contains(u"Upstream"_s));
    }
    // A failed call still carries its request for the history.
    QCOMPARE(result.request.method, "POST"_ba);
}

void TestApiClient::postIsNeverRetried()
{
    DemoFixture demo;
    demo.server().setFault(DemoServer::Fault::RateLimited);
    demo.server().setRetryAfterSeconds(0);
    ApiClient client;
    client.setBaseUrl(demo.baseUrl());
    client.setApiKey(u"k"_s);
    const CallResult result = runCall(client, textRequest());
    QCOMPARE(result.error.kind, ErrorKind::RateLimited);
    QCOMPARE(demo.server().requests().size(), 1);
}

void TestApiClient::httpErrors_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("functionId");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::newRow("401 without a key")
            << QString() << QString(DemoIds::markdownWriter) << 401 << u"UnauthorizedError"_s;
    QTest::newRow("404 unknown function")
            << u"k"_s << u"0f0000ff-0000-4000-8000-0000000000ff"_s << 404 << u"NotFoundError"_s;
}

void TestApiClient::httpErrors()
{
    QFETCH(QString, key);
    QFETCH(QString, functionId);
    QFETCH(int, status);
    QFETCH(QString, type);
    DemoFixture demo;
    ApiClient client;
    client.setBaseUrl(demo.baseUrl());
    client.setApiKey(key);
    CallRequest call = textRequest();
    call.functionId = functionId;
    const CallResult result = runCall(client, call);
    QCOMPARE(result.error.kind, ErrorKind::Http);
    QCOMPARE(result.error.httpStatus, status);
    QCOMPARE(result.error.type, type);
    QVERIFY(!result.error.message.isEmpty());
    QCOMPARE(result.error.exitCode(), 3);
}

void TestApiClient::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    ApiClient client;
    client.setBaseUrl(QUrl(u"http://127.0.0.1:%1/v2"_s.arg(port)));
    client.setApiKey(u"k"_s);
    const CallResult result = runCall(client, textRequest());
    QCOMPARE(result.error.kind, ErrorKind::ConnectionRefused);
    QCOMPARE(result.error.exitCode(), 4);
}

void TestApiClient::tlsFailureIsReported()
{
    // A TLS server whose certificate nobody trusts: the call must fail as a TLS error, never
    // fall back or carry on silently.
    QFile certFile(QStringLiteral(CALLPAD_TEST_DATA "/selfsigned-cert.pem"));
    QFile keyFile(QStringLiteral(CALLPAD_TEST_DATA "/selfsigned-key.pem"));
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    QSslServer server;
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost));

    ApiClient client;
    ClientSettings settings;
    settings.baseUrl = QUrl(u"https://127.0.0.1:%1/v2"_s.arg(server.serverPort()));
    settings.transferTimeout = std::chrono::milliseconds(10000);
    client.setSettings(settings);
    client.setApiKey(u"k"_s);
    const CallResult result = runCall(client, textRequest());
    QCOMPARE(ApiError::kindName(result.error.kind), ApiError::kindName(ErrorKind::Tls));
    QCOMPARE(result.error.exitCode(), 4);
}

void TestApiClient::cancel()
{
    SlowDemo slow;
    DemoFixture &demo = slow.demo;
    ApiClient &client = slow.client;
    const std::unique_ptr<CallHandle> handle(client.call(textRequest()));
    handle->keep(); // read after finished()
    QSignalSpy finished(handle.get(), &CallHandle::finished);
    QSignalSpy received(&demo.server(), &DemoServer::requestReceived);
    handle->start();
    QVERIFY(received.wait(5000));
    handle->cancel();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(handle->result().error.kind, ErrorKind::Cancelled);
    QCOMPARE(handle->error().kind, ErrorKind::Cancelled);
    QCOMPARE(handle->result().error.exitCode(), 4);
}

void TestApiClient::contextGoneCancelsAndDropsTheCallback()
{
    SlowDemo slow;
    DemoFixture &demo = slow.demo;
    ApiClient &client = slow.client;
    auto context = std::make_unique<QObject>();
    int callbacks = 0;
    CallHandle *handle = client.call(textRequest(), {}, context.get(),
                                     [&callbacks](const CallResult &) { ++callbacks; });
    // Read the outcome the moment it is known: the handle deletes itself right after.
    ErrorKind outcome = ErrorKind::None;
    QObject observer;
    connect(handle, &CallHandle::finished, &observer,
            [&outcome, handle] { outcome = handle->error().kind; });
    QSignalSpy destroyed(handle, &QObject::destroyed);
    QSignalSpy received(&demo.server(), &DemoServer::requestReceived);
    QVERIFY(received.wait(5000));
    context.reset();
    QVERIFY(destroyed.wait(5000));
    QCOMPARE(outcome, ErrorKind::Cancelled);
    QCOMPARE(callbacks, 0);
}

void TestApiClient::crossOriginRedirectDropsKey()
{
    DemoFixture origin;
    DemoFixture elsewhere;
    origin.server().setFault(DemoServer::Fault::Redirect);
    QUrl target = elsewhere.baseUrl();
    target.setPath({});
    origin.server().setRedirectTarget(target);
    ApiClient client;
    client.setBaseUrl(origin.baseUrl());
    client.setApiKey(u"secret"_s);
    const CallResult result = runCall(client, textRequest());

    QCOMPARE(origin.server().requests().size(), 1);
    QCOMPARE(origin.server().requests().constFirst().headers.value("authorization"),
             "Bearer secret"_ba);
    QCOMPARE(elsewhere.server().requests().size(), 1);
    QVERIFY(!elsewhere.server().requests().constFirst().headers.contains("authorization"));
    // Without the key the other origin refuses: the user sees why.
    QCOMPARE(result.error.httpStatus, 401);
}

void TestApiClient::redirectLoopIsBounded()
{
    DemoFixture demo;
    demo.server().setFault(DemoServer::Fault::Redirect);
    QUrl self = demo.baseUrl();
    self.setPath({});
    demo.server().setRedirectTarget(self);
    ApiClient client;
    client.setBaseUrl(demo.baseUrl());
    client.setApiKey(u"k"_s);
    const CallResult result = runCall(client, textRequest());
    QCOMPARE(result.error.kind, ErrorKind::Network);
    QVERIFY(result.error.summary().contains(u"redirect"_s, Qt::CaseInsensitive));
    QCOMPARE(demo.server().requests().size(), client.settings().maxRedirects + 1);
    // Same origin: the key went along every time.
    for (const auto &sent : demo.server().requests()) {
        QCOMPARE(sent.headers.value("authorization"), "Bearer k"_ba);
    }
}

void TestApiClient::largeBodyParsedOffThread()
{
    DemoFixture demo;
    demo.server().setFault(DemoServer::Fault::Oversize);
    demo.server().setOversizeBytes(3 * qint64(1024) * 1024);
    ApiClient client;
    client.setBaseUrl(demo.baseUrl());
    client.setApiKey(u"k"_s);
    const CallResult result = runCall(client, textRequest());
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));
    QVERIFY(result.body.size() >= qint64(3) * 1024 * 1024);
    QVERIFY(result.response.message.value_or(QString()).size() > qint64(1024) * 1024);
}

void TestApiClient::largeStreamAssembledOffThread()
{
    // One 3 MB text delta: the event log is over the threshold, so the response object is
    // assembled on a worker; the result is the same as a small stream's, only longer.
    DemoFixture demo;
    demo.server().setFault(DemoServer::Fault::Oversize);
    demo.server().setOversizeBytes(3 * qint64(1024) * 1024);
    demo.server().setStreamChunkDelay(std::chrono::milliseconds(1));
    ApiClient client;
    client.setBaseUrl(demo.baseUrl());
    client.setApiKey(u"k"_s);
    qsizetype streamed = 0;
    const CallResult result
            = runCall(client, textRequest(), true, [&streamed](const StreamAssembler::Update &u) {
                  streamed += u.textDelta.size();
              });
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));
    QVERIFY(result.streamed);
    QVERIFY(result.body.size() > qint64(3) * 1024 * 1024);
    const QString message = result.response.message.value_or(QString());
    QVERIFY(message.size() >= qint64(3) * 1024 * 1024);
    QCOMPARE(message.size(), streamed);
}

void TestApiClient::bearerPrefixAccepted()
{
    DemoFixture demo;
    ApiClient client;
    client.setBaseUrl(demo.baseUrl());
    client.setApiKey(u"  bearer abc  "_s);
    QVERIFY(client.hasApiKey());
    QVERIFY(runCall(client, textRequest()).ok());
    QCOMPARE(demo.server().requests().constFirst().headers.value("authorization"), "Bearer abc"_ba);
    client.setApiKey(u"Bearer "_s);
    QVERIFY(!client.hasApiKey());
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
