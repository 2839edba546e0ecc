// Routes, shapes, auth, paging, errors, caching, usage/cost and request recording of the
// demo server, driven over real loopback HTTP with QNetworkAccessManager.
#include "DemoTestHttp.h"

#include "demo/DemoCatalog.h"
#include "demo/DemoServer.h"

#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using callpad::DemoServer;
using callpad::test::DemoTestHttp;
using callpad::test::HttpResult;
namespace DemoIds = callpad::DemoIds;

class TestDemoServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listen();
    void auth_data();
    void auth();
    void routes_data();
    void routes();
    void paging();
    void sorting_data();
    void sorting();
    void nameFilter_data();
    void nameFilter();
    void notFound_data();
    void notFound();
    void validation_data();
    void validation();
    void malformedBody();
    void methodNotAllowed();
    void recording();
    void faultNames();

private:
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<DemoTestHttp> m_http;
};

void TestDemoServer::init()
{
    m_server = std::make_unique<DemoServer>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_http = std::make_unique<DemoTestHttp>(m_server->baseUrl());
}

void TestDemoServer::cleanup()
{
    m_http.reset();
    m_server.reset();
}

void TestDemoServer::listen()
{
    QVERIFY(m_server->port() != 0);
    QCOMPARE(m_server->baseUrl().toString(), u"http://127.0.0.1:%1/v2"_s.arg(m_server->port()));
    DemoServer open;
    QVERIFY(!open.listen(0, QHostAddress::AnyIPv4));
    QVERIFY(open.errorString().contains(u"loopback"_s));
    DemoServer second;
    QVERIFY(!second.listen(m_server->port()));
    QVERIFY(!second.errorString().isEmpty());
}

void TestDemoServer::auth_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("status");
    QTest::newRow("list without header") << u"/functions"_s << QByteArray() << 401;
    QTest::newRow("list with empty bearer") << u"/functions"_s << "Bearer   "_ba << 401;
    QTest::newRow("list with basic auth") << u"/functions"_s << "Basic ZGVtbzprZXk="_ba << 401;
    QTest::newRow("list with bearer") << u"/functions"_s << "Bearer demo-key"_ba << 200;
    QTest::newRow("lowercase scheme") << u"/functions"_s << "bearer demo-key"_ba << 200;
    QTest::newRow("get without header")
            << u"/functions/"_s + DemoIds::storyteller << QByteArray() << 401;
    QTest::newRow("revisions without header")
            << u"/functions/"_s + DemoIds::storyteller + u"/revisions"_s << QByteArray() << 401;
}

void TestDemoServer::auth()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, header);
    QFETCH(int, status);
    const HttpResult r = m_http->get(path, {}, header);
    QVERIFY(r.finished);
    QCOMPARE(r.status, status);
    if (status == 401) {
        const QJsonObject body = r.object();
        QCOMPARE(body.value(u"type"_s).toString(), u"UnauthorizedError"_s);
        QCOMPARE(body.value(u"message"_s).toString(), u"The request is unauthorized"_s);
        QCOMPARE(body.value(u"detail"_s).toString(), u"The API key is invalid"_s);
    }
}

void TestDemoServer::routes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("keys");
    const QString story = u"/functions/"_s + DemoIds::storyteller;
    QTest::newRow("list functions") << u"/functions"_s << QStringList { u"meta"_s, u"data"_s };
    QTest::newRow("get function") << story << QStringList { u"id"_s,
                                                            u"name"_s,
                                                            u"instructions"_s,
                                                            u"input_schema"_s,
                                                            u"output_schema"_s,
                                                            u"model"_s,
                                                            u"configuration"_s,
                                                            u"revision_id"_s };
    QTest::newRow("function by name") << u"/functions/by-name/demo%2Fstoryteller"_s
                                      << QStringList { u"id"_s, u"revision_id"_s };
    QTest::newRow("list revisions")
            << story + u"/revisions"_s << QStringList { u"meta"_s, u"data"_s };
    QTest::newRow("get revision") << story + u"/revisions/"_s + DemoIds::storytellerLatest
                                  << QStringList { u"id"_s, u"instructions"_s, u"revision_id"_s };
}

void TestDemoServer::routes()
{
    QFETCH(QString, path);
    QFETCH(QStringList, keys);
    const HttpResult r = m_http->get(path);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("content-type"), "application/json"_ba);
    const QJsonObject body = r.object();
    for (const QString &key : keys) {
        QVERIFY2(body.contains(key), qPrintable(key));
    }
    if (body.contains(u"meta"_s)) {
        QCOMPARE(body.value(u"meta"_s).toObject().value(u"total_count"_s).toInt(),
                 body.value(u"data"_s).toArray().size());
    }
}

void TestDemoServer::paging()
{
    m_server->setExtraFunctionCount(45);
    QSet<QString> ids;
    QStringList names;
    int total = -1;
    for (int offset = 0; offset < 200; offset += 10) {
        const HttpResult r
                = m_http->get(u"/functions"_s, QUrlQuery(u"offset=%1&limit=10"_s.arg(offset)));
        QCOMPARE(r.status, 200);
        total = r.object().value(u"meta"_s).toObject().value(u"total_count"_s).toInt();
        const QJsonArray data = r.object().value(u"data"_s).toArray();
        QVERIFY(data.size() <= 10);
        if (data.isEmpty()) {
            break;
        }
        for (const auto &item : data) {
            ids.insert(item.toObject().value(u"id"_s).toString());
            names.append(item.toObject().value(u"name"_s).toString());
        }
    }
    QCOMPARE(total, 49);
    QCOMPARE(ids.size(), total);
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(names, sorted);
    const HttpResult defaults = m_http->get(u"/functions"_s);
    QCOMPARE(defaults.object().value(u"data"_s).toArray().size(), 20);
}

void TestDemoServer::sorting_data()
{
    QTest::addColumn<QString>("sort");
    QTest::addColumn<QStringList>("names");
    const QString e = u"demo/extract-person"_s;
    const QString i = u"demo/image-painter"_s;
    const QString m = u"demo/markdown-writer"_s;
    const QString s = u"demo/storyteller"_s;
    QTest::newRow("name") << u"name"_s << QStringList { e, i, m, s };
    QTest::newRow("-name") << u"-name"_s << QStringList { s, m, i, e };
    QTest::newRow("created") << u"created"_s << QStringList { e, m, s, i };
    QTest::newRow("-created") << u"-created"_s << QStringList { i, s, m, e };
    QTest::newRow("-created_at alias") << u"-created_at"_s << QStringList { i, s, m, e };
}

void TestDemoServer::sorting()
{
    QFETCH(QString, sort);
    QFETCH(QStringList, names);
    QUrlQuery query;
    query.addQueryItem(u"sort"_s, sort);
    const HttpResult r = m_http->get(u"/functions"_s, query);
    QCOMPARE(r.status, 200);
    QStringList got;
    for (const auto &item : r.object().value(u"data"_s).toArray()) {
        got.append(item.toObject().value(u"name"_s).toString());
    }
    QCOMPARE(got, names);
}

void TestDemoServer::nameFilter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("count");
    QTest::newRow("substring") << u"writer"_s << 1;
    QTest::newRow("case-insensitive") << u"DEMO/"_s << 7;
    QTest::newRow("generated only") << u"generated"_s << 3;
    QTest::newRow("no match") << u"zzz"_s << 0;
}

void TestDemoServer::nameFilter()
{
    QFETCH(QString, filter);
    QFETCH(int, count);
    m_server->setExtraFunctionCount(3);
    QUrlQuery query;
    query.addQueryItem(u"name"_s, filter);
    const HttpResult r = m_http->get(u"/functions"_s, query);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"meta"_s).toObject().value(u"total_count"_s).toInt(), count);
    for (const auto &item : r.object().value(u"data"_s).toArray()) {
        QVERIFY(item.toObject().value(u"name"_s).toString().contains(filter, Qt::CaseInsensitive));
    }
}

void TestDemoServer::notFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("detail");
    const QString missing = u"0f0000ff-0000-4000-8000-0000000000ff"_s;
    const QString writer = u"/functions/"_s + DemoIds::markdownWriter;
    QTest::newRow("unknown function")
            << "GET"_ba << u"/functions/"_s + missing << u"Function not found"_s;
    QTest::newRow("unknown function revisions")
            << "GET"_ba << u"/functions/"_s + missing + u"/revisions"_s << u"Function not found"_s;
    QTest::newRow("unknown revision")
            << "GET"_ba << writer + u"/revisions/"_s + missing << u"Function revision not found"_s;
    QTest::newRow("call unknown function")
            << "POST"_ba << u"/functions/"_s + missing + u"/call/"_s + missing
            << u"Function not found"_s;
    QTest::newRow("call unknown revision")
            << "POST"_ba << writer + u"/call/"_s + missing << u"Function revision not found"_s;
    QTest::newRow("unknown name") << "GET"_ba << u"/functions/by-name/nope"_s
                                  << u"Function not found"_s;
    QTest::newRow("unknown path") << "GET"_ba << u"/nothing/here"_s << u"Not Found"_s;
    QTest::newRow("unknown image") << "GET"_ba << u"/demo-images/abc.png"_s << u"Image not found"_s;
}

void TestDemoServer::notFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, detail);
    const HttpResult r = method == "GET"
            ? m_http->get(path)
            : m_http->post(path, QJsonObject { { u"input"_s, u"x"_s } });
    QCOMPARE(r.status, 404);
    QCOMPARE(r.object().value(u"type"_s).toString(), u"NotFoundError"_s);
    QCOMPARE(r.object().value(u"message"_s).toString(), u"The resource was not found"_s);
    QCOMPARE(r.object().value(u"detail"_s).toString(), detail);
}

void TestDemoServer::validation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body"); // empty: GET
    QTest::addColumn<QJsonArray>("loc");
    QTest::addColumn<QString>("type");
    const QString person
            = DemoTestHttp::callPath(DemoIds::extractPerson, DemoIds::extractPersonLatest);
    const QString image
            = DemoTestHttp::callPath(DemoIds::imagePainter, DemoIds::imagePainterLatest);
    QTest::newRow("limit 0") << u"/functions?limit=0"_s << QByteArray()
                             << QJsonArray { u"query"_s, u"limit"_s } << u"greater_than_equal"_s;
    QTest::newRow("limit 101") << u"/functions?limit=101"_s << QByteArray()
                               << QJsonArray { u"query"_s, u"limit"_s } << u"less_than_equal"_s;
    QTest::newRow("limit not a number")
            << u"/functions?limit=ten"_s << QByteArray() << QJsonArray { u"query"_s, u"limit"_s }
            << u"int_parsing"_s;
    QTest::newRow("negative offset")
            << u"/functions?offset=-1"_s << QByteArray() << QJsonArray { u"query"_s, u"offset"_s }
            << u"greater_than_equal"_s;
    QTest::newRow("unknown sort") << u"/functions?sort=size"_s << QByteArray()
                                  << QJsonArray { u"query"_s, u"sort"_s } << u"literal_error"_s;
    QTest::newRow("function id not a uuid")
            << u"/functions/not-a-uuid"_s << QByteArray()
            << QJsonArray { u"path"_s, u"function_id"_s } << u"uuid_parsing"_s;
    QTest::newRow("revision id not a uuid")
            << u"/functions/"_s + DemoIds::markdownWriter + u"/call/latest"_s << "{}"_ba
            << QJsonArray { u"path"_s, u"revision_id"_s } << u"uuid_parsing"_s;
    QTest::newRow("tag value not a string")
            << person << R"({"input":{"text":"a"},"tags":{"run":1}})"_ba
            << QJsonArray { u"body"_s, u"tags"_s, u"run"_s } << u"string_type"_s;
    QTest::newRow("examples not a list")
            << person << R"({"input":{"text":"a"},"examples":{}})"_ba
            << QJsonArray { u"body"_s, u"examples"_s } << u"list_type"_s;
    QTest::newRow("example without output")
            << person << R"({"input":{"text":"a"},"examples":[{"input":"x"}]})"_ba
            << QJsonArray { u"body"_s, u"examples"_s, 0, u"output"_s } << u"missing"_s;
    QTest::newRow("parent span not a uuid")
            << person << R"({"input":{"text":"a"},"parent_span_id":"span-1"})"_ba
            << QJsonArray { u"body"_s, u"parent_span_id"_s } << u"uuid_parsing"_s;
    QTest::newRow("structured input missing field")
            << person << R"({"input":{"txt":"a"}})"_ba
            << QJsonArray { u"body"_s, u"input"_s, u"text"_s } << u"missing"_s;
    QTest::newRow("image count above maximum")
            << image << R"({"input":{"prompt":"sun","count":4}})"_ba
            << QJsonArray { u"body"_s, u"input"_s, u"count"_s } << u"less_than_equal"_s;
    QTest::newRow("body is a list")
            << person << "[1,2]"_ba << QJsonArray { u"body"_s } << u"model_attributes_type"_s;
}

void TestDemoServer::validation()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QJsonArray, loc);
    QFETCH(QString, type);
    HttpResult r;
    if (body.isEmpty()) {
        const qsizetype q = path.indexOf(u'?');
        r = q < 0 ? m_http->get(path) : m_http->get(path.left(q), QUrlQuery(path.mid(q + 1)));
    } else {
        r = m_http->post(path, body);
    }
    QCOMPARE(r.status, 422);
    QCOMPARE(r.object().value(u"type"_s).toString(), u"RequestValidationError"_s);
    QCOMPARE(r.object().value(u"message"_s).toString(), u"The request is invalid"_s);
    const QJsonArray rows = r.object().value(u"detail"_s).toArray();
    QVERIFY(!rows.isEmpty());
    const QJsonObject row = rows.first().toObject();
    QCOMPARE(row.value(u"loc"_s).toArray(), loc);
    QCOMPARE(row.value(u"type"_s).toString(), type);
    QVERIFY(!row.value(u"msg"_s).toString().isEmpty());
    QVERIFY(row.contains(u"input"_s));
}

void TestDemoServer::malformedBody()
{
    const HttpResult r = m_http->post(
            DemoTestHttp::callPath(DemoIds::markdownWriter, DemoIds::markdownWriterLatest),
            R"({"input": )"_ba);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object().value(u"type"_s).toString(), u"BadRequestError"_s);
    QCOMPARE(r.object().value(u"message"_s).toString(), u"The request is invalid"_s);
    QVERIFY(r.object().value(u"detail"_s).toString().contains(u"JSON"_s));
}

void TestDemoServer::methodNotAllowed()
{
    const HttpResult r = m_http->post(u"/functions"_s, QJsonObject {});
    QCOMPARE(r.status, 405);
    QVERIFY(r.object().contains(u"detail"_s));
}

void TestDemoServer::recording()
{
    QSignalSpy received(m_server.get(), &DemoServer::requestReceived);
    m_server->clearRequests();
    QNetworkRequest req = m_http->request(u"/functions/"_s + DemoIds::markdownWriter + u"/call/"_s
                                          + DemoIds::markdownWriterLatest);
    req.setRawHeader("X-Callpad-Test"_ba, "yes"_ba);
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    QUrl url = req.url();
    url.setQuery(u"trace=1"_s);
    req.setUrl(url);
    const QByteArray body = R"({"input":{"topic":"tea"},"tags":{"k":"v"}})"_ba;
    const HttpResult r = DemoTestHttp::run(m_http->nam().post(req, body));
    QCOMPARE(r.status, 200);
    QCOMPARE(received.count(), 1);
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 1);
    const DemoServer::RecordedRequest &recorded = requests.first();
    QCOMPARE(recorded.method, "POST"_ba);
    QCOMPARE(recorded.path,
             u"/v2/functions/"_s + DemoIds::markdownWriter + u"/call/"_s
                     + DemoIds::markdownWriterLatest);
    QCOMPARE(recorded.query.queryItemValue(u"trace"_s), u"1"_s);
    QCOMPARE(recorded.headers.value("x-callpad-test"_ba), "yes"_ba);
    QCOMPARE(recorded.headers.value("authorization"_ba), "Bearer demo-key"_ba);
    QCOMPARE(recorded.body, body);
    m_server->clearRequests();
    QVERIFY(m_server->requests().isEmpty());
}

void TestDemoServer::faultNames()
{
    const QStringList names = DemoServer::faultNames();
    QCOMPARE(names.size(), 12);
    for (const QString &name : names) {
        const auto fault = DemoServer::faultFromName(name);
        QVERIFY2(fault.has_value(), qPrintable(name));
        QCOMPARE(DemoServer::faultName(*fault), name);
    }
    QCOMPARE(DemoServer::faultFromName(u"Reset-Mid-Body"), DemoServer::Fault::ResetMidBody);
    QVERIFY(!DemoServer::faultFromName(u"explode").has_value());
}

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"
