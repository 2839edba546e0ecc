// The SSE endpoint of the demo server: framing, event shapes, reassembly of text and
// structured output, errors before the stream starts, and clients that go away.
#include "DemoTestHttp.h"

#include "demo/DemoCatalog.h"
#include "demo/DemoServer.h"
#include "demo/DemoStreamer.h"

#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using callpad::DemoServer;
using callpad::test::DemoTestHttp;
using callpad::test::HttpResult;
namespace DemoIds = callpad::DemoIds;

namespace {

// Leaves of a JSON value as json_path -> text, the form the structured stream sends.
void leaves(const QJsonValue &value, const QString &path, QMap<QString, QString> &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            leaves(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), out);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            leaves(array.at(i), path + u'[' + QString::number(i) + u']', out);
        }
    } else if (value.isString()) {
        out.insert(path, value.toString());
    } else {
        out.insert(path, QString::number(value.toDouble()));
    }
}

} // namespace

class TestDemoStream final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void streamEvents_data();
    void streamEvents();
    void storytellerStreamsManyChunks();
    void errorsBeforeStream_data();
    void errorsBeforeStream();
    void clientGoesAway();
    void connectionReusedAfterStream();

private:
    HttpResult stream(const QString &path, const QByteArray &body,
                      const QByteArray &auth = "Bearer demo-key"_ba);

    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<DemoTestHttp> m_http;
};

void TestDemoStream::init()
{
    m_server = std::make_unique<DemoServer>();
    m_server->setStreamChunkDelay(std::chrono::milliseconds(1));
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_http = std::make_unique<DemoTestHttp>(m_server->baseUrl());
}

void TestDemoStream::cleanup()
{
    m_http.reset();
    m_server.reset();
}

HttpResult TestDemoStream::stream(const QString &path, const QByteArray &body,
                                  const QByteArray &auth)
{
    QNetworkRequest req = m_http->request(path, {}, auth);
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    req.setRawHeader("Accept"_ba, "text/event-stream"_ba);
    return DemoTestHttp::run(m_http->nam().post(req, body));
}

void TestDemoStream::streamEvents_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("revision");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("chunkType");
    QTest::newRow("markdown writer")
            << QString(DemoIds::markdownWriter) << QString(DemoIds::markdownWriterLatest)
            << R"({"input":{"topic":"bees","tone":"dry"}})"_ba << u"text"_s;
    QTest::newRow("extract person")
            << QString(DemoIds::extractPerson) << QString(DemoIds::extractPersonLatest)
            << R"({"input":{"text":"Kim Park, 27, kim@x.io, in Seoul"}})"_ba << u"json"_s;
    QTest::newRow("image painter")
            << QString(DemoIds::imagePainter) << QString(DemoIds::imagePainterLatest)
            << R"({"input":{"prompt":"moon","count":1}})"_ba << u"text"_s;
    QTest::newRow("storyteller") << QString(DemoIds::storyteller)
                                 << u"0e000004-0000-4000-8000-000000000001"_s
                                 << R"({"input":"a bridge"})"_ba << u"text"_s;
}

void TestDemoStream::streamEvents()
{
    QFETCH(QString, function);
    QFETCH(QString, revision);
    QFETCH(QByteArray, body);
    QFETCH(QString, chunkType);
    const QString tail = u"/functions/"_s + function;
    const HttpResult r = stream(tail + u"/call/stream/"_s + revision, body);
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("content-type"), "text/event-stream"_ba);
    QVERIFY(r.body.endsWith("\n\n"));

    const QList<QJsonObject> events = r.events();
    QVERIFY(events.size() > 2);
    QCOMPARE(events.first().keys(), QStringList { u"span_id"_s });
    QVERIFY(!QUuid::fromString(events.first().value(u"span_id"_s).toString()).isNull());

    QString text;
    QMap<QString, QString> byPath;
    for (qsizetype i = 1; i < events.size(); ++i) {
        const QJsonObject &event = events.at(i);
        QCOMPARE(event.value(u"chunk_type"_s).toString(), chunkType);
        // The npm SDK rejects non-string deltas on this endpoint, so every delta is a string.
        QVERIFY(event.value(u"delta"_s).isString());
        if (chunkType == u"json"_s) {
            byPath[event.value(u"json_path"_s).toString()] += event.value(u"delta"_s).toString();
        } else {
            QVERIFY(!event.contains(u"json_path"_s));
            text += event.value(u"delta"_s).toString();
        }
    }

    const HttpResult call = m_http->post(tail + u"/call/"_s + revision, body);
    QCOMPARE(call.status, 200);
    if (chunkType == u"json"_s) {
        QMap<QString, QString> expected;
        leaves(call.object().value(u"json_payload"_s), QString(), expected);
        QCOMPARE(byPath, expected);
        QVERIFY(byPath.contains(u"emails[0]"_s));
        QVERIFY(byPath.contains(u"address.city"_s));
    } else {
        QCOMPARE(text, call.object().value(u"message"_s).toString());
    }
}

void TestDemoStream::storytellerStreamsManyChunks()
{
    const HttpResult r
            = stream(DemoTestHttp::streamPath(DemoIds::storyteller, DemoIds::storytellerLatest),
                     R"({"input":{"premise":"a clockwork garden","hero":"Ines"}})"_ba);
    QCOMPARE(r.status, 200);
    const QList<QJsonObject> events = r.events();
    QVERIFY(events.size() > 100);
    QString text;
    for (const QJsonObject &event : events) {
        text += event.value(u"delta"_s).toString();
    }
    QVERIFY(text.contains(u"## Chapter 5"_s));
    QVERIFY(text.contains(u"Ines"_s));
}

void TestDemoStream::errorsBeforeStream_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("auth");
    QTest::addColumn<int>("status");
    const QString person
            = DemoTestHttp::streamPath(DemoIds::extractPerson, DemoIds::extractPersonLatest);
    QTest::newRow("no bearer") << person << R"({"input":{"text":"x"}})"_ba << QByteArray() << 401;
    QTest::newRow("malformed body") << person << "{"_ba
                                    << "Bearer k"_ba << 400;
    QTest::newRow("unknown revision")
            << DemoTestHttp::streamPath(DemoIds::extractPerson, DemoIds::markdownWriterLatest)
            << R"({"input":{"text":"x"}})"_ba
            << "Bearer k"_ba << 404;
    QTest::newRow("input missing field") << person << R"({"input":{}})"_ba
                                         << "Bearer k"_ba << 422;
}

void TestDemoStream::errorsBeforeStream()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, auth);
    QFETCH(int, status);
    const HttpResult r = stream(path, body, auth);
    QCOMPARE(r.status, status);
    QCOMPARE(r.headers.value("content-type"), "application/json"_ba);
    QVERIFY(r.object().contains(u"type"_s));
    QVERIFY(r.object().contains(u"detail"_s));
}

void TestDemoStream::clientGoesAway()
{
    m_server->setStreamChunkDelay(std::chrono::milliseconds(20));
    QNetworkRequest req = m_http->request(
            DemoTestHttp::streamPath(DemoIds::storyteller, DemoIds::storytellerLatest));
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    QNetworkReply *reply = m_http->nam().post(req, R"({"input":"a long walk"})"_ba);
    QSignalSpy readyRead(reply, &QNetworkReply::readyRead);
    QVERIFY(readyRead.wait(DemoTestHttp::TimeoutMs));
    QCOMPARE(m_server->findChildren<callpad::DemoStreamer *>().size(), 1);
    reply->abort();
    reply->deleteLater();
    QTRY_VERIFY_WITH_TIMEOUT(m_server->findChildren<callpad::DemoStreamer *>().isEmpty(), 10000);
    const HttpResult after = m_http->get(u"/functions"_s);
    QCOMPARE(after.status, 200);
}

void TestDemoStream::connectionReusedAfterStream()
{
    const QString path
            = DemoTestHttp::streamPath(DemoIds::markdownWriter, DemoIds::markdownWriterLatest);
    const HttpResult first = stream(path, R"({"input":"one"})"_ba);
    const HttpResult second = stream(path, R"({"input":"two"})"_ba);
    const HttpResult list = m_http->get(u"/functions"_s);
    QCOMPARE(first.error, QNetworkReply::NoError);
    QCOMPARE(second.error, QNetworkReply::NoError);
    QCOMPARE(list.status, 200);
    QVERIFY(first.events().first().value(u"span_id"_s)
            != second.events().first().value(u"span_id"_s));
}

QTEST_GUILESS_MAIN(TestDemoStream)
#include "tst_demostream.moc"
