#include "ResultsTestSupport.h"
#include "core/client/ApiClient.h"
#include "demo/DemoCatalog.h"
#include "gui/images/ImagesPane.h"
#include "gui/results/ErrorBanner.h"
#include "gui/results/MessagePane.h"
#include "gui/results/PayloadPane.h"
#include "gui/results/RawPane.h"
#include "gui/results/ResultsView.h"
#include "gui/results/UsagePane.h"
#include "gui/textview/TextView.h"

#include <QBuffer>
#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace callpad;
using namespace callpad::test;

namespace {

QString pngDataUrl()
{
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
}

QJsonObject personPayload()
{
    return QJsonObject { { u"name"_s, u"Ada"_s }, { u"age"_s, 36 } };
}

QJsonObject outputSchemaOf(QLatin1StringView functionId)
{
    const DemoCatalog catalog;
    const DemoFunction *function = catalog.function(QString(functionId));
    return function ? function->outputSchema : QJsonObject();
}

} // namespace

class TestResultsView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tabFollowsResultKind_data();
    void tabFollowsResultKind();
    void realTextCallFillsPanes();
    void realStructuredCallIsValidated();
    void realImageCallFillsImages();
    void failureShowsBannerAndKeepsRaw();
    void streamShowsTextLive();
    void structuredStreamShowsPayloadLive();
    void beginCallClearsOldResult();
    void clearResetsEverything();
    void paneStatusMessagesAreForwarded();

private:
    QTabWidget *tabs() const { return m_view->findChild<QTabWidget *>(u"resultsTabWidget"_s); }
    void connectDemo(DemoFixture &demo, ApiClient &client);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ResultsView> m_view;
};

void TestResultsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestResultsView::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_view = std::make_unique<ResultsView>(m_client.get());
    m_view->resize(900, 700);
}

void TestResultsView::cleanup()
{
    m_view.reset();
    m_client.reset();
    m_network.reset();
}

void TestResultsView::connectDemo(DemoFixture &demo, ApiClient &client)
{
    QVERIFY(demo.isListening());
    demo.server().setStreamChunkDelay(std::chrono::milliseconds(1));
    client.setBaseUrl(demo.baseUrl());
    client.setApiKey(u"demo-key"_s);
}

void TestResultsView::tabFollowsResultKind_data()
{
    QTest::addColumn<QJsonObject>("response");
    QTest::addColumn<ResultsView::Tab>("expected");
    QTest::addColumn<bool>("messageTab");
    QTest::addColumn<bool>("payloadTab");
    QTest::addColumn<bool>("imagesTab");
    using T = ResultsView::Tab;
    const QString span = u"3f1e0c2a-7d4b-4e8a-9c1f-2b6d8e0a4c11"_s;
    const QJsonArray images { pngDataUrl() };

    QTest::newRow("text message") << QJsonObject { { u"span_id"_s, span },
                                                   { u"message"_s, u"# Hi"_s } }
                                  << T::MessageTab << true << false << false;
    QTest::newRow("JSON payload") << QJsonObject { { u"span_id"_s, span },
                                                   { u"json_payload"_s, personPayload() } }
                                  << T::PayloadTab << false << true << false;
    QTest::newRow("images without message")
            << QJsonObject { { u"span_id"_s, span }, { u"images"_s, images } } << T::ImagesTab
            << false << false << true;
    QTest::newRow("images with a caption message") << QJsonObject {
        { u"span_id"_s, span }, { u"message"_s, u"Painted one."_s }, { u"images"_s, images }
    } << T::ImagesTab << true << false << true;
    QTest::newRow("payload and images") << QJsonObject {
        { u"span_id"_s, span }, { u"json_payload"_s, personPayload() }, { u"images"_s, images }
    } << T::ImagesTab << false << true << true;
    QTest::newRow("nothing but a span")
            << QJsonObject { { u"span_id"_s, span } } << T::RawTab << false << false << false;
}

void TestResultsView::tabFollowsResultKind()
{
    QFETCH(QJsonObject, response);
    QFETCH(ResultsView::Tab, expected);
    QFETCH(bool, messageTab);
    QFETCH(bool, payloadTab);
    QFETCH(bool, imagesTab);

    m_view->showResult(resultFromJson(response), std::nullopt);
    QCOMPARE(m_view->currentTab(), expected);
    QCOMPARE(tabs()->currentIndex(), int(expected));
    QCOMPARE(tabs()->isTabEnabled(ResultsView::MessageTab), messageTab);
    QCOMPARE(tabs()->isTabEnabled(ResultsView::PayloadTab), payloadTab);
    QCOMPARE(tabs()->isTabEnabled(ResultsView::ImagesTab), imagesTab);
    QVERIFY(tabs()->isTabEnabled(ResultsView::UsageTab));
    QVERIFY(tabs()->isTabEnabled(ResultsView::RawTab));
    QVERIFY(!m_view->errorBanner()->isShowing());
    // A disabled tab says why.
    for (int tab = 0; tab < tabs()->count(); ++tab) {
        if (!tabs()->isTabEnabled(tab)) {
            QVERIFY2(tabs()->tabToolTip(tab).startsWith(u"The response has no"_s)
                             || tabs()->tabToolTip(tab).contains(u"JSON payload, not a message"_s),
                     qPrintable(tabs()->tabToolTip(tab)));
        }
    }
    QCOMPARE(m_view->imagesPane()->count(), imagesTab ? 1 : 0);
    QCOMPARE(m_view->payloadPane()->isTreeBuilt(), payloadTab);
}

void TestResultsView::realTextCallFillsPanes()
{
    DemoFixture demo;
    ApiClient client;
    connectDemo(demo, client);
    const CallResult result
            = runCall(client,
                      demoRequest(DemoIds::markdownWriter, DemoIds::markdownWriterLatest,
                                  QJsonObject { { u"topic"_s, u"native apps"_s } }));
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));

    m_view->showResult(result, std::nullopt);
    QCOMPARE(m_view->currentTab(), ResultsView::MessageTab);
    QCOMPARE(m_view->messagePane()->text(), result.response.message.value_or(QString()));
    QVERIFY(!m_view->messagePane()->textBrowser()->toPlainText().isEmpty());
    QCOMPARE(m_view->usagePane()->spanId(), result.response.spanId);
    QTRY_VERIFY(!m_view->rawPane()->isBusy());
    QVERIFY(m_view->rawPane()->requestText().startsWith(u"POST "_s));
    QVERIFY(m_view->rawPane()->responseText().startsWith(u"HTTP 200"_s));
    QVERIFY(!tabs()->isTabEnabled(ResultsView::PayloadTab));
    QVERIFY(m_view->findChild<QLabel *>(u"callStateLabel"_s)->isHidden());
}

void TestResultsView::realStructuredCallIsValidated()
{
    DemoFixture demo;
    ApiClient client;
    connectDemo(demo, client);
    const CallResult result
            = runCall(client,
                      demoRequest(DemoIds::extractPerson, DemoIds::extractPersonLatest,
                                  QJsonObject { { u"text"_s, u"Ada Lovelace, 36, London"_s } }));
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));
    const QJsonObject schema = outputSchemaOf(DemoIds::extractPerson);
    QVERIFY(!schema.isEmpty());

    m_view->showResult(result, schema);
    QCOMPARE(m_view->currentTab(), ResultsView::PayloadTab);
    PayloadPane *payload = m_view->payloadPane();
    QTRY_VERIFY(!payload->isBusy());
    QVERIFY(payload->isTreeBuilt());
    QCOMPARE(payload->payload(), result.response.jsonPayload());
    QVERIFY(payload->schemaCheck().has_value());
    QVERIFY(payload->schemaCheck()->isValid());
    QCOMPARE(payload->findChild<QLabel *>(u"payloadSchemaLabel"_s)->text(),
             u"Matches the output schema"_s);
    QVERIFY(!tabs()->isTabEnabled(ResultsView::MessageTab));
}

void TestResultsView::realImageCallFillsImages()
{
    DemoFixture demo;
    ApiClient client;
    connectDemo(demo, client);
    const CallResult result
            = runCall(client,
                      demoRequest(DemoIds::imagePainter, DemoIds::imagePainterLatest,
                                  QJsonObject { { u"prompt"_s, u"a red fox"_s } }));
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));
    QVERIFY(result.response.message.has_value());

    m_view->showResult(result, std::nullopt);
    // The demo answers a short caption with its images: the images come first.
    QCOMPARE(m_view->currentTab(), ResultsView::ImagesTab);
    QVERIFY(tabs()->isTabEnabled(ResultsView::MessageTab));
    QCOMPARE(m_view->imagesPane()->count(), int(result.response.images.size()));
    QVERIFY(m_view->imagesPane()->count() > 0);
}

void TestResultsView::failureShowsBannerAndKeepsRaw()
{
    DemoFixture demo;
    ApiClient client;
    connectDemo(demo, client);
    const CallResult ok
            = runCall(client,
                      demoRequest(DemoIds::markdownWriter, DemoIds::markdownWriterLatest,
                                  QJsonObject { { u"topic"_s, u"queues"_s } }));
    QVERIFY(ok.ok());
    m_view->showResult(ok, std::nullopt);
    QVERIFY(!m_view->messagePane()->text().isEmpty());

    const CallResult failed
            = runCall(client,
                      demoRequest(QLatin1StringView("0fffffff-0000-4000-8000-00000000dead"),
                                  DemoIds::markdownWriterLatest,
                                  QJsonObject { { u"topic"_s, u"queues"_s } }));
    QCOMPARE(failed.error.kind, ErrorKind::Http);
    QCOMPARE(failed.error.httpStatus, 404);

    m_view->showResult(failed, std::nullopt);
    ErrorBanner *banner = m_view->errorBanner();
    QVERIFY(banner->isShowing());
    const QString title = banner->findChild<QLabel *>(u"errorTitleLabel"_s)->text();
    QVERIFY2(title.startsWith(u"HTTP 404"_s), qPrintable(title));

    QCOMPARE(m_view->currentTab(), ResultsView::RawTab);
    QTRY_VERIFY(!m_view->rawPane()->isBusy());
    QVERIFY(m_view->rawPane()->requestText().contains(u"0fffffff-0000-4000-8000-00000000dead"_s));
    QVERIFY(m_view->rawPane()->responseText().startsWith(u"HTTP 404"_s));
    for (const ResultsView::Tab tab : { ResultsView::MessageTab, ResultsView::PayloadTab,
                                        ResultsView::ImagesTab, ResultsView::UsageTab }) {
        QVERIFY(!tabs()->isTabEnabled(tab));
        QVERIFY(tabs()->tabToolTip(tab).contains(u"failed"_s));
    }
    QVERIFY(m_view->messagePane()->text().isEmpty());
    QVERIFY(m_view->usagePane()->spanId().isEmpty());
}

void TestResultsView::streamShowsTextLive()
{
    DemoFixture demo;
    ApiClient client;
    connectDemo(demo, client);
    m_view->beginCall(true);
    QVERIFY(m_view->isCalling());
    QCOMPARE(m_view->currentTab(), ResultsView::MessageTab);
    auto *state = m_view->findChild<QLabel *>(u"callStateLabel"_s);
    QVERIFY(!state->isHidden());
    QCOMPARE(state->text(), u"Streaming…"_s);

    int updates = 0;
    bool grewWhileRunning = false;
    const CallResult result
            = runCall(client,
                      demoRequest(DemoIds::storyteller, DemoIds::storytellerLatest,
                                  QJsonObject { { u"premise"_s, u"a lighthouse"_s } }),
                      true, [&](const StreamAssembler::Update &update) {
                          const qsizetype before = m_view->messagePane()->text().size();
                          m_view->applyStreamUpdate(update);
                          grewWhileRunning = grewWhileRunning
                                  || m_view->messagePane()->text().size() > before;
                          ++updates;
                      });
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));
    QVERIFY(updates > 1);
    QVERIFY(grewWhileRunning);
    QCOMPARE(m_view->messagePane()->text(), result.response.message.value_or(QString()));
    QTRY_VERIFY(!m_view->messagePane()->textBrowser()->toPlainText().isEmpty());

    m_view->showResult(result, std::nullopt);
    QVERIFY(!m_view->isCalling());
    QVERIFY(state->isHidden());
    QVERIFY(!m_view->messagePane()->isStreaming());
    QCOMPARE(m_view->currentTab(), ResultsView::MessageTab);
    QVERIFY(m_view->rawPane()->responseTitle().startsWith(u"Event log ("_s));
}

void TestResultsView::structuredStreamShowsPayloadLive()
{
    DemoFixture demo;
    ApiClient client;
    connectDemo(demo, client);
    m_view->beginCall(true);
    QCOMPARE(m_view->currentTab(), ResultsView::MessageTab);

    auto *text = m_view->payloadPane()->findChild<TextView *>(u"payloadTextView"_s);
    const CallResult result
            = runCall(client,
                      demoRequest(DemoIds::extractPerson, DemoIds::extractPersonLatest,
                                  QJsonObject { { u"text"_s, u"Ada Lovelace, 36, London"_s } }),
                      true, [&](const StreamAssembler::Update &update) {
                          m_view->applyStreamUpdate(update);
                      });
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));
    QCOMPARE(m_view->currentTab(), ResultsView::PayloadTab);
    QVERIFY2(text->toPlainText().contains(u"name: "_s), qPrintable(text->toPlainText()));

    m_view->showResult(result, outputSchemaOf(DemoIds::extractPerson));
    QCOMPARE(m_view->currentTab(), ResultsView::PayloadTab);
    QTRY_VERIFY(!m_view->payloadPane()->isBusy());
    QVERIFY(text->toPlainText().startsWith(u"{\n"_s));
    QCOMPARE(m_view->payloadPane()->payload(), result.response.jsonPayload());
}

void TestResultsView::beginCallClearsOldResult()
{
    m_view->showResult(resultFromJson(QJsonObject { { u"message"_s, u"old answer"_s },
                                                    { u"span_id"_s, u"s"_s } }),
                       std::nullopt);
    m_view->setCurrentTab(ResultsView::UsageTab);
    m_view->beginCall(false);
    QVERIFY(m_view->isCalling());
    QVERIFY(m_view->messagePane()->text().isEmpty());
    QVERIFY(m_view->usagePane()->spanId().isEmpty());
    QVERIFY(m_view->rawPane()->requestText().isEmpty());
    QVERIFY(!m_view->errorBanner()->isShowing());
    auto *state = m_view->findChild<QLabel *>(u"callStateLabel"_s);
    QCOMPARE(state->text(), u"Calling…"_s);
    QVERIFY(!state->isHidden());
    // A plain call leaves the user where they were.
    QCOMPARE(m_view->currentTab(), ResultsView::UsageTab);
    for (int tab = 0; tab < tabs()->count(); ++tab) {
        QVERIFY(tabs()->isTabEnabled(tab));
    }
}

void TestResultsView::clearResetsEverything()
{
    ApiError error;
    error.kind = ErrorKind::Timeout;
    error.message = u"Timed out after 1 s"_s;
    CallResult failed;
    failed.error = error;
    failed.request.method = "POST"_ba;
    failed.request.url = QUrl(u"http://127.0.0.1:1/v2/functions/a/call/b"_s);
    m_view->showResult(failed, std::nullopt);
    QVERIFY(m_view->errorBanner()->isShowing());
    QCOMPARE(m_view->errorBanner()->findChild<QLabel *>(u"errorTitleLabel"_s)->text(),
             u"Timed out"_s);

    m_view->clear();
    QVERIFY(!m_view->errorBanner()->isShowing());
    QVERIFY(m_view->rawPane()->requestText().isEmpty());
    QCOMPARE(m_view->currentTab(), ResultsView::MessageTab);
    for (int tab = 0; tab < tabs()->count(); ++tab) {
        QVERIFY(tabs()->isTabEnabled(tab));
        QVERIFY(!tabs()->tabToolTip(tab).contains(u"failed"_s));
    }
}

void TestResultsView::paneStatusMessagesAreForwarded()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->showResult(resultFromJson(QJsonObject { { u"message"_s, u"hi"_s },
                                                    { u"span_id"_s, u"span-1"_s } }),
                       std::nullopt);
    m_view->setCurrentTab(ResultsView::UsageTab);
    QSignalSpy status(m_view.get(), &ResultsView::statusMessage);
    auto *copy = m_view->findChild<QToolButton *>(u"copySpanIdToolButton"_s);
    QVERIFY(copy && copy->isVisible());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(status.size(), 1);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"span-1"_s);
}

QTEST_MAIN(TestResultsView)
#include "tst_resultsview.moc"
