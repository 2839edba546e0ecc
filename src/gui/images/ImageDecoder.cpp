#include "gui/images/ImageDecoder.h"

#include <QBuffer>
#include <QImageReader>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace callpad {

QByteArray ImageDecoder::qtFormatName(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png:
        return "png"_ba;
    case ImageFormat::Jpeg:
        return "jpeg"_ba;
    case ImageFormat::Gif:
        return "gif"_ba;
    case ImageFormat::WebP:
        return "webp"_ba;
    case ImageFormat::Unknown:
        break;
    }
    return {};
}

QString ImageDecoder::tooLargeMessage(qint64 limitBytes)
{
    return tr("The image is larger than the %1 limit.")
            .arg(QLocale().formattedDataSize(limitBytes, 1, QLocale::DataSizeIecFormat));
}

ImageLoadResult ImageDecoder::decodeEntry(int index, const QString &entry,
                                          const ImageLimits &limits)
{
    // Base64 grows data by 4/3; reject before decoding so a huge entry costs no copy.
    const qint64 maxEntryChars = limits.maxEncodedBytes / 3 * 4 + 4096;
    if (entry.size() > maxEntryChars) {
        return ImageLoadResult::failure(index, tooLargeMessage(limits.maxEncodedBytes));
    }
    const ImageRef ref = classifyImage(entry);
    if (ref.source == ImageSource::Invalid) {
        return ImageLoadResult::failure(
                index, ref.error.isEmpty() ? tr("The entry is not an image.") : ref.error);
    }
    if (ref.source == ImageSource::HttpUrl) {
        return ImageLoadResult::failure(index, tr("The image URL must be downloaded first."));
    }
    const Result<QByteArray> bytes = decodeImageData(entry);
    if (!bytes) {
        return ImageLoadResult::failure(index, bytes.error());
    }
    return decodeBytes(index, *bytes, limits);
}

ImageLoadResult ImageDecoder::decodeBytes(int index, const QByteArray &bytes,
                                          const ImageLimits &limits)
{
    if (bytes.isEmpty()) {
        return ImageLoadResult::failure(index, tr("The image is empty."));
    }
    if (bytes.size() > limits.maxEncodedBytes) {
        return ImageLoadResult::failure(index, tooLargeMessage(limits.maxEncodedBytes));
    }
    // Only the formats an Opper model returns: never hand untrusted bytes to every
    // installed plugin (SVG, TIFF, ...).
    const ImageFormat format = sniffImageFormat(bytes);
    if (format == ImageFormat::Unknown) {
        return ImageLoadResult::failure(
                index, tr("Unsupported image format; PNG, JPEG, GIF and WebP are supported."));
    }

    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, qtFormatName(format));
    reader.setDecideFormatFromContent(false);
    reader.setAutoTransform(true);
    if (!reader.canRead()) {
        return ImageLoadResult::failure(
                index,
                tr("The %1 image cannot be read (is the image plugin installed?).")
                        .arg(imageFormatName(format)));
    }
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty()) {
        return ImageLoadResult::failure(
                index,
                tr("The %1 image has no valid size: %2")
                        .arg(imageFormatName(format), reader.errorString()));
    }
    const qint64 pixels = qint64(size.width()) * size.height();
    if (pixels > limits.maxPixels) {
        return ImageLoadResult::failure(index,
                                        tr("The image is %1 × %2 px, above the limit of %3 pixels.")
                                                .arg(size.width())
                                                .arg(size.height())
                                                .arg(QLocale().toString(limits.maxPixels)));
    }

    // Qt refuses allocations over its own process-wide limit (256 MiB by default); say
    // so plainly instead of reporting the refusal as a damaged file.
    const qint64 allocationLimit = qint64(QImageReader::allocationLimit()) * 1024 * 1024;
    if (allocationLimit > 0 && pixels * 4 > allocationLimit) {
        return ImageLoadResult::failure(index,
                                        tr("The image is %1 × %2 px, too large to decode.")
                                                .arg(size.width())
                                                .arg(size.height()));
    }

    QImage image;
    if (!reader.read(&image) || image.isNull()) {
        return ImageLoadResult::failure(
                index,
                tr("The %1 image is damaged: %2")
                        .arg(imageFormatName(format), reader.errorString()));
    }

    ImageLoadResult result;
    result.index = index;
    result.state = ImageLoadState::Ready;
    result.bytes = bytes;
    result.format = format;
    result.pixelSize = image.size();
    const int edge = qMax(1, limits.thumbnailSize);
    result.thumbnail = (image.width() > edge || image.height() > edge)
            ? image.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            : image;
    result.image = std::move(image);
    return result;
}

} // namespace callpad
