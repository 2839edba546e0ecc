// Call endpoint answers of the demo server: shapes per function kind, usage and cost
// arithmetic, caching, revisions, and the three image forms decoding to real PNGs.
#include "DemoTestHttp.h"

#include "demo/DemoCatalog.h"
#include "demo/DemoServer.h"

#include <QImage>
#include <QTest>
#include <QUuid>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using callpad::DemoServer;
using callpad::test::DemoTestHttp;
using callpad::test::HttpResult;
namespace DemoIds = callpad::DemoIds;

class TestDemoCalls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void callShapes_data();
    void callShapes();
    void structuredPayloadFollowsInput();
    void revisionsAnswerDifferently();
    void cachedRepeat();
    void examplesAddInputTokens();
    void imageForms();
    void imagesAreDeterministic();

private:
    HttpResult call(QLatin1StringView function, QLatin1StringView revision,
                    const QJsonObject &body);

    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<DemoTestHttp> m_http;
};

void TestDemoCalls::init()
{
    m_server = std::make_unique<DemoServer>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_http = std::make_unique<DemoTestHttp>(m_server->baseUrl());
}

void TestDemoCalls::cleanup()
{
    m_http.reset();
    m_server.reset();
}

HttpResult TestDemoCalls::call(QLatin1StringView function, QLatin1StringView revision,
                               const QJsonObject &body)
{
    return m_http->post(DemoTestHttp::callPath(function, revision), body);
}

void TestDemoCalls::callShapes_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("revision");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("kind");
    QTest::newRow("markdown writer with object input")
            << QString(DemoIds::markdownWriter) << QString(DemoIds::markdownWriterLatest)
            << QJsonObject { { u"input"_s,
                               QJsonObject { { u"topic"_s, u"tea"_s },
                                             { u"tone"_s, u"calm"_s } } } }
            << u"text"_s;
    QTest::newRow("markdown writer with bare string")
            << QString(DemoIds::markdownWriter) << QString(DemoIds::markdownWriterFirst)
            << QJsonObject { { u"input"_s, u"rivers"_s } } << u"text"_s;
    QTest::newRow("extract person")
            << QString(DemoIds::extractPerson) << QString(DemoIds::extractPersonLatest)
            << QJsonObject { { u"input"_s, QJsonObject { { u"text"_s, u"Ola Nordmann, 51"_s } } } }
            << u"structured"_s;
    QTest::newRow("image painter")
            << QString(DemoIds::imagePainter) << QString(DemoIds::imagePainterLatest)
            << QJsonObject { { u"input"_s, QJsonObject { { u"prompt"_s, u"a fox"_s } } } }
            << u"image"_s;
    QTest::newRow("storyteller")
            << QString(DemoIds::storyteller) << QString(DemoIds::storytellerLatest)
            << QJsonObject { { u"input"_s, QJsonObject { { u"premise"_s, u"a lost key"_s } } },
                             { u"tags"_s, QJsonObject { { u"env"_s, u"test"_s } } },
                             { u"parent_span_id"_s, u"3c90c3cc-0d44-4b50-8888-8dd25736052a"_s } }
            << u"story"_s;
}

void TestDemoCalls::callShapes()
{
    QFETCH(QString, function);
    QFETCH(QString, revision);
    QFETCH(QJsonObject, body);
    QFETCH(QString, kind);
    const HttpResult r = m_http->post(u"/functions/"_s + function + u"/call/"_s + revision, body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("content-type"), "application/json"_ba);
    const QJsonObject o = r.object();
    QVERIFY(!QUuid::fromString(o.value(u"span_id"_s).toString()).isNull());
    QCOMPARE(o.value(u"cached"_s), QJsonValue(false));

    const QJsonObject usage = o.value(u"usage"_s).toObject();
    const int in = usage.value(u"input_tokens"_s).toInt();
    const int out = usage.value(u"output_tokens"_s).toInt();
    const int reasoning = usage.value(u"output_tokens_details"_s)
                                  .toObject()
                                  .value(u"reasoning_tokens"_s)
                                  .toInt(-1);
    QVERIFY(in > 0);
    QVERIFY(out > 0);
    QCOMPARE(usage.value(u"total_tokens"_s).toInt(), in + out);
    QCOMPARE(reasoning > 0, kind == u"structured"_s);
    QVERIFY(reasoning >= 0 && reasoning < out);

    const QJsonObject cost = o.value(u"cost"_s).toObject();
    const double generation = cost.value(u"generation"_s).toDouble();
    const double platform = cost.value(u"platform"_s).toDouble();
    QVERIFY(generation > 0.0);
    QVERIFY(platform > 0.0);
    QCOMPARE(cost.value(u"total"_s).toDouble(), generation + platform);

    if (kind == u"structured"_s) {
        QVERIFY(o.value(u"message"_s).isNull());
        const QJsonObject payload = o.value(u"json_payload"_s).toObject();
        QVERIFY(!payload.value(u"name"_s).toString().isEmpty());
        const double age = payload.value(u"age"_s).toDouble(-1);
        QVERIFY(payload.value(u"age"_s).isDouble() && age == std::floor(age));
        QVERIFY(!payload.value(u"emails"_s).toArray().isEmpty());
        for (const auto &email : payload.value(u"emails"_s).toArray()) {
            QVERIFY(email.toString().contains(u'@'));
        }
        QVERIFY(!payload.value(u"address"_s).toObject().value(u"city"_s).toString().isEmpty());
        return;
    }
    QVERIFY(o.value(u"json_payload"_s).isNull());
    const QString message = o.value(u"message"_s).toString();
    QVERIFY(!message.isEmpty());
    if (kind == u"image"_s) {
        QCOMPARE(o.value(u"images"_s).toArray().size(), 3);
        return;
    }
    QVERIFY(o.value(u"images"_s).isNull());
    QVERIFY(message.startsWith(u"# "_s));
    QVERIFY(message.contains(u"**"_s));
    if (kind == u"text"_s) {
        QVERIFY(message.contains(u"\n- "_s));
        QVERIFY(message.contains(u"```"_s));
    } else {
        QVERIFY(message.size() > 2000);
    }
}

void TestDemoCalls::structuredPayloadFollowsInput()
{
    const QString text = u"Maria Gonzalez, 34, lives in Barcelona. Write to maria@example.org "
                         "or mg@work.example."_s;
    const HttpResult r = call(DemoIds::extractPerson, DemoIds::extractPersonLatest,
                              { { u"input"_s, QJsonObject { { u"text"_s, text } } } });
    QCOMPARE(r.status, 200);
    const QJsonObject expected { { u"name"_s, u"Maria Gonzalez"_s },
                                 { u"age"_s, 34 },
                                 { u"emails"_s,
                                   QJsonArray { u"maria@example.org"_s, u"mg@work.example"_s } },
                                 { u"address"_s, QJsonObject { { u"city"_s, u"Barcelona"_s } } } };
    QCOMPARE(r.object().value(u"json_payload"_s).toObject(), expected);
}

void TestDemoCalls::revisionsAnswerDifferently()
{
    const QJsonObject body { { u"input"_s, QJsonObject { { u"topic"_s, u"kites"_s } } } };
    const HttpResult first = call(DemoIds::markdownWriter, DemoIds::markdownWriterFirst, body);
    const HttpResult latest = call(DemoIds::markdownWriter, DemoIds::markdownWriterLatest, body);
    const HttpResult unpinned
            = m_http->post(u"/functions/"_s + DemoIds::markdownWriter + u"/call"_s, body);
    QCOMPARE(first.status, 200);
    QCOMPARE(latest.status, 200);
    QCOMPARE(unpinned.status, 200);
    const QString firstText = first.object().value(u"message"_s).toString();
    const QString latestText = latest.object().value(u"message"_s).toString();
    QVERIFY(firstText != latestText);
    QCOMPARE(unpinned.object().value(u"message"_s).toString(), latestText);
}

void TestDemoCalls::cachedRepeat()
{
    const QJsonObject body { { u"input"_s, QJsonObject { { u"topic"_s, u"owls"_s } } } };
    const HttpResult a = call(DemoIds::markdownWriter, DemoIds::markdownWriterLatest, body);
    const HttpResult b = call(DemoIds::markdownWriter, DemoIds::markdownWriterLatest, body);
    QCOMPARE(a.object().value(u"cached"_s), QJsonValue(false));
    QCOMPARE(b.object().value(u"cached"_s), QJsonValue(true));
    QVERIFY(a.object().value(u"span_id"_s) != b.object().value(u"span_id"_s));
    QCOMPARE(b.object().value(u"message"_s), a.object().value(u"message"_s));
    QCOMPARE(b.object().value(u"usage"_s), a.object().value(u"usage"_s));
    const QJsonObject costA = a.object().value(u"cost"_s).toObject();
    const QJsonObject costB = b.object().value(u"cost"_s).toObject();
    QCOMPARE(costB.value(u"generation"_s).toDouble(), 0.0);
    QCOMPARE(costB.value(u"platform"_s), costA.value(u"platform"_s));
    QCOMPARE(costB.value(u"total"_s).toDouble(), costB.value(u"platform"_s).toDouble());

    QJsonObject withExamples = body;
    withExamples.insert(
            u"examples"_s,
            QJsonArray { QJsonObject { { u"input"_s, u"a"_s }, { u"output"_s, u"b"_s } } });
    const HttpResult c = call(DemoIds::markdownWriter, DemoIds::markdownWriterLatest, withExamples);
    QCOMPARE(c.object().value(u"cached"_s), QJsonValue(false));
    const HttpResult d = call(DemoIds::markdownWriter, DemoIds::markdownWriterFirst, body);
    QCOMPARE(d.object().value(u"cached"_s), QJsonValue(false));
}

void TestDemoCalls::examplesAddInputTokens()
{
    const QJsonObject plain { { u"input"_s, QJsonObject { { u"text"_s, u"Jo Lee, 40"_s } } } };
    QJsonObject withExamples = plain;
    withExamples.insert(
            u"examples"_s,
            QJsonArray { QJsonObject {
                    { u"input"_s, QJsonObject { { u"text"_s, u"Ann Berg, 29, in Oslo"_s } } },
                    { u"output"_s, QJsonObject { { u"name"_s, u"Ann Berg"_s } } },
                    { u"comment"_s, u"short"_s } } });
    const HttpResult a = call(DemoIds::extractPerson, DemoIds::extractPersonLatest, plain);
    const HttpResult b = call(DemoIds::extractPerson, DemoIds::extractPersonLatest, withExamples);
    QCOMPARE(a.status, 200);
    QCOMPARE(b.status, 200);
    auto inputTokens = [](const HttpResult &r) {
        return r.object().value(u"usage"_s).toObject().value(u"input_tokens"_s).toInt();
    };
    QVERIFY(inputTokens(b) > inputTokens(a));
    QCOMPARE(b.object().value(u"json_payload"_s), a.object().value(u"json_payload"_s));
}

void TestDemoCalls::imageForms()
{
    const HttpResult r = call(
            DemoIds::imagePainter, DemoIds::imagePainterLatest,
            { { u"input"_s, QJsonObject { { u"prompt"_s, u"a red fox"_s }, { u"count"_s, 3 } } } });
    QCOMPARE(r.status, 200);
    const QJsonArray images = r.object().value(u"images"_s).toArray();
    QCOMPARE(images.size(), 3);

    const QString raw = images.at(0).toString();
    QVERIFY(raw.startsWith(u"iVBOR"_s)); // base64 of the PNG signature, no prefix
    QImage first;
    QVERIFY(first.loadFromData(QByteArray::fromBase64(raw.toLatin1()), "PNG"));
    QCOMPARE(first.size(), QSize(256, 256));

    const QString dataUrl = images.at(1).toString();
    const QString prefix = u"data:image/png;base64,"_s;
    QVERIFY(dataUrl.startsWith(prefix));
    QImage second;
    QVERIFY(second.loadFromData(QByteArray::fromBase64(dataUrl.mid(prefix.size()).toLatin1()),
                                "PNG"));
    QCOMPARE(second.size(), QSize(256, 256));
    QVERIFY(first != second);

    const QUrl url(images.at(2).toString());
    QCOMPARE(url.scheme(), u"http"_s);
    QCOMPARE(url.port(), int(m_server->port()));
    QVERIFY(url.path().startsWith(u"/v2/demo-images/"_s));
    QVERIFY(url.path().endsWith(u".png"_s));
    // Image URLs stand in for presigned links: fetched without an Authorization header.
    const HttpResult png = DemoTestHttp::run(m_http->nam().get(QNetworkRequest(url)));
    QCOMPARE(png.status, 200);
    QCOMPARE(png.headers.value("content-type"), "image/png"_ba);
    QImage third;
    QVERIFY(third.loadFromData(png.body, "PNG"));
    QCOMPARE(third.size(), QSize(256, 256));
}

void TestDemoCalls::imagesAreDeterministic()
{
    auto images = [this](const QString &prompt, int count) {
        const HttpResult r = call(
                DemoIds::imagePainter, DemoIds::imagePainterLatest,
                { { u"input"_s, QJsonObject { { u"prompt"_s, prompt }, { u"count"_s, count } } } });
        return r.object().value(u"images"_s).toArray();
    };
    const QJsonArray a = images(u"blue whale"_s, 1);
    QCOMPARE(a.size(), 1);
    QCOMPARE(images(u"blue whale"_s, 1), a);
    QVERIFY(images(u"green whale"_s, 1) != a);
}

QTEST_GUILESS_MAIN(TestDemoCalls)
#include "tst_democalls.moc"
