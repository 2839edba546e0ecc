#include "TestImages.h"
#include "core/client/ApiClient.h"

#include "gui/images/ImageLoader.h"
#include "gui/images/ImageStrip.h"
#include "gui/images/ImageViewer.h"
#include "gui/images/ImagesPane.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QImageReader>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace callpad;
using namespace callpad::test;

class TestImagesPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsOneTilePerEntry();
    void brokenEntryGetsErrorTile();
    void selectingThumbnailShowsIt();
    void saveImageRoundTrips_data();
    void saveImageRoundTrips();
    void saveImageRejectsBadTargets_data();
    void saveImageRejectsBadTargets();
    void saveAllDoesNotOverwrite();
    void saveAllReportsFailedImages();
    void copyPutsImageOnClipboard();
    void clearEmptiesPane();

private:
    bool loadAll(const QStringList &entries);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ImagesPane> m_pane;
};

void TestImagesPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestImagesPane::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_pane = std::make_unique<ImagesPane>(m_client.get());
    m_pane->resize(640, 480);
}

void TestImagesPane::cleanup()
{
    m_pane.reset();
    m_client.reset();
    m_network.reset();
}

bool TestImagesPane::loadAll(const QStringList &entries)
{
    QSignalSpy finished(m_pane->loader(), &ImageLoader::finished);
    m_pane->setImages(entries);
    return finished.wait(10000);
}

void TestImagesPane::showsOneTilePerEntry()
{
    const QStringList entries = { toBase64(pngBytes(QSize(40, 30))),
                                  toDataUrl(jpegBytes(QSize(50, 50)), u"image/jpeg"_s),
                                  toDataUrl(pngBytes(QSize(10, 90), true), u"image/png"_s) };
    m_pane->setImages(entries);
    auto *list = m_pane->findChild<QListWidget *>(u"thumbnailsListWidget"_s);
    QVERIFY(list);
    QCOMPARE(m_pane->count(), 3);
    QCOMPARE(list->count(), 3);
    QCOMPARE(m_pane->strip()->tile(0), ImageStrip::Tile::Loading);
    QCOMPARE(m_pane->currentIndex(), 0);

    QTRY_COMPARE_WITH_TIMEOUT(m_pane->loader()->pendingCount(), 0, 10000);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(m_pane->strip()->tile(i), ImageStrip::Tile::Image);
        QVERIFY(!list->item(i)->icon().isNull());
    }
    QCOMPARE(m_pane->viewer()->image().size(), QSize(40, 30));
}

void TestImagesPane::brokenEntryGetsErrorTile()
{
    QVERIFY(loadAll({ toBase64(pngBytes(QSize(16, 16))), u"definitely-not-base64-!!"_s }));

    QCOMPARE(m_pane->strip()->tile(0), ImageStrip::Tile::Image);
    QCOMPARE(m_pane->strip()->tile(1), ImageStrip::Tile::Error);
    const QString error = m_pane->loader()->result(1).error;
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_pane->strip()->toolTip(1), error);

    m_pane->setCurrentIndex(1);
    QVERIFY(m_pane->viewer()->image().isNull());
    QVERIFY(m_pane->viewer()->infoText().contains(error));
    QVERIFY(!m_pane->findChild<QAction *>(u"saveAsAction"_s)->isEnabled());
}

void TestImagesPane::selectingThumbnailShowsIt()
{
    const QByteArray jpeg = jpegBytes(QSize(120, 80));
    QVERIFY(loadAll({ toBase64(pngBytes(QSize(64, 48))), toDataUrl(jpeg, u"image/jpeg"_s) }));
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));

    QSignalSpy changed(m_pane.get(), &ImagesPane::currentImageChanged);
    auto *list = m_pane->findChild<QListWidget *>(u"thumbnailsListWidget"_s);
    QVERIFY(list);
    const QRect tile = list->visualItemRect(list->item(1));
    QVERIFY(tile.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, tile.center());

    QCOMPARE(m_pane->currentIndex(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toInt(), 1);
    QCOMPARE(m_pane->viewer()->image().size(), QSize(120, 80));
    const QString info = m_pane->viewer()->infoText();
    QCOMPARE(info, ImageViewer::describe(QSize(120, 80), ImageFormat::Jpeg, jpeg.size()));
    QVERIFY2(info.startsWith(u"120 × 80 px · JPEG · "_s), qPrintable(info));
}

void TestImagesPane::saveImageRoundTrips_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("expectedReaderFormat");
    QTest::addColumn<bool>("keepsOriginalBytes");

    const QByteArray png = pngBytes(QSize(90, 60), true);
    const QByteArray jpeg = jpegBytes(QSize(75, 45));
    QTest::newRow("PNG as PNG keeps the bytes") << png << u"out.png"_s << "png"_ba << true;
    QTest::newRow("PNG as JPEG") << png << u"out.jpg"_s << "jpeg"_ba << false;
    QTest::newRow("PNG as WebP") << png << u"out.webp"_s << "webp"_ba << false;
    QTest::newRow("JPEG as JPEG keeps the bytes") << jpeg << u"out.jpeg"_s << "jpeg"_ba << true;
    QTest::newRow("JPEG as PNG") << jpeg << u"out.PNG"_s << "png"_ba << false;
    QTest::newRow("no suffix keeps the source format") << jpeg << u"out"_s << "jpeg"_ba << true;
}

void TestImagesPane::saveImageRoundTrips()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, expectedReaderFormat);
    QFETCH(bool, keepsOriginalBytes);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(loadAll({ toBase64(source) }));
    const QSize size = m_pane->loader()->result(0).pixelSize;

    const QString path = dir.filePath(fileName);
    const Status saved = m_pane->saveImage(0, path);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QVERIFY(saved.error().isEmpty());

    QImageReader reader(path);
    QCOMPARE(reader.format(), expectedReaderFormat);
    const QImage reloaded = reader.read();
    QCOMPARE(reloaded.size(), size);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll() == source, keepsOriginalBytes);
}

void TestImagesPane::saveImageRejectsBadTargets_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("fileName");

    QTest::newRow("unsupported suffix") << 0 << u"out.bmp"_s;
    QTest::newRow("PNG converted to GIF") << 0 << u"out.gif"_s;
    QTest::newRow("image that failed to load") << 2 << u"out.png"_s;
    QTest::newRow("index out of range") << 7 << u"out.png"_s;
    QTest::newRow("folder does not exist") << 0 << u"missing-folder/out.png"_s;
}

void TestImagesPane::saveImageRejectsBadTargets()
{
    QFETCH(int, index);
    QFETCH(QString, fileName);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(loadAll({ toBase64(pngBytes(QSize(8, 8))), toBase64(gifBytes()), u"broken"_s }));

    const QString path = dir.filePath(fileName);
    const Status refused = m_pane->saveImage(index, path);
    QVERIFY(!refused);
    QVERIFY(!refused.error().isEmpty());
    QVERIFY(!QFile::exists(path));
    // A GIF can still be saved unchanged.
    const Status gif = m_pane->saveImage(1, dir.filePath(u"same.gif"_s));
    QVERIFY2(gif.ok(), qPrintable(gif.error()));
}

void TestImagesPane::saveAllDoesNotOverwrite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString existing = dir.filePath(u"image-1.png"_s);
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    const QByteArray png = pngBytes(QSize(20, 10));
    const QByteArray jpeg = jpegBytes(QSize(30, 40));
    QVERIFY(loadAll({ toBase64(png), toBase64(jpeg) }));

    const SavedImages saved = m_pane->saveAll(dir.path());
    QCOMPARE(saved.count, 2);
    QVERIFY2(saved.problems.isEmpty(), qPrintable(saved.problems.join(u'\n')));

    QFile kept(existing);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), "keep me"_ba);
    QFile renamed(dir.filePath(u"image-1 (2).png"_s));
    QVERIFY(renamed.open(QIODevice::ReadOnly));
    QCOMPARE(renamed.readAll(), png);
    QCOMPARE(QImage(dir.filePath(u"image-2.jpg"_s)).size(), QSize(30, 40));

    // Saving again adds another suffix rather than replacing the previous copies.
    QCOMPARE(m_pane->saveAll(dir.path()).count, 2);
    QVERIFY(QFile::exists(dir.filePath(u"image-1 (3).png"_s)));
    QVERIFY(QFile::exists(dir.filePath(u"image-2 (2).jpg"_s)));
}

void TestImagesPane::saveAllReportsFailedImages()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(loadAll({ u"not an image"_s, toBase64(pngBytes(QSize(5, 5))) }));

    const SavedImages saved = m_pane->saveAll(dir.path());
    QCOMPARE(saved.count, 1);
    QVERIFY(!saved.problems.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(u"image-1.png"_s)));
    QVERIFY(QFile::exists(dir.filePath(u"image-2.png"_s)));

    const SavedImages none = m_pane->saveAll(dir.filePath(u"no-such-folder"_s));
    QCOMPARE(none.count, 0);
    QVERIFY(!none.problems.isEmpty());
}

void TestImagesPane::copyPutsImageOnClipboard()
{
    QVERIFY(loadAll({ toBase64(pngBytes(QSize(33, 44))) }));
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    auto *button = m_pane->findChild<QToolButton *>(u"copyToolButton"_s);
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->image().size(), QSize(33, 44));
}

void TestImagesPane::clearEmptiesPane()
{
    QVERIFY(loadAll({ toBase64(pngBytes(QSize(12, 12))) }));
    QVERIFY(!m_pane->viewer()->image().isNull());
    m_pane->clear();
    QCOMPARE(m_pane->count(), 0);
    QCOMPARE(m_pane->strip()->count(), 0);
    QVERIFY(m_pane->viewer()->image().isNull());
    QVERIFY(!m_pane->findChild<QAction *>(u"saveAllAction"_s)->isEnabled());
}

QTEST_MAIN(TestImagesPane)
#include "tst_imagespane.moc"
