#include "ResultsTestSupport.h"
#include "gui/results/ErrorBanner.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

Q_DECLARE_METATYPE(callpad::ApiError)

using namespace Qt::StringLiterals;
using namespace callpad;
using namespace callpad::test;

namespace {

ApiError makeError(ErrorKind kind, const QString &message, int status = 0, const QString &type = {})
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    error.httpStatus = status;
    error.type = type;
    return error;
}

QJsonArray fastApiDetail()
{
    return QJsonArray {
        QJsonObject { { u"loc"_s, QJsonArray { u"body"_s, u"input"_s, u"topic"_s } },
                      { u"msg"_s, u"field required"_s },
                      { u"type"_s, u"value_error.missing"_s } },
        QJsonObject { { u"loc"_s, QJsonArray { u"body"_s, u"tags"_s, u"env"_s } },
                      { u"msg"_s, u"str type expected"_s },
                      { u"type"_s, u"type_error.str"_s } },
    };
}

} // namespace

class TestErrorBanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void titleNamesErrorClass_data();
    void titleNamesErrorClass();
    void fastApiDetailRenderedAsFieldMessage();
    void rateLimitFromDemoServerShowsRetryAfter();
    void closeButtonHidesBanner();
    void copyDetailsCopiesEverything();
    void hugeDetailIsCutButCopiedWhole_data();
    void hugeDetailIsCutButCopiedWhole();
    void aNewErrorReplacesADetailStillRendering();
    void noErrorClearsBanner();
    void coloursFollowPalette_data();
    void coloursFollowPalette();

private:
    QLabel *label(const char *name) const;

    std::unique_ptr<QWidget> m_host;
    ErrorBanner *m_banner = nullptr;
};

void TestErrorBanner::init()
{
    m_host = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_host.get());
    m_banner = new ErrorBanner(m_host.get());
    layout->addWidget(m_banner);
    layout->addStretch();
    m_host->resize(600, 200);
}

void TestErrorBanner::cleanup()
{
    m_host.reset();
    m_banner = nullptr;
}

QLabel *TestErrorBanner::label(const char *name) const
{
    return m_banner->findChild<QLabel *>(QString::fromLatin1(name));
}

void TestErrorBanner::titleNamesErrorClass_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QString>("title");
    QTest::addColumn<ErrorBanner::Severity>("severity");
    using K = ErrorKind;
    using S = ErrorBanner::Severity;

    ApiError rateLimited = makeError(K::RateLimited, u"Too many requests"_s, 429);
    rateLimited.retryAfterSeconds = 7;
    ApiError invalidInput
            = ApiError::invalidInput(u"examples[2].output"_s, u"Unexpected end"_s, 3, 9);

    QTest::newRow("HTTP 404 with Opper's type")
            << makeError(K::Http, u"Function not found"_s, 404, u"NotFoundError"_s)
            << u"HTTP 404 · NotFoundError"_s << S::Error;
    QTest::newRow("HTTP 502 without type")
            << makeError(K::Http, u"Bad gateway"_s, 502) << u"HTTP 502"_s << S::Error;
    QTest::newRow("HTTP 429 with Retry-After")
            << rateLimited << u"HTTP 429 · Rate limited — retry after 7 s"_s << S::Warning;
    QTest::newRow("HTTP 429 without Retry-After") << makeError(K::RateLimited, u"Slow down"_s, 429)
                                                  << u"HTTP 429 · Rate limited"_s << S::Warning;
    QTest::newRow("timeout") << makeError(K::Timeout, u"Timed out after 300 s"_s) << u"Timed out"_s
                             << S::Error;
    QTest::newRow("connection refused")
            << makeError(K::ConnectionRefused, u"Connection refused by 127.0.0.1:9"_s)
            << u"Connection refused"_s << S::Error;
    QTest::newRow("connection closed") << makeError(K::ConnectionClosed, u"Closed early"_s)
                                       << u"Connection closed"_s << S::Error;
    QTest::newRow("host not found")
            << makeError(K::HostNotFound, u"Host x not found"_s) << u"Host not found"_s << S::Error;
    QTest::newRow("TLS failure") << makeError(K::Tls, u"TLS handshake failed"_s) << u"TLS error"_s
                                 << S::Error;
    QTest::newRow("other network failure")
            << makeError(K::Network, u"Network unreachable"_s) << u"Network error"_s << S::Error;
    QTest::newRow("cancelled") << makeError(K::Cancelled, u"Cancelled by you"_s) << u"Cancelled"_s
                               << S::Warning;
    QTest::newRow("body is not JSON")
            << makeError(K::InvalidJson, u"Not JSON"_s) << u"Invalid response"_s << S::Error;
    QTest::newRow("field of the wrong type")
            << ApiError::invalidResponse(u"usage.input_tokens"_s, u"expected a number"_s)
            << u"Invalid response"_s << S::Error;
    QTest::newRow("response too large")
            << makeError(K::TooLarge, u"Over 64 MiB"_s) << u"Response too large"_s << S::Error;
    QTest::newRow("stream error chunk")
            << makeError(K::StreamError, u"Model overloaded"_s, 0, u"ProviderError"_s)
            << u"Stream failed · ProviderError"_s << S::Error;
    QTest::newRow("stream cut mid-event")
            << makeError(K::StreamIncomplete, u"Cut"_s) << u"Stream incomplete"_s << S::Error;
    QTest::newRow("invalid input")
            << invalidInput << u"Invalid input in examples[2].output"_s << S::Error;
}

void TestErrorBanner::titleNamesErrorClass()
{
    QFETCH(ApiError, error);
    QFETCH(QString, title);
    QFETCH(ErrorBanner::Severity, severity);

    m_banner->showError(error);
    QVERIFY(m_banner->isShowing());
    QCOMPARE(label("errorTitleLabel")->text(), title);
    QCOMPARE(m_banner->severity(), severity);
    QVERIFY(label("errorMessageLabel")->text().contains(error.message));
    QVERIFY(!label("errorIconLabel")->pixmap().isNull());
}

void TestErrorBanner::fastApiDetailRenderedAsFieldMessage()
{
    ApiError error = makeError(ErrorKind::Http, u"Validation failed"_s, 422, u"ValidationError"_s);
    error.detail = fastApiDetail();
    m_banner->showError(error);

    QLabel *detail = label("errorDetailLabel");
    // Rendered off the GUI thread, then shown.
    QTRY_VERIFY(!m_banner->isRenderingDetail());
    QVERIFY(!detail->isHidden());
    const QStringList lines = detail->text().split(u'\n');
    QCOMPARE(lines,
             (QStringList { u"body.input.topic → field required"_s,
                            u"body.tags.env → str type expected"_s }));
    QVERIFY(detail->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    QCOMPARE(label("errorTitleLabel")->text(), u"HTTP 422 · ValidationError"_s);
}

void TestErrorBanner::rateLimitFromDemoServerShowsRetryAfter()
{
    DemoFixture demo;
    QVERIFY(demo.isListening());
    demo.server().setFault(DemoServer::Fault::RateLimited);
    demo.server().setRetryAfterSeconds(7);
    ApiClient client;
    client.setBaseUrl(demo.baseUrl());
    client.setApiKey(u"k"_s);
    const CallResult result
            = runCall(client,
                      demoRequest(DemoIds::markdownWriter, DemoIds::markdownWriterLatest,
                                  QJsonObject { { u"topic"_s, u"queues"_s } }));
    QCOMPARE(result.error.kind, ErrorKind::RateLimited);

    m_banner->showError(result.error);
    QVERIFY(m_banner->isShowing());
    QCOMPARE(label("errorTitleLabel")->text(), u"HTTP 429 · RateLimitError — retry after 7 s"_s);
    QCOMPARE(m_banner->severity(), ErrorBanner::Severity::Warning);
}

void TestErrorBanner::closeButtonHidesBanner()
{
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
    m_banner->showError(makeError(ErrorKind::Timeout, u"Timed out after 5 s"_s));
    QVERIFY(m_banner->isVisible());
    QSignalSpy closed(m_banner, &ErrorBanner::closed);

    auto *close = m_banner->findChild<QToolButton *>(u"closeBannerToolButton"_s);
    QVERIFY(close);
    QVERIFY(!close->toolTip().isEmpty());
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(closed.size(), 1);
    QVERIFY(!m_banner->isShowing());
    QVERIFY(!m_banner->isVisible());
}

void TestErrorBanner::copyDetailsCopiesEverything()
{
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
    ApiError error = makeError(ErrorKind::Http, u"Input is invalid"_s, 400, u"BadRequestError"_s);
    error.detail = fastApiDetail();
    m_banner->showError(error);
    QGuiApplication::clipboard()->clear();

    auto *copy = m_banner->findChild<QPushButton *>(u"copyDetailsPushButton"_s);
    QVERIFY(copy && copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(u"HTTP 400 · BadRequestError\n"_s), qPrintable(copied));
    QVERIFY(copied.contains(u"Input is invalid"_s));
    QVERIFY(copied.contains(u"body.input.topic → field required"_s));
    QVERIFY(copied.contains(u"body.tags.env → str type expected"_s));
}

void TestErrorBanner::hugeDetailIsCutButCopiedWhole_data()
{
    QTest::addColumn<QJsonValue>("detail");
    QTest::addColumn<qsizetype>("detailSize");
    // 20 MB, as a gateway's page or a server's dump can be.
    constexpr qsizetype size = qsizetype(20) * 1024 * 1024;
    QTest::newRow("detail string") << QJsonValue(QString(size, u'x')) << size;
    const QString line = u"body.input.x → "_s + QString(size, u'y');
    QTest::newRow("one huge validation item") << QJsonValue(
            QJsonArray { QJsonObject { { u"loc"_s, QJsonArray { u"body"_s, u"input"_s, u"x"_s } },
                                       { u"msg"_s, QString(size, u'y') } } })
                                              << line.size();
}

void TestErrorBanner::hugeDetailIsCutButCopiedWhole()
{
    QFETCH(QJsonValue, detail);
    QFETCH(qsizetype, detailSize);
    ApiError error = makeError(ErrorKind::Http, u"Bad gateway"_s, 502);
    error.detail = detail;
    m_banner->showError(error);
    QVERIFY(m_banner->isShowing());
    QTRY_VERIFY(!m_banner->isRenderingDetail());

    // Bounded text in the labels, and a note saying how much more there is.
    QLabel *shown = label("errorDetailLabel");
    QVERIFY(!shown->isHidden());
    QCOMPARE(shown->text().size(), ErrorBanner::DetailDisplayLimit);
    QVERIFY(shown->text().endsWith(QChar(0x2026)));
    QLabel *note = label("errorDetailNoteLabel");
    QVERIFY(!note->isHidden());
    QVERIFY2(note->text().contains(QLocale().toString(detailSize)), qPrintable(note->text()));
    QVERIFY(m_banner->accessibleDescription().size()
            < qsizetype(2) * ErrorBanner::MessageDisplayLimit);

    // Copy details copies all of it.
    QGuiApplication::clipboard()->clear();
    m_banner->copyDetails();
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.startsWith(u"HTTP 502\n"_s));
    QVERIFY(copied.size() > detailSize);
}

void TestErrorBanner::aNewErrorReplacesADetailStillRendering()
{
    ApiError big = makeError(ErrorKind::Http, u"Bad gateway"_s, 502);
    big.detail = QString(qsizetype(8) * 1024 * 1024, u'z');
    m_banner->showError(big);
    ApiError small = makeError(ErrorKind::Http, u"Not found"_s, 404);
    small.detail = u"No such revision"_s;
    m_banner->showError(small);
    QTRY_VERIFY(!m_banner->isRenderingDetail());
    // The second error's detail, whenever the first one's render finishes.
    QCOMPARE(label("errorDetailLabel")->text(), u"No such revision"_s);
    QVERIFY(label("errorDetailNoteLabel")->isHidden());
}

void TestErrorBanner::noErrorClearsBanner()
{
    m_banner->showError(makeError(ErrorKind::Tls, u"Bad certificate"_s));
    QVERIFY(m_banner->isShowing());
    m_banner->showError(ApiError());
    QVERIFY(!m_banner->isShowing());
    QVERIFY(label("errorTitleLabel")->text().isEmpty());
    m_banner->showError(makeError(ErrorKind::Tls, u"Bad certificate"_s));
    m_banner->clear();
    QVERIFY(!m_banner->isShowing());
}

void TestErrorBanner::coloursFollowPalette_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light palette") << false;
    QTest::newRow("dark palette") << true;
}

void TestErrorBanner::coloursFollowPalette()
{
    QFETCH(bool, dark);
    QPalette palette = m_host->palette();
    palette.setColor(QPalette::Window, dark ? QColor(0x20, 0x20, 0x24) : QColor(0xf4, 0xf4, 0xf2));
    palette.setColor(QPalette::WindowText,
                     dark ? QColor(0xee, 0xee, 0xee) : QColor(0x10, 0x10, 0x10));
    m_host->setPalette(palette);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
    m_banner->showError(makeError(ErrorKind::Timeout, u"Timed out"_s));

    const QImage image = m_banner->grab().toImage();
    QVERIFY(!image.isNull());
    // A point inside the frame, left of the icon: the banner's own background.
    const QColor background = image.pixelColor(4, image.height() / 2);
    if (dark) {
        QVERIFY2(background.lightness() < 110, qPrintable(background.name()));
    } else {
        QVERIFY2(background.lightness() > 170, qPrintable(background.name()));
    }
    // Tinted towards red, not grey: the error reads as an error in both themes.
    QVERIFY2(background.red() > background.blue(), qPrintable(background.name()));
}

QTEST_MAIN(TestErrorBanner)
#include "tst_errorbanner.moc"
