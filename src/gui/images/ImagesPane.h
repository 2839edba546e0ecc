#pragma once

#include "core/Result.h"

#include <QStringList>
#include <QWidget>

class QAction;

class QToolBar;

namespace callpad {

class ApiClient;

class ImageLoader;
class ImageStrip;
class ImageViewer;

// What ImagesPane::saveAll() did: how many images it wrote, and a sentence for each image it did
// not write (or the one reason it wrote none).
struct SavedImages
{
    int count = 0;
    QStringList problems;
};

// The images an Opper call returned: a toolbar (Save as…, Copy, Save all…, zoom), the
// viewer for the current image and a strip of thumbnails. saveImage()/saveAll() work
// without dialogs; only the slots open QFileDialog.
class ImagesPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagesPane)

public:
    // `client` fetches http(s) image URLs (never owned, outlives the pane; may be null).
    explicit ImagesPane(ApiClient *client, QWidget *parent = nullptr);
    ~ImagesPane() override;

    void setImages(const QStringList &entries);
    void clear();
    int count() const;
    int currentIndex() const;
    void setCurrentIndex(int index);

    ImageLoader *loader() const;
    ImageStrip *strip() const;
    ImageViewer *viewer() const;

    // Format from the suffix of `path`; same format as the source keeps the original bytes.
    Status saveImage(int index, const QString &path);
    // Writes every loaded image as image-<n>.<original suffix> into `dir`, never replacing
    // an existing file. Some may be written and others not, so the outcome is a count and a
    // list rather than a Result.
    SavedImages saveAll(const QString &dir);

public Q_SLOTS:
    void saveCurrentAs();
    void copyCurrent();
    void saveAllToFolder();

Q_SIGNALS:
    void currentImageChanged(int index);
    // A short confirmation for a status bar ("Saved 3 images to …").
    void statusMessage(const QString &message);

private:
    void onImageReady(int index);
    void onImageFailed(int index, const QString &error);
    void showCurrent();
    void updateActions();
    QAction *addToolAction(QAction *action, const QString &toolButtonName);

    ImageLoader *m_loader = nullptr;
    QToolBar *m_toolBar = nullptr;
    ImageViewer *m_viewer = nullptr;
    ImageStrip *m_strip = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_saveAllAction = nullptr;
    QString m_lastDir;
};

} // namespace callpad
