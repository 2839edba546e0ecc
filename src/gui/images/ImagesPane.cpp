#include "gui/images/ImagesPane.h"

#include "gui/images/ImageLoader.h"
#include "gui/images/ImageSaver.h"
#include "gui/images/ImageStrip.h"
#include "gui/images/ImageViewer.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QStandardPaths>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

QString filterFor(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png:
        return ImagesPane::tr("PNG image (*.png)");
    case ImageFormat::Jpeg:
        return ImagesPane::tr("JPEG image (*.jpg *.jpeg)");
    case ImageFormat::WebP:
        return ImagesPane::tr("WebP image (*.webp)");
    case ImageFormat::Gif:
        return ImagesPane::tr("GIF image, original (*.gif)");
    case ImageFormat::Unknown:
        break;
    }
    return {};
}

} // namespace

ImagesPane::ImagesPane(ApiClient *client, QWidget *parent)
    : QWidget(parent), m_loader(new ImageLoader(client, this)), m_toolBar(new QToolBar(this)),
      m_viewer(new ImageViewer(this)), m_strip(new ImageStrip(this))
{
    setObjectName(u"imagesPane"_s);
    m_toolBar->setObjectName(u"imagesToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_saveAsAction = new QAction(tr("Save As…"), this);
    m_saveAsAction->setObjectName(u"saveAsAction"_s);
    m_saveAsAction->setToolTip(tr("Save the current image as PNG, JPEG or WebP"));
    m_copyAction = new QAction(tr("Copy"), this);
    m_copyAction->setObjectName(u"copyAction"_s);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyAction->setToolTip(tr("Copy the current image to the clipboard"));
    m_saveAllAction = new QAction(tr("Save All…"), this);
    m_saveAllAction->setObjectName(u"saveAllAction"_s);
    m_saveAllAction->setToolTip(tr("Save every image into a folder"));
    addAction(m_copyAction);

    addToolAction(m_saveAsAction, u"saveAsToolButton"_s);
    addToolAction(m_copyAction, u"copyToolButton"_s);
    addToolAction(m_saveAllAction, u"saveAllToolButton"_s);
    m_toolBar->addSeparator();
    addToolAction(m_viewer->fitToWindowAction(), u"fitToWindowToolButton"_s);
    addToolAction(m_viewer->actualSizeAction(), u"actualSizeToolButton"_s);
    addToolAction(m_viewer->zoomOutAction(), u"zoomOutToolButton"_s);
    addToolAction(m_viewer->zoomInAction(), u"zoomInToolButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_viewer, 1);
    layout->addWidget(m_strip);

    connect(m_saveAsAction, &QAction::triggered, this, &ImagesPane::saveCurrentAs);
    connect(m_copyAction, &QAction::triggered, this, &ImagesPane::copyCurrent);
    connect(m_saveAllAction, &QAction::triggered, this, &ImagesPane::saveAllToFolder);
    connect(m_loader, &ImageLoader::imageReady, this, &ImagesPane::onImageReady);
    connect(m_loader, &ImageLoader::imageFailed, this, &ImagesPane::onImageFailed);
    connect(m_strip, &ImageStrip::currentImageChanged, this, [this](int index) {
        showCurrent();
        Q_EMIT currentImageChanged(index);
    });

    m_lastDir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (m_lastDir.isEmpty()) {
        m_lastDir = QDir::homePath();
    }
    clear();
}

ImagesPane::~ImagesPane() = default;

void ImagesPane::setImages(const QStringList &entries)
{
    m_strip->reset(int(entries.size()));
    m_strip->setVisible(entries.size() > 1);
    m_loader->load(entries);
    if (entries.isEmpty()) {
        showCurrent();
    } else {
        m_strip->setCurrentIndex(0);
    }
    Q_EMIT currentImageChanged(currentIndex());
}

void ImagesPane::clear()
{
    setImages({});
}

int ImagesPane::count() const
{
    return m_loader->count();
}

int ImagesPane::currentIndex() const
{
    return m_strip->currentIndex();
}

void ImagesPane::setCurrentIndex(int index)
{
    m_strip->setCurrentIndex(index);
}

ImageLoader *ImagesPane::loader() const
{
    return m_loader;
}

ImageStrip *ImagesPane::strip() const
{
    return m_strip;
}

ImageViewer *ImagesPane::viewer() const
{
    return m_viewer;
}

Status ImagesPane::saveImage(int index, const QString &path)
{
    if (index < 0 || index >= count()) {
        return Status::failure(tr("There is no image %1.").arg(index + 1));
    }
    return ImageSaver::save(m_loader->result(index), path);
}

SavedImages ImagesPane::saveAll(const QString &dir)
{
    SavedImages saved;
    if (!QFileInfo(dir).isDir()) {
        saved.problems.append(tr("“%1” is not a folder.").arg(QDir::toNativeSeparators(dir)));
        return saved;
    }
    for (int i = 0; i < count(); ++i) {
        const ImageLoadResult result = m_loader->result(i);
        if (result.state != ImageLoadState::Ready) {
            saved.problems.append(tr("Image %1 was skipped: %2")
                                          .arg(i + 1)
                                          .arg(result.state == ImageLoadState::Loading
                                                       ? tr("still loading.")
                                                       : result.error));
            continue;
        }
        const QString path = ImageSaver::uniqueFilePath(dir, u"image-%1"_s.arg(i + 1),
                                                        ImageSaver::suffixFor(result.format));
        if (const Status written = ImageSaver::save(result, path); written) {
            ++saved.count;
        } else {
            saved.problems.append(written.error());
        }
    }
    return saved;
}

void ImagesPane::saveCurrentAs()
{
    const int index = currentIndex();
    const ImageLoadResult result = m_loader->result(index);
    if (result.state != ImageLoadState::Ready) {
        return;
    }
    QStringList filters;
    for (const ImageFormat format : { ImageFormat::Png, ImageFormat::Jpeg, ImageFormat::WebP }) {
        filters.append(filterFor(format));
    }
    if (result.format == ImageFormat::Gif) {
        filters.prepend(filterFor(ImageFormat::Gif));
    }
    QString selectedFilter = filterFor(result.format);
    const QString suggested = QDir(m_lastDir).filePath(
            u"image-%1.%2"_s.arg(index + 1).arg(ImageSaver::suffixFor(result.format)));
    QString path = QFileDialog::getSaveFileName(this, tr("Save Image"), suggested,
                                                filters.join(u";;"_s), &selectedFilter);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        // The filter the user picked decides the type when no suffix was typed.
        for (const ImageFormat format :
             { ImageFormat::Png, ImageFormat::Jpeg, ImageFormat::WebP, ImageFormat::Gif }) {
            if (selectedFilter == filterFor(format)) {
                path += u'.' + ImageSaver::suffixFor(format);
            }
        }
    }
    m_lastDir = QFileInfo(path).absolutePath();
    if (const Status saved = saveImage(index, path); saved) {
        Q_EMIT statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    } else {
        QMessageBox::warning(this, tr("Save Image"), saved.error());
    }
}

void ImagesPane::copyCurrent()
{
    const ImageLoadResult result = m_loader->result(currentIndex());
    if (result.state != ImageLoadState::Ready) {
        return;
    }
    QGuiApplication::clipboard()->setImage(result.image);
    Q_EMIT statusMessage(tr("Image copied to the clipboard."));
}

void ImagesPane::saveAllToFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Save All Images"), m_lastDir);
    if (dir.isEmpty()) {
        return;
    }
    m_lastDir = dir;
    const SavedImages saved = saveAll(dir);
    const QString summary = tr("Saved %n image(s) to %1.", nullptr, saved.count)
                                    .arg(QDir::toNativeSeparators(dir));
    if (saved.problems.isEmpty()) {
        Q_EMIT statusMessage(summary);
    } else {
        QMessageBox::warning(this, tr("Save All Images"),
                             summary + u"\n\n"_s + saved.problems.join(u'\n'));
    }
}

void ImagesPane::onImageReady(int index)
{
    const ImageLoadResult result = m_loader->result(index);
    m_strip->setThumbnail(index, result.thumbnail,
                          tr("Image %1 · %2")
                                  .arg(index + 1)
                                  .arg(ImageViewer::describe(result.pixelSize, result.format,
                                                             result.bytes.size())));
    if (index == currentIndex()) {
        showCurrent();
    }
    updateActions();
}

void ImagesPane::onImageFailed(int index, const QString &error)
{
    m_strip->setError(index, error);
    if (index == currentIndex()) {
        showCurrent();
    }
    updateActions();
}

void ImagesPane::showCurrent()
{
    const int index = currentIndex();
    const ImageLoadResult result = m_loader->result(index);
    if (index < 0 || count() == 0) {
        m_viewer->clear(tr("No images."));
    } else if (result.state == ImageLoadState::Ready) {
        m_viewer->setImage(result.image, result.format, result.bytes.size());
    } else if (result.state == ImageLoadState::Failed) {
        m_viewer->clear(tr("Image %1 could not be shown: %2").arg(index + 1).arg(result.error));
    } else {
        m_viewer->clear(tr("Loading image %1…").arg(index + 1));
    }
    updateActions();
}

void ImagesPane::updateActions()
{
    const bool currentReady = m_loader->result(currentIndex()).state == ImageLoadState::Ready;
    m_saveAsAction->setEnabled(currentReady);
    m_copyAction->setEnabled(currentReady);
    bool anyReady = false;
    for (int i = 0; i < count() && !anyReady; ++i) {
        anyReady = m_loader->result(i).state == ImageLoadState::Ready;
    }
    m_saveAllAction->setEnabled(anyReady);
}

QAction *ImagesPane::addToolAction(QAction *action, const QString &toolButtonName)
{
    m_toolBar->addAction(action);
    if (QWidget *button = m_toolBar->widgetForAction(action)) {
        button->setObjectName(toolButtonName);
    }
    return action;
}

} // namespace callpad
