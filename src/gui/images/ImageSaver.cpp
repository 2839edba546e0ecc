#include "gui/images/ImageSaver.h"

#include "core/AtomicFile.h"
#include "gui/images/ImageDecoder.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace callpad {

ImageFormat ImageSaver::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png") {
        return ImageFormat::Png;
    }
    if (suffix == u"jpg" || suffix == u"jpeg") {
        return ImageFormat::Jpeg;
    }
    if (suffix == u"webp") {
        return ImageFormat::WebP;
    }
    if (suffix == u"gif") {
        return ImageFormat::Gif;
    }
    return ImageFormat::Unknown;
}

QString ImageSaver::suffixFor(ImageFormat format)
{
    return format == ImageFormat::Unknown ? QString() : imageFileSuffix(format);
}

QString ImageSaver::uniqueFilePath(const QString &dir, const QString &baseName,
                                   const QString &suffix)
{
    const QDir directory(dir);
    const QString dotSuffix = suffix.isEmpty() ? QString() : u"."_s + suffix;
    QString candidate = directory.filePath(baseName + dotSuffix);
    for (int n = 2; QFileInfo::exists(candidate); ++n) {
        candidate
                = directory.filePath(baseName + u" ("_s + QString::number(n) + u")"_s + dotSuffix);
    }
    return candidate;
}

Result<QByteArray> ImageSaver::encode(const ImageLoadResult &result, ImageFormat format)
{
    using Bytes = Result<QByteArray>;
    if (result.state != ImageLoadState::Ready || result.image.isNull()) {
        return Bytes::failure(result.error.isEmpty() ? tr("The image has not finished loading.")
                                                     : result.error);
    }
    if (format == result.format && !result.bytes.isEmpty()) {
        return result.bytes;
    }
    if (format == ImageFormat::Gif || format == ImageFormat::Unknown) {
        return Bytes::failure(tr("Images can be converted to PNG, JPEG or WebP only."));
    }

    QImage image = result.image;
    if (format == ImageFormat::Jpeg && image.hasAlphaChannel()) {
        // JPEG has no alpha: flatten onto white rather than letting transparency turn black.
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        image = flat;
    }

    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, ImageDecoder::qtFormatName(format));
    if (format == ImageFormat::Jpeg) {
        writer.setQuality(92);
    } else if (format == ImageFormat::WebP) {
        writer.setQuality(90);
    }
    if (!writer.write(image)) {
        return Bytes::failure(tr("Encoding the image as %1 failed: %2")
                                      .arg(imageFormatName(format), writer.errorString()));
    }
    return data;
}

Status ImageSaver::save(const ImageLoadResult &result, const QString &path)
{
    ImageFormat format = formatForPath(path);
    if (format == ImageFormat::Unknown) {
        if (!QFileInfo(path).suffix().isEmpty()) {
            return Status::failure(tr("Unsupported file type “.%1”; use .png, .jpg or .webp.")
                                           .arg(QFileInfo(path).suffix()));
        }
        format = result.format;
    }
    const Result<QByteArray> data = encode(result, format);
    if (!data) {
        return Status::failure(data.error());
    }
    return writeFileAtomically(path, *data);
}

} // namespace callpad
