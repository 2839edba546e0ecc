#include "gui/images/ImageStrip.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPainter>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

constexpr int TileEdge = 96;
constexpr int TileStateRole = Qt::UserRole + 1;
constexpr int ThumbnailRole = Qt::UserRole + 2;

} // namespace

ImageStrip::ImageStrip(QWidget *parent) : QWidget(parent), m_list(new QListWidget(this))
{
    setObjectName(u"imageStrip"_s);
    m_list->setObjectName(u"thumbnailsListWidget"_s);
    m_list->setViewMode(QListView::IconMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setMovement(QListView::Static);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setIconSize(QSize(TileEdge, TileEdge));
    m_list->setGridSize(QSize(TileEdge + 12, TileEdge + 12));
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAccessibleName(tr("Image thumbnails"));
    const int height = TileEdge + 16 + m_list->horizontalScrollBar()->sizeHint().height()
            + 2 * m_list->frameWidth();
    m_list->setFixedHeight(height);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);

    connect(m_list, &QListWidget::currentRowChanged, this, &ImageStrip::currentImageChanged);
}

ImageStrip::~ImageStrip() = default;

void ImageStrip::reset(int count)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QPixmap placeholder = placeholderTile();
    for (int i = 0; i < count; ++i) {
        auto *item = new QListWidgetItem(QIcon(placeholder), QString(), m_list);
        item->setData(TileStateRole, int(Tile::Loading));
        item->setToolTip(tr("Image %1: loading…").arg(i + 1));
        item->setSizeHint(QSize(TileEdge + 8, TileEdge + 8));
    }
}

void ImageStrip::setThumbnail(int index, const QImage &thumbnail, const QString &toolTip)
{
    QListWidgetItem *item = m_list->item(index);
    if (!item) {
        return;
    }
    item->setIcon(QIcon(thumbnailTile(thumbnail)));
    item->setData(TileStateRole, int(Tile::Image));
    item->setData(ThumbnailRole, thumbnail);
    item->setToolTip(toolTip);
}

void ImageStrip::setError(int index, const QString &error)
{
    QListWidgetItem *item = m_list->item(index);
    if (!item) {
        return;
    }
    item->setIcon(QIcon(errorTile()));
    item->setData(TileStateRole, int(Tile::Error));
    item->setToolTip(error);
}

int ImageStrip::count() const
{
    return m_list->count();
}

ImageStrip::Tile ImageStrip::tile(int index) const
{
    const QListWidgetItem *item = m_list->item(index);
    return item ? Tile(item->data(TileStateRole).toInt()) : Tile::Loading;
}

QString ImageStrip::toolTip(int index) const
{
    const QListWidgetItem *item = m_list->item(index);
    return item ? item->toolTip() : QString();
}

int ImageStrip::currentIndex() const
{
    return m_list->currentRow();
}

void ImageStrip::setCurrentIndex(int index)
{
    m_list->setCurrentRow(index);
}

QListWidget *ImageStrip::listWidget() const
{
    return m_list;
}

void ImageStrip::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        repaintPlaceholders();
    }
}

void ImageStrip::repaintPlaceholders()
{
    // Tiles are pixmaps painted from the palette: redraw them when dark mode toggles.
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        switch (Tile(item->data(TileStateRole).toInt())) {
        case Tile::Loading:
            item->setIcon(QIcon(placeholderTile()));
            break;
        case Tile::Error:
            item->setIcon(QIcon(errorTile()));
            break;
        case Tile::Image:
            item->setIcon(QIcon(thumbnailTile(item->data(ThumbnailRole).value<QImage>())));
            break;
        }
    }
}

QPixmap ImageStrip::placeholderTile() const
{
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(QSize(TileEdge, TileEdge) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
    painter.setBrush(palette().color(QPalette::AlternateBase));
    painter.drawRoundedRect(QRectF(0.5, 0.5, TileEdge - 1, TileEdge - 1), 6, 6);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(QRect(0, 0, TileEdge, TileEdge), Qt::AlignCenter, tr("Loading…"));
    return pixmap;
}

QPixmap ImageStrip::errorTile() const
{
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(QSize(TileEdge, TileEdge) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor red(0xd3, 0x2f, 0x2f);
    QColor tint = red;
    tint.setAlpha(60);
    painter.setPen(QPen(red, 1.5));
    painter.setBrush(tint);
    painter.drawRoundedRect(QRectF(1, 1, TileEdge - 2, TileEdge - 2), 6, 6);
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QRect(0, 0, TileEdge, TileEdge), Qt::AlignCenter, tr("Error"));
    return pixmap;
}

QPixmap ImageStrip::thumbnailTile(const QImage &thumbnail) const
{
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(QSize(TileEdge, TileEdge) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QSize fitted = thumbnail.size().scaled(QSize(TileEdge, TileEdge), Qt::KeepAspectRatio);
    const QRect target(QPoint((TileEdge - fitted.width()) / 2, (TileEdge - fitted.height()) / 2),
                       fitted);
    painter.drawImage(target, thumbnail);
    return pixmap;
}

} // namespace callpad
