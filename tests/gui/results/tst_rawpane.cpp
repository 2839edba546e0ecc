#include "ResultsTestSupport.h"
#include "gui/results/RawPane.h"
#include "gui/results/RawText.h"
#include "gui/textview/TextView.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace callpad;
using namespace callpad::test;

namespace {

CallResult handBuiltResult(const QByteArray &responseBody, const QByteArray &contentType)
{
    CallResult result;
    result.request.method = "POST"_ba;
    result.request.url = QUrl(u"http://127.0.0.1:8080/v2/functions/f/call/r"_s);
    result.request.headers = { { "Authorization"_ba, RequestRecord::maskedAuthorization() },
                               { "Content-Type"_ba, "application/json"_ba } };
    result.request.body = R"({"input":{"topic":"x","b":[]},"tags":{"env":"dev"}})"_ba;
    result.head.status = 200;
    result.head.reason = "OK"_ba;
    result.head.headers = { { "Content-Type"_ba, contentType } };
    result.body = responseBody;
    return result;
}

} // namespace

class TestRawPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void realCallNeverShowsKey();
    void realStreamShowsEventLog();
    void requestShownAsSent();
    void responseBody_data();
    void responseBody();
    void noResponseReceived();
    void hugeBodyIsShownWhole();
    void copyButtonsCopyWholeTexts();

private:
    QString viewTexts() const;
    bool setAndWait(const CallResult &result);

    std::unique_ptr<RawPane> m_pane;
};

void TestRawPane::init()
{
    m_pane = std::make_unique<RawPane>();
    m_pane->resize(700, 600);
}

void TestRawPane::cleanup()
{
    m_pane.reset();
}

QString TestRawPane::viewTexts() const
{
    QString all;
    for (const TextView *view : m_pane->findChildren<TextView *>()) {
        all += view->toPlainText() + u'\n';
    }
    for (const QLabel *label : m_pane->findChildren<QLabel *>()) {
        all += label->text() + u'\n';
    }
    return all;
}

bool TestRawPane::setAndWait(const CallResult &result)
{
    QSignalSpy ready(m_pane.get(), &RawPane::textsReady);
    m_pane->setResult(result);
    return !ready.isEmpty() || ready.wait(30000);
}

void TestRawPane::realCallNeverShowsKey()
{
    DemoFixture demo;
    QVERIFY(demo.isListening());
    ApiClient client;
    client.setBaseUrl(demo.baseUrl());
    client.setApiKey(u"secret-xyz"_s);
    const CallResult result
            = runCall(client,
                      demoRequest(DemoIds::markdownWriter, DemoIds::markdownWriterLatest,
                                  QJsonObject { { u"topic"_s, u"native apps"_s } }));
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));
    // The key did go over the wire: the check below is not vacuous.
    QCOMPARE(demo.server().requests().constFirst().headers.value("authorization"),
             "Bearer secret-xyz"_ba);

    QVERIFY(setAndWait(result));
    const QString shown = viewTexts();
    QVERIFY2(!shown.contains(u"secret-xyz"_s), qPrintable(shown));
    QVERIFY(!m_pane->requestText().contains(u"secret-xyz"_s));
    QVERIFY(!m_pane->responseText().contains(u"secret-xyz"_s));
    QVERIFY(m_pane->requestText().contains(
            u"Authorization: "_s + QString::fromLatin1(RequestRecord::maskedAuthorization())));
    QVERIFY(m_pane->requestText().startsWith(u"POST "_s + demo.baseUrl().toString()));
    QVERIFY(m_pane->requestText().contains(u"\"topic\": \"native apps\""_s));
    QVERIFY(m_pane->responseText().startsWith(u"HTTP 200"_s));
    QVERIFY(m_pane->responseText().contains(u"\n    \"span_id\": \""_s + result.response.spanId));
    QCOMPARE(m_pane->responseTitle(), u"Response"_s);

    QGuiApplication::clipboard()->clear();
    m_pane->copyRequest();
    QVERIFY(!QGuiApplication::clipboard()->text().contains(u"secret-xyz"_s));
    QVERIFY(QGuiApplication::clipboard()->text().contains(u"Authorization"_s));
}

void TestRawPane::realStreamShowsEventLog()
{
    DemoFixture demo;
    QVERIFY(demo.isListening());
    demo.server().setStreamChunkDelay(std::chrono::milliseconds(0));
    ApiClient client;
    client.setBaseUrl(demo.baseUrl());
    client.setApiKey(u"secret-xyz"_s);
    const CallResult result
            = runCall(client,
                      demoRequest(DemoIds::storyteller, DemoIds::storytellerLatest,
                                  QJsonObject { { u"premise"_s, u"a lighthouse"_s } }),
                      true);
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));

    QVERIFY(setAndWait(result));
    auto *title = m_pane->findChild<QLabel *>(u"responseTitleLabel"_s);
    QCOMPARE(title->text(), u"Event log (%1 events)"_s.arg(result.eventCount));
    // The log exactly as received, after the status line and headers.
    QVERIFY(m_pane->responseText().endsWith(QString::fromUtf8(result.body)));
    QVERIFY(m_pane->responseText().contains(u"\ndata: "_s));
    QVERIFY(!viewTexts().contains(u"secret-xyz"_s));
}

void TestRawPane::requestShownAsSent()
{
    QVERIFY(setAndWait(handBuiltResult("{}"_ba, "application/json"_ba)));
    const QString expected = u"POST http://127.0.0.1:8080/v2/functions/f/call/r\n"
                             "Authorization: Bearer ******** (hidden)\n"
                             "Content-Type: application/json\n"
                             "\n"
                             "{\n"
                             "    \"input\": {\n"
                             "        \"topic\": \"x\",\n"
                             "        \"b\": []\n"
                             "    },\n"
                             "    \"tags\": {\n"
                             "        \"env\": \"dev\"\n"
                             "    }\n"
                             "}"_s;
    QCOMPARE(m_pane->requestText(), expected);
    QCOMPARE(m_pane->requestView()->toPlainText(), expected);
    QVERIFY(m_pane->requestView()->isReadOnly());
    QVERIFY(m_pane->requestView()->font().fixedPitch()
            || QFontInfo(m_pane->requestView()->font()).fixedPitch());
}

void TestRawPane::responseBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("shownBody");

    QTest::newRow("small JSON is re-indented, key order kept")
            << R"({"z":1,"a":{"n":2.50}})"_ba
            << "application/json"_ba
            << u"{\n    \"z\": 1,\n    \"a\": {\n        \"n\": 2.50\n    }\n}"_s;
    QTest::newRow("HTML error page as received")
            << "<html><body>Bad gateway</body></html>"_ba
            << "text/html"_ba << u"<html><body>Bad gateway</body></html>"_s;
    QTest::newRow("broken JSON as received") << R"({"a":)"_ba
                                             << "application/json"_ba << u"{\"a\":"_s;
    const QByteArray big = "[\"" + QByteArray(RawPrettyLimit, 'x') + "\"]";
    QTest::newRow("JSON of 2 MiB or more as received")
            << big << "application/json"_ba << QString::fromLatin1(big);
}

void TestRawPane::responseBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, shownBody);
    QVERIFY(setAndWait(handBuiltResult(body, contentType)));
    const QString expected = u"HTTP 200 OK\nContent-Type: "_s + QString::fromLatin1(contentType)
            + u"\n\n"_s + shownBody;
    QCOMPARE(m_pane->responseText(), expected);
    QCOMPARE(m_pane->responseView()->toPlainText(), expected);
    QVERIFY(!m_pane->isBusy());
}

void TestRawPane::noResponseReceived()
{
    // A port that was free a moment ago: nothing listens there now.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    ApiClient client;
    client.setBaseUrl(QUrl(u"http://127.0.0.1:%1/v2"_s.arg(port)));
    client.setApiKey(u"secret-xyz"_s);
    const CallResult result
            = runCall(client,
                      demoRequest(DemoIds::markdownWriter, DemoIds::markdownWriterLatest,
                                  QJsonObject { { u"topic"_s, u"x"_s } }));
    QCOMPARE(result.error.kind, ErrorKind::ConnectionRefused);

    QVERIFY(setAndWait(result));
    QVERIFY(m_pane->requestText().startsWith(u"POST "_s));
    QVERIFY(m_pane->responseText().isEmpty());
    QVERIFY(!m_pane->findChild<QToolButton *>(u"copyResponseToolButton"_s)->isEnabled());
    QVERIFY(!viewTexts().contains(u"secret-xyz"_s));
}

void TestRawPane::hugeBodyIsShownWhole()
{
    // Bigger than the old 4 MB display cut: the view shows every byte, kept once.
    const QByteArray body(qsizetype(5) * 1024 * 1024, 'y');
    QVERIFY(setAndWait(handBuiltResult(body, "text/plain"_ba)));
    QVERIFY(m_pane->responseText().endsWith(QString::fromLatin1(body)));
    QCOMPARE(m_pane->responseView()->toPlainText(), m_pane->responseText());
    QVERIFY(!m_pane->responseView()->isIndexing());
}

void TestRawPane::copyButtonsCopyWholeTexts()
{
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    QVERIFY(setAndWait(handBuiltResult(R"({"message":"hi"})"_ba, "application/json"_ba)));
    auto *copyRequest = m_pane->findChild<QToolButton *>(u"copyRequestToolButton"_s);
    auto *copyResponse = m_pane->findChild<QToolButton *>(u"copyResponseToolButton"_s);
    QVERIFY(copyRequest && copyResponse);
    QVERIFY(!copyRequest->toolTip().isEmpty());
    QTest::mouseClick(copyRequest, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), m_pane->requestText());
    QTest::mouseClick(copyResponse, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), m_pane->responseText());

    m_pane->clear();
    QVERIFY(!copyRequest->isEnabled());
    QVERIFY(m_pane->requestView()->toPlainText().isEmpty());
}

QTEST_MAIN(TestRawPane)
#include "tst_rawpane.moc"
