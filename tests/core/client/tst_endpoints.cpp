#include "core/client/ClientSettings.h"
#include "core/client/Endpoints.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace callpad;

class TestEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urls_data();
    void urls();
    void sameOrigin_data();
    void sameOrigin();
    void baseUrlPrecedence();
    void usableBaseUrl_data();
    void usableBaseUrl();
};

void TestEndpoints::urls_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("expected");
    const QUrl base(u"https://api.opper.ai/v2"_s);
    const QUrl slash(u"http://127.0.0.1:8080/v2/"_s);
    QTest::newRow("call") << Endpoints::call(base, u"f"_s, u"r"_s)
                          << u"https://api.opper.ai/v2/functions/f/call/r"_s;
    QTest::newRow("stream: stream before the revision")
            << Endpoints::stream(base, u"f"_s, u"r"_s)
            << u"https://api.opper.ai/v2/functions/f/call/stream/r"_s;
    QTest::newRow("base with trailing slash") << Endpoints::call(slash, u"f"_s, u"r"_s)
                                              << u"http://127.0.0.1:8080/v2/functions/f/call/r"_s;
    QTest::newRow("segments percent-encoded") << Endpoints::function(base, u"a/b c"_s)
                                              << u"https://api.opper.ai/v2/functions/a%2Fb%20c"_s;
    QTest::newRow("functions page") << Endpoints::functions(base, 200, 100)
                                    << u"https://api.opper.ai/v2/functions?offset=200&limit=100"_s;
    QTest::newRow("functions by name")
            << Endpoints::functions(base, 0, 20, u"demo/x y&z"_s)
            << u"https://api.opper.ai/v2/functions?offset=0&limit=20&name=demo%2Fx%20y%26z"_s;
    QTest::newRow("revisions") << Endpoints::revisions(
            base, u"f"_s, 0,
            100) << u"https://api.opper.ai/v2/functions/f/revisions?offset=0&limit=100"_s;
    QTest::newRow("revision") << Endpoints::revision(base, u"f"_s, u"r"_s)
                              << u"https://api.opper.ai/v2/functions/f/revisions/r"_s;
}

void TestEndpoints::urls()
{
    QFETCH(QUrl, url);
    QFETCH(QString, expected);
    QCOMPARE(url.toString(QUrl::FullyEncoded), expected);
}

void TestEndpoints::sameOrigin_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("same") << u"https://api.opper.ai/v2"_s << u"https://api.opper.ai/x"_s << true;
    QTest::newRow("implicit port")
            << u"https://api.opper.ai/v2"_s << u"https://API.opper.ai:443/v2"_s << true;
    QTest::newRow("other host") << u"https://api.opper.ai/v2"_s << u"https://evil.example/v2"_s
                                << false;
    QTest::newRow("other port") << u"http://127.0.0.1:1/v2"_s << u"http://127.0.0.1:2/v2"_s
                                << false;
    QTest::newRow("other scheme") << u"https://h/v2"_s << u"http://h/v2"_s << false;
}

void TestEndpoints::sameOrigin()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(Endpoints::sameOrigin(QUrl(a), QUrl(b)), same);
}

void TestEndpoints::baseUrlPrecedence()
{
    qputenv("OPPER_BASE_URL", "http://env.example/v2");
    QCOMPARE(resolveBaseUrl(u"http://flag.example/v2"_s, u"http://stored/v2"_s),
             QUrl(u"http://flag.example/v2"_s));
    QCOMPARE(resolveBaseUrl({}, u"http://stored/v2"_s), QUrl(u"http://env.example/v2"_s));
    qunsetenv("OPPER_BASE_URL");
    QCOMPARE(resolveBaseUrl({}, u"http://stored/v2"_s), QUrl(u"http://stored/v2"_s));
    QCOMPARE(resolveBaseUrl(u"  "_s), ClientSettings::defaultBaseUrl());
}

void TestEndpoints::usableBaseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("usable");
    QTest::newRow("https") << u"https://api.opper.ai/v2"_s << true;
    QTest::newRow("loopback http") << u"http://127.0.0.1:4000/v2"_s << true;
    QTest::newRow("ftp") << u"ftp://api.opper.ai/v2"_s << false;
    QTest::newRow("no host") << u"https:///v2"_s << false;
    QTest::newRow("query") << u"https://api.opper.ai/v2?x=1"_s << false;
    QTest::newRow("not a url") << u"api opper"_s << false;
}

void TestEndpoints::usableBaseUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, usable);
    const Status checked = isUsableBaseUrl(QUrl(url));
    QCOMPARE(checked.ok(), usable);
    QCOMPARE(checked.error().isEmpty(), usable);
}

QTEST_GUILESS_MAIN(TestEndpoints)
#include "tst_endpoints.moc"
