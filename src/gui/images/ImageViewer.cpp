#include "gui/images/ImageViewer.h"

#include <QAction>
#include <QEvent>
#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

constexpr qreal MinZoom = 0.02;
constexpr qreal MaxZoom = 32.0;
constexpr qreal ZoomStep = 1.25;
constexpr int CheckerCell = 8;

QPixmap checkerboardTexture()
{
    QPixmap texture(2 * CheckerCell, 2 * CheckerCell);
    texture.fill(QColor(0xff, 0xff, 0xff));
    QPainter painter(&texture);
    const QColor grey(0xcc, 0xcc, 0xcc);
    painter.fillRect(0, 0, CheckerCell, CheckerCell, grey);
    painter.fillRect(CheckerCell, CheckerCell, CheckerCell, CheckerCell, grey);
    return texture;
}

QAction *makeAction(QWidget *owner, const QString &objectName, const QString &text,
                    const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(text, owner);
    action->setObjectName(objectName);
    // Standard ZoomOut is Ctrl+- on most platforms: a duplicate would make it ambiguous.
    QList<QKeySequence> unique;
    for (const QKeySequence &shortcut : shortcuts) {
        if (!shortcut.isEmpty() && !unique.contains(shortcut)) {
            unique.append(shortcut);
        }
    }
    action->setShortcuts(unique);
    // The pane may sit next to text editors: shortcuts only apply while the viewer has focus.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

} // namespace

ImageViewer::ImageViewer(QWidget *parent)
    : QWidget(parent), m_scene(new QGraphicsScene(this)), m_view(new QGraphicsView(m_scene, this)),
      m_infoLabel(new QLabel(this))
{
    setObjectName(u"imageViewer"_s);
    m_view->setObjectName(u"imageGraphicsView"_s);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setRenderHints(QPainter::SmoothPixmapTransform | QPainter::Antialiasing);
    m_view->setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    m_view->setResizeAnchor(QGraphicsView::AnchorViewCenter);
    m_view->setAlignment(Qt::AlignCenter);
    m_view->setBackgroundRole(QPalette::Dark);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->viewport()->installEventFilter(this);

    m_backdrop = m_scene->addRect(QRectF(), Qt::NoPen, QBrush(checkerboardTexture()));
    m_backdrop->setZValue(-1);
    m_pixmapItem = m_scene->addPixmap(QPixmap());
    m_pixmapItem->setTransformationMode(Qt::SmoothTransformation);

    m_infoLabel->setObjectName(u"infoLabel"_s);
    m_infoLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_infoLabel);

    m_zoomInAction = makeAction(
            this, u"zoomInAction"_s, tr("Zoom In"),
            { QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(QKeySequence::ZoomIn) });
    m_zoomOutAction = makeAction(
            this, u"zoomOutAction"_s, tr("Zoom Out"),
            { QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence(QKeySequence::ZoomOut) });
    m_actualSizeAction = makeAction(this, u"actualSizeAction"_s, tr("Actual Size"),
                                    { QKeySequence(Qt::CTRL | Qt::Key_0) });
    m_fitAction = makeAction(this, u"fitToWindowAction"_s, tr("Fit to Window"), {});
    m_fitAction->setCheckable(true);
    connect(m_zoomInAction, &QAction::triggered, this, &ImageViewer::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, this, &ImageViewer::zoomOut);
    connect(m_actualSizeAction, &QAction::triggered, this, &ImageViewer::actualSize);
    connect(m_fitAction, &QAction::triggered, this, &ImageViewer::fitToWindow);

    clear();
}

ImageViewer::~ImageViewer() = default;

void ImageViewer::setImage(const QImage &image, ImageFormat format, qint64 encodedBytes)
{
    m_image = image;
    m_pixmapItem->setPixmap(QPixmap::fromImage(image));
    const QRectF bounds(QPointF(0, 0), QSizeF(image.size()));
    m_backdrop->setRect(image.hasAlphaChannel() ? bounds : QRectF());
    m_scene->setSceneRect(bounds);
    m_infoLabel->setText(describe(image.size(), format, encodedBytes));
    m_fit = true;
    applyFit();
}

void ImageViewer::clear(const QString &message)
{
    m_image = QImage();
    m_pixmapItem->setPixmap(QPixmap());
    m_backdrop->setRect(QRectF());
    m_scene->setSceneRect(QRectF());
    m_infoLabel->setText(message);
    m_fit = true;
    applyFit();
}

QImage ImageViewer::image() const
{
    return m_image;
}

qreal ImageViewer::zoom() const
{
    return m_zoom;
}

bool ImageViewer::isFitToWindow() const
{
    return m_fit;
}

QString ImageViewer::infoText() const
{
    return m_infoLabel->text();
}

QGraphicsView *ImageViewer::view() const
{
    return m_view;
}

QAction *ImageViewer::zoomInAction() const
{
    return m_zoomInAction;
}

QAction *ImageViewer::zoomOutAction() const
{
    return m_zoomOutAction;
}

QAction *ImageViewer::actualSizeAction() const
{
    return m_actualSizeAction;
}

QAction *ImageViewer::fitToWindowAction() const
{
    return m_fitAction;
}

QString ImageViewer::describe(QSize pixelSize, ImageFormat format, qint64 encodedBytes)
{
    return tr("%1 × %2 px · %3 · %4")
            .arg(pixelSize.width())
            .arg(pixelSize.height())
            .arg(imageFormatName(format),
                 QLocale().formattedDataSize(encodedBytes, 1, QLocale::DataSizeIecFormat));
}

void ImageViewer::zoomIn()
{
    setZoom(m_zoom * ZoomStep);
}

void ImageViewer::zoomOut()
{
    setZoom(m_zoom / ZoomStep);
}

void ImageViewer::actualSize()
{
    setZoom(1.0);
}

void ImageViewer::fitToWindow()
{
    m_fit = true;
    applyFit();
}

void ImageViewer::setZoom(qreal zoom)
{
    m_fit = false;
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    applyZoom(zoom);
}

bool ImageViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::Resize && m_fit) {
            applyFit();
        } else if (event->type() == QEvent::Wheel) {
            auto *wheel = static_cast<QWheelEvent *>(event);
            if (wheel->modifiers().testFlag(Qt::ControlModifier) && wheel->angleDelta().y() != 0) {
                // Zoom around the cursor, as image viewers do; keyboard zoom keeps the centre.
                m_view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
                if (wheel->angleDelta().y() > 0) {
                    zoomIn();
                } else {
                    zoomOut();
                }
                m_view->setTransformationAnchor(QGraphicsView::AnchorViewCenter);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ImageViewer::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::EnabledChange) {
        updateActions();
    }
}

void ImageViewer::applyZoom(qreal zoom)
{
    const qreal bounded = qBound(MinZoom, zoom, MaxZoom);
    m_view->setTransform(QTransform::fromScale(bounded, bounded));
    const bool changed = !qFuzzyCompare(bounded, m_zoom);
    m_zoom = bounded;
    updateCheckerboard();
    updateActions();
    if (changed) {
        Q_EMIT zoomChanged(m_zoom);
    }
}

void ImageViewer::applyFit()
{
    // Without scroll bars the viewport is the whole view, so a fitted image never
    // triggers the bars that would shrink it again.
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    if (m_image.isNull()) {
        applyZoom(1.0);
        return;
    }
    const QSize area = m_view->viewport()->size();
    const qreal zoom
            = qMin(qreal(area.width()) / m_image.width(), qreal(area.height()) / m_image.height());
    // Small images stay at 100%: upscaling only blurs them.
    applyZoom(qMin(zoom, 1.0));
    m_view->centerOn(m_pixmapItem);
}

void ImageViewer::updateActions()
{
    const bool hasImage = !m_image.isNull();
    m_zoomInAction->setEnabled(hasImage && m_zoom < MaxZoom);
    m_zoomOutAction->setEnabled(hasImage && m_zoom > MinZoom);
    m_actualSizeAction->setEnabled(hasImage);
    m_fitAction->setEnabled(hasImage);
    m_fitAction->setChecked(m_fit);
}

void ImageViewer::updateCheckerboard()
{
    // Counter-scale the texture so the squares keep their on-screen size at any zoom.
    QBrush brush = m_backdrop->brush();
    brush.setTransform(QTransform::fromScale(1.0 / m_zoom, 1.0 / m_zoom));
    m_backdrop->setBrush(brush);
}

} // namespace callpad
