#include "TestImages.h"

#include "gui/images/ImageViewer.h"

#include <QAction>
#include <QGraphicsView>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <memory>

using namespace Qt::StringLiterals;
using namespace callpad;
using namespace callpad::test;

class TestImageViewer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fitsLargeImageByDefault();
    void smallImageIsNotUpscaled();
    void zoomInAndOutChangeScale();
    void actualSizeAndBackToFit();
    void refitsOnResize();
    void keyboardShortcuts_data();
    void keyboardShortcuts();
    void ctrlWheelZooms();
    void checkerboardBehindTransparency();
    void describesImage_data();
    void describesImage();

private:
    qreal expectedFit(QSize imageSize) const;

    std::unique_ptr<ImageViewer> m_viewer;
};

void TestImageViewer::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestImageViewer::init()
{
    m_viewer = std::make_unique<ImageViewer>();
    m_viewer->resize(400, 300);
    m_viewer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_viewer.get()));
}

void TestImageViewer::cleanup()
{
    m_viewer.reset();
}

qreal TestImageViewer::expectedFit(QSize imageSize) const
{
    const QSize area = m_viewer->view()->viewport()->size();
    return qMin(qreal(area.width()) / imageSize.width(), qreal(area.height()) / imageSize.height());
}

void TestImageViewer::fitsLargeImageByDefault()
{
    m_viewer->setImage(makeImage(QSize(2000, 1000)), ImageFormat::Png, 1234);
    QVERIFY(m_viewer->isFitToWindow());
    QVERIFY(m_viewer->zoom() < 1.0);
    QVERIFY(qFuzzyCompare(m_viewer->zoom(), expectedFit(QSize(2000, 1000))));
    const QSize area = m_viewer->view()->viewport()->size();
    QVERIFY(m_viewer->zoom() * 2000 <= area.width() + 0.5);
    QVERIFY(m_viewer->zoom() * 1000 <= area.height() + 0.5);
}

void TestImageViewer::smallImageIsNotUpscaled()
{
    m_viewer->setImage(makeImage(QSize(50, 40)), ImageFormat::Png, 100);
    QVERIFY(m_viewer->isFitToWindow());
    QCOMPARE(m_viewer->zoom(), 1.0);
}

void TestImageViewer::zoomInAndOutChangeScale()
{
    m_viewer->setImage(makeImage(QSize(800, 600)), ImageFormat::Jpeg, 5000);
    QSignalSpy changed(m_viewer.get(), &ImageViewer::zoomChanged);
    const qreal fitted = m_viewer->zoom();

    m_viewer->zoomIn();
    QVERIFY(m_viewer->zoom() > fitted);
    QVERIFY(!m_viewer->isFitToWindow());
    QCOMPARE(m_viewer->view()->transform().m11(), m_viewer->zoom());

    m_viewer->zoomOut();
    m_viewer->zoomOut();
    QVERIFY(m_viewer->zoom() < fitted);
    QCOMPARE(changed.count(), 3);
}

void TestImageViewer::actualSizeAndBackToFit()
{
    m_viewer->setImage(makeImage(QSize(1600, 1200)), ImageFormat::Png, 1);
    const qreal fitted = m_viewer->zoom();
    QVERIFY(fitted < 1.0);

    m_viewer->actualSizeAction()->trigger();
    QCOMPARE(m_viewer->zoom(), 1.0);
    QVERIFY(!m_viewer->isFitToWindow());
    QVERIFY(!m_viewer->fitToWindowAction()->isChecked());

    m_viewer->fitToWindowAction()->trigger();
    QVERIFY(m_viewer->isFitToWindow());
    QVERIFY(qFuzzyCompare(m_viewer->zoom(), fitted));
}

void TestImageViewer::refitsOnResize()
{
    m_viewer->setImage(makeImage(QSize(1600, 1200)), ImageFormat::Png, 1);
    const qreal before = m_viewer->zoom();
    m_viewer->resize(800, 600);
    QTRY_VERIFY(m_viewer->zoom() > before);
    QVERIFY(qFuzzyCompare(m_viewer->zoom(), expectedFit(QSize(1600, 1200))));
}

void TestImageViewer::keyboardShortcuts_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("direction"); // +1 zooms in, -1 zooms out, 0 shows 100%

    QTest::newRow("Ctrl+= zooms in") << int(Qt::Key_Equal) << 1;
    QTest::newRow("Ctrl++ zooms in") << int(Qt::Key_Plus) << 1;
    QTest::newRow("Ctrl+- zooms out") << int(Qt::Key_Minus) << -1;
    QTest::newRow("Ctrl+0 shows 100%") << int(Qt::Key_0) << 0;
}

void TestImageViewer::keyboardShortcuts()
{
    QFETCH(int, key);
    QFETCH(int, direction);

    m_viewer->setImage(makeImage(QSize(1000, 1000)), ImageFormat::Png, 1);
    m_viewer->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_viewer.get()));
    m_viewer->view()->setFocus();
    QTRY_VERIFY(m_viewer->view()->hasFocus());
    const qreal before = m_viewer->zoom();

    QTest::keyClick(m_viewer->view(), Qt::Key(key), Qt::ControlModifier);
    if (direction > 0) {
        QVERIFY(m_viewer->zoom() > before);
    } else if (direction < 0) {
        QVERIFY(m_viewer->zoom() < before);
    } else {
        QCOMPARE(m_viewer->zoom(), 1.0);
    }
}

void TestImageViewer::ctrlWheelZooms()
{
    m_viewer->setImage(makeImage(QSize(1000, 800)), ImageFormat::Png, 1);
    QWidget *viewport = m_viewer->view()->viewport();
    const QPointF centre = QRectF(viewport->rect()).center();
    const qreal before = m_viewer->zoom();

    QWheelEvent up(centre, viewport->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                   Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(viewport, &up);
    QVERIFY(m_viewer->zoom() > before);

    const qreal zoomedIn = m_viewer->zoom();
    QWheelEvent down(centre, viewport->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton,
                     Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(viewport, &down);
    QVERIFY(m_viewer->zoom() < zoomedIn);

    // Without Ctrl the wheel scrolls and leaves the zoom alone.
    const qreal unchanged = m_viewer->zoom();
    QWheelEvent plain(centre, viewport->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(viewport, &plain);
    QCOMPARE(m_viewer->zoom(), unchanged);
}

void TestImageViewer::checkerboardBehindTransparency()
{
    QImage transparent(200, 200, QImage::Format_ARGB32);
    transparent.fill(Qt::transparent);
    m_viewer->setImage(transparent, ImageFormat::Png, 1);
    QCOMPARE(m_viewer->zoom(), 1.0);

    const QImage shot = m_viewer->view()->viewport()->grab().toImage();
    const QPoint centre = shot.rect().center();
    const QColor pixel = shot.pixelColor(centre);
    const QColor background = m_viewer->view()->palette().color(QPalette::Dark);
    QVERIFY2(pixel == QColor(0xff, 0xff, 0xff) || pixel == QColor(0xcc, 0xcc, 0xcc),
             qPrintable(pixel.name()));
    QVERIFY(pixel != background);
}

void TestImageViewer::describesImage_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<ImageFormat>("format");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("1024 PNG of 1.2 MiB") << QSize(1024, 1024) << ImageFormat::Png << qint64(1258291)
                                         << u"1024 × 1024 px · PNG · 1.2 MiB"_s;
    QTest::newRow("small JPEG in KiB") << QSize(640, 480) << ImageFormat::Jpeg << qint64(51200)
                                       << u"640 × 480 px · JPEG · 50.0 KiB"_s;
    QTest::newRow("WebP in bytes")
            << QSize(1, 2) << ImageFormat::WebP << qint64(300) << u"1 × 2 px · WebP · 300 bytes"_s;
}

void TestImageViewer::describesImage()
{
    QFETCH(QSize, size);
    QFETCH(ImageFormat, format);
    QFETCH(qint64, bytes);
    QFETCH(QString, expected);

    QCOMPARE(ImageViewer::describe(size, format, bytes), expected);
    m_viewer->setImage(makeImage(size), format, bytes);
    QCOMPARE(m_viewer->infoText(), expected);
}

QTEST_MAIN(TestImageViewer)
#include "tst_imageviewer.moc"
