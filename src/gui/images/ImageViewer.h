#pragma once

#include "core/protocol/ImageRef.h"

#include <QImage>
#include <QWidget>

class QAction;
class QGraphicsPixmapItem;
class QGraphicsRectItem;
class QGraphicsScene;
class QGraphicsView;
class QLabel;

namespace callpad {

// Shows one image: fit-to-window by default, zoom (Ctrl+= / Ctrl+- / Ctrl+wheel),
// 100% (Ctrl+0), drag to pan, a checkerboard behind transparent pixels and an info
// line "1024 × 1024 px · PNG · 1.2 MiB".
class ImageViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageViewer)

public:
    explicit ImageViewer(QWidget *parent = nullptr);
    ~ImageViewer() override;

    void setImage(const QImage &image, ImageFormat format, qint64 encodedBytes);
    // No image; `message` (loading, an error) is shown in the info line.
    void clear(const QString &message = QString());

    QImage image() const;
    qreal zoom() const;
    bool isFitToWindow() const;
    QString infoText() const;
    QGraphicsView *view() const;

    QAction *zoomInAction() const;
    QAction *zoomOutAction() const;
    QAction *actualSizeAction() const;
    QAction *fitToWindowAction() const;

    static QString describe(QSize pixelSize, ImageFormat format, qint64 encodedBytes);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void actualSize();
    void fitToWindow();
    void setZoom(qreal zoom);

Q_SIGNALS:
    void zoomChanged(qreal zoom);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyZoom(qreal zoom);
    void applyFit();
    void updateActions();
    void updateCheckerboard();

    QGraphicsScene *m_scene = nullptr;
    QGraphicsView *m_view = nullptr;
    QGraphicsRectItem *m_backdrop = nullptr;
    QGraphicsPixmapItem *m_pixmapItem = nullptr;
    QLabel *m_infoLabel = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_actualSizeAction = nullptr;
    QAction *m_fitAction = nullptr;
    QImage m_image;
    qreal m_zoom = 1.0;
    bool m_fit = true;
};

} // namespace callpad
