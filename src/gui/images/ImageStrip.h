#pragma once

#include <QImage>
#include <QWidget>

class QListWidget;

namespace callpad {

// A horizontal row of thumbnails: a loading tile per entry, replaced by the thumbnail
// or by a red error tile whose tooltip carries the error.
class ImageStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageStrip)

public:
    enum class Tile { Loading, Image, Error };

    explicit ImageStrip(QWidget *parent = nullptr);
    ~ImageStrip() override;

    // Replaces all tiles with `count` loading tiles.
    void reset(int count);
    void setThumbnail(int index, const QImage &thumbnail, const QString &toolTip);
    void setError(int index, const QString &error);

    int count() const;
    Tile tile(int index) const;
    QString toolTip(int index) const;
    int currentIndex() const;
    void setCurrentIndex(int index);
    QListWidget *listWidget() const;

Q_SIGNALS:
    void currentImageChanged(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    QPixmap placeholderTile() const;
    QPixmap errorTile() const;
    QPixmap thumbnailTile(const QImage &thumbnail) const;
    void repaintPlaceholders();

    QListWidget *m_list = nullptr;
};

} // namespace callpad
