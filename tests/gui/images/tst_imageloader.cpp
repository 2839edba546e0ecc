#include "TestImages.h"
#include "core/client/ApiClient.h"

#include "core/Version.h"
#include "gui/images/ImageLoader.h"

#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace callpad;
using namespace callpad::test;

class TestImageLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesEachForm_data();
    void decodesEachForm();
    void rejectsGarbage_data();
    void rejectsGarbage();
    void enforcesEncodedSizeLimit();
    void enforcesPixelLimit_data();
    void enforcesPixelLimit();
    void reportsQtAllocationLimit();
    void discardsStaleGeneration();
    void fetchesUrlWithoutCredentials();
    void ignoresAuthenticationChallenge();
    void reportsDownloadFailures_data();
    void reportsDownloadFailures();
    void failsUrlWithoutNetwork();

private:
    static bool waitForFinished(ImageLoader &loader);
};

bool TestImageLoader::waitForFinished(ImageLoader &loader)
{
    QSignalSpy finished(&loader, &ImageLoader::finished);
    return loader.pendingCount() == 0 || finished.wait(10000);
}

void TestImageLoader::decodesEachForm_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<ImageFormat>("format");

    const QByteArray png = pngBytes(QSize(64, 48));
    const QByteArray alphaPng = pngBytes(QSize(300, 200), true);
    const QByteArray jpeg = jpegBytes(QSize(120, 80));
    const QByteArray webp = encodeImage(makeImage(QSize(33, 21)), "webp");
    QVERIFY(!png.isEmpty() && !jpeg.isEmpty() && !webp.isEmpty());

    QTest::newRow("PNG as raw base64") << toBase64(png) << png << QSize(64, 48) << ImageFormat::Png;
    QTest::newRow("PNG as data URL")
            << toDataUrl(png, u"image/png"_s) << png << QSize(64, 48) << ImageFormat::Png;
    QTest::newRow("PNG with alpha, larger than a thumbnail")
            << toDataUrl(alphaPng, u"image/png"_s) << alphaPng << QSize(300, 200)
            << ImageFormat::Png;
    QTest::newRow("JPEG as raw base64")
            << toBase64(jpeg) << jpeg << QSize(120, 80) << ImageFormat::Jpeg;
    QTest::newRow("JPEG as data URL")
            << toDataUrl(jpeg, u"image/jpeg"_s) << jpeg << QSize(120, 80) << ImageFormat::Jpeg;
    QTest::newRow("WebP as data URL")
            << toDataUrl(webp, u"image/webp"_s) << webp << QSize(33, 21) << ImageFormat::WebP;
    QTest::newRow("GIF as raw base64")
            << toBase64(gifBytes()) << gifBytes() << QSize(1, 1) << ImageFormat::Gif;
}

void TestImageLoader::decodesEachForm()
{
    QFETCH(QString, entry);
    QFETCH(QByteArray, bytes);
    QFETCH(QSize, size);
    QFETCH(ImageFormat, format);

    ImageLoader loader(nullptr);
    QSignalSpy ready(&loader, &ImageLoader::imageReady);
    QSignalSpy failed(&loader, &ImageLoader::imageFailed);
    loader.load({ entry });
    QCOMPARE(loader.count(), 1);
    QCOMPARE(loader.result(0).state, ImageLoadState::Loading);
    QVERIFY(waitForFinished(loader));

    QCOMPARE(failed.count(), 0);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.first().first().toInt(), 0);
    const ImageLoadResult result = loader.result(0);
    QCOMPARE(result.state, ImageLoadState::Ready);
    QCOMPARE(result.pixelSize, size);
    QCOMPARE(result.image.size(), size);
    QCOMPARE(result.format, format);
    QCOMPARE(result.bytes, bytes);
    QVERIFY(result.error.isEmpty());
    QVERIFY(!result.thumbnail.isNull());
    QVERIFY(result.thumbnail.width() <= loader.limits().thumbnailSize);
    QVERIFY(result.thumbnail.height() <= loader.limits().thumbnailSize);
}

void TestImageLoader::rejectsGarbage_data()
{
    QTest::addColumn<QString>("entry");

    const QByteArray png = pngBytes(QSize(64, 64));
    QTest::newRow("not base64 at all") << u"%%% this is not an image %%%"_s;
    QTest::newRow("base64 of plain text") << toBase64("hello, definitely not a picture"_ba);
    QTest::newRow("empty entry") << QString();
    QTest::newRow("truncated PNG") << toBase64(png.left(60));
    QTest::newRow("data URL of text") << u"data:text/plain;base64,aGVsbG8gd29ybGQ="_s;
    QTest::newRow("unsupported BMP") << toBase64(encodeImage(makeImage(QSize(4, 4)), "bmp"));
    QTest::newRow("ftp URL") << u"ftp://example.invalid/a.png"_s;
}

void TestImageLoader::rejectsGarbage()
{
    QFETCH(QString, entry);

    ImageLoader loader(nullptr);
    QSignalSpy ready(&loader, &ImageLoader::imageReady);
    QSignalSpy failed(&loader, &ImageLoader::imageFailed);
    loader.load({ entry });
    QVERIFY(waitForFinished(loader));

    QCOMPARE(ready.count(), 0);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toInt(), 0);
    QVERIFY(!failed.first().at(1).toString().isEmpty());
    const ImageLoadResult result = loader.result(0);
    QCOMPARE(result.state, ImageLoadState::Failed);
    QVERIFY(result.image.isNull());
    QCOMPARE(result.error, failed.first().at(1).toString());
}

void TestImageLoader::enforcesEncodedSizeLimit()
{
    const QByteArray png = pngBytes(QSize(64, 64));
    const QByteArray small = pngBytes(QSize(2, 2));
    QVERIFY(small.size() < png.size() - 1);

    ImageLoader loader(nullptr);
    ImageLimits limits;
    limits.maxEncodedBytes = png.size() - 1;
    loader.setLimits(limits);
    QSignalSpy failed(&loader, &ImageLoader::imageFailed);
    loader.load({ toBase64(png), toDataUrl(png, u"image/png"_s), toBase64(small) });
    QVERIFY(waitForFinished(loader));

    QCOMPARE(failed.count(), 2);
    QCOMPARE(loader.result(0).state, ImageLoadState::Failed);
    QCOMPARE(loader.result(1).state, ImageLoadState::Failed);
    QCOMPARE(loader.result(2).state, ImageLoadState::Ready);
}

void TestImageLoader::enforcesPixelLimit_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("under the limit") << QSize(30, 30) << true;
    QTest::newRow("exactly the limit") << QSize(40, 25) << true;
    QTest::newRow("over the limit") << QSize(40, 40) << false;
    QTest::newRow("one very long row") << QSize(5000, 1) << false;
}

void TestImageLoader::enforcesPixelLimit()
{
    QFETCH(QSize, size);
    QFETCH(bool, accepted);

    ImageLoader loader(nullptr);
    ImageLimits limits;
    limits.maxPixels = 1000;
    loader.setLimits(limits);
    loader.load({ toBase64(pngBytes(size)) });
    QVERIFY(waitForFinished(loader));

    const ImageLoadResult result = loader.result(0);
    QCOMPARE(result.state, accepted ? ImageLoadState::Ready : ImageLoadState::Failed);
    QCOMPARE(result.image.isNull(), !accepted);
    QCOMPARE(result.error.isEmpty(), accepted);
}

void TestImageLoader::reportsQtAllocationLimit()
{
    const int previous = QImageReader::allocationLimit();
    QImageReader::setAllocationLimit(1);
    const auto restore = qScopeGuard([previous] { QImageReader::setAllocationLimit(previous); });

    ImageLoader loader(nullptr);
    loader.load({ toBase64(pngBytes(QSize(600, 600))) });
    QVERIFY(waitForFinished(loader));
    const ImageLoadResult result = loader.result(0);
    QCOMPARE(result.state, ImageLoadState::Failed);
    QVERIFY2(result.error.contains(u"too large"_s), qPrintable(result.error));
}

void TestImageLoader::discardsStaleGeneration()
{
    ImageLoader loader(nullptr);
    QSignalSpy ready(&loader, &ImageLoader::imageReady);
    QSignalSpy failed(&loader, &ImageLoader::imageFailed);
    QSignalSpy finished(&loader, &ImageLoader::finished);

    const QString stale = toBase64(pngBytes(QSize(500, 400)));
    loader.load({ stale, stale, stale, u"garbage"_s });
    const int firstGeneration = loader.generation();
    loader.load({ toBase64(pngBytes(QSize(30, 20))) });
    QVERIFY(loader.generation() != firstGeneration);
    QCOMPARE(loader.count(), 1);

    QVERIFY(finished.wait(10000));
    // Let every task of the first generation finish and post its result too.
    QVERIFY(loader.waitForIdle(10000));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();

    QCOMPARE(finished.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.first().first().toInt(), 0);
    QCOMPARE(loader.result(0).pixelSize, QSize(30, 20));
}

void TestImageLoader::fetchesUrlWithoutCredentials()
{
    const QByteArray png = pngBytes(QSize(70, 50));
    LoopbackHttpServer server("200 OK"_ba, "image/png"_ba, png);
    QVERIFY(server.listen());

    QNetworkAccessManager network;
    // A cookie the client holds for the host must not be sent to an image server either.
    network.cookieJar()->setCookiesFromUrl({ QNetworkCookie("session"_ba, "secret-cookie"_ba) },
                                           server.url(u"/"_s));
    QUrl url = server.url(u"/generated/image.png"_s);
    url.setUserName(u"user"_s);
    url.setPassword(u"secret"_s);

    ApiClient client(&network);
    // Even an image on the API's own origin is fetched without the key.
    client.setBaseUrl(server.url(u"/"_s));
    client.setApiKey(u"sk-secret-key"_s);
    ImageLoader loader(&client);
    QSignalSpy failed(&loader, &ImageLoader::imageFailed);
    loader.load({ url.toString() });
    QVERIFY(waitForFinished(loader));

    QCOMPARE(failed.count(), 0);
    const ImageLoadResult result = loader.result(0);
    QCOMPARE(result.state, ImageLoadState::Ready);
    QCOMPARE(result.pixelSize, QSize(70, 50));
    QCOMPARE(result.format, ImageFormat::Png);
    QCOMPARE(result.bytes, png);

    QCOMPARE(server.requests().size(), 1);
    QVERIFY(server.requests().first().startsWith("GET /generated/image.png HTTP/1.1"));
    bool found = true;
    server.header(0, "Authorization"_ba, &found);
    QVERIFY2(!found, server.requests().first().constData());
    server.header(0, "Cookie"_ba, &found);
    QVERIFY2(!found, server.requests().first().constData());
    QVERIFY(!server.requests().first().contains("sk-secret-key"));
    QCOMPARE(server.header(0, "User-Agent"_ba), userAgent());
}

void TestImageLoader::ignoresAuthenticationChallenge()
{
    // Credentials written into the URL must not be offered even when the server asks.
    LoopbackHttpServer server("401 Unauthorized"_ba, "text/plain"_ba, "who are you?"_ba);
    server.setExtraHeaders("WWW-Authenticate: Basic realm=\"images\"\r\n"_ba);
    QVERIFY(server.listen());
    QUrl url = server.url(u"/private.png"_s);
    url.setUserName(u"user"_s);
    url.setPassword(u"secret"_s);

    QNetworkAccessManager network;
    ApiClient client(&network);
    ImageLoader loader(&client);
    QSignalSpy failed(&loader, &ImageLoader::imageFailed);
    loader.load({ url.toString() });
    QVERIFY(waitForFinished(loader));

    QCOMPARE(failed.count(), 1);
    QVERIFY2(loader.result(0).error.contains(u"401"_s), qPrintable(loader.result(0).error));
    QVERIFY(!server.requests().isEmpty());
    for (qsizetype i = 0; i < server.requests().size(); ++i) {
        bool found = true;
        server.header(i, "Authorization"_ba, &found);
        QVERIFY2(!found, server.requests().at(i).constData());
    }
}

void TestImageLoader::reportsDownloadFailures_data()
{
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("declareLength");
    QTest::addColumn<QString>("errorContains");

    const QByteArray big = pngBytes(QSize(200, 200));
    QTest::newRow("HTTP 404 Not Found") << "404 Not Found"_ba
                                        << "missing"_ba << true << u"404"_s;
    QTest::newRow("HTTP 500 Internal Server Error") << "500 Internal Server Error"_ba
                                                    << "oops"_ba << true << u"500"_s;
    QTest::newRow("declared length over the cap") << "200 OK"_ba << big << true << QString();
    QTest::newRow("streamed body over the cap") << "200 OK"_ba << big << false << QString();
    QTest::newRow("HTML instead of an image") << "200 OK"_ba
                                              << "<html>nope</html>"_ba << true << QString();
}

void TestImageLoader::reportsDownloadFailures()
{
    QFETCH(QByteArray, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, declareLength);
    QFETCH(QString, errorContains);

    LoopbackHttpServer server(status, "image/png"_ba, body, declareLength);
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    ApiClient client(&network);
    ImageLoader loader(&client);
    ImageLimits limits;
    limits.maxEncodedBytes = 4096;
    loader.setLimits(limits);
    QSignalSpy failed(&loader, &ImageLoader::imageFailed);
    loader.load({ server.url(u"/image.png"_s).toString() });
    QVERIFY(waitForFinished(loader));

    QCOMPARE(failed.count(), 1);
    const ImageLoadResult result = loader.result(0);
    QCOMPARE(result.state, ImageLoadState::Failed);
    QVERIFY(result.image.isNull());
    QVERIFY(!result.error.isEmpty());
    QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
}

void TestImageLoader::failsUrlWithoutNetwork()
{
    ImageLoader loader(nullptr);
    QSignalSpy failed(&loader, &ImageLoader::imageFailed);
    loader.load({ u"https://images.example.invalid/a.png"_s });
    // Failures are reported asynchronously, never from inside load().
    QCOMPARE(failed.count(), 0);
    QVERIFY(waitForFinished(loader));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(loader.result(0).state, ImageLoadState::Failed);
}

QTEST_MAIN(TestImageLoader)
#include "tst_imageloader.moc"
