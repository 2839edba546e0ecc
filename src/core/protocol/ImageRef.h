#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QUrl>

namespace callpad {

enum class ImageSource { HttpUrl, DataUrl, Base64, Invalid };
enum class ImageFormat { Unknown, Png, Jpeg, Gif, WebP };

// What one entry of a response's `images` is, decided without decoding the whole image: the API
// sends URLs (possibly presigned and expiring) or raw base64 without a data: prefix.
struct ImageRef
{
    Q_DECLARE_TR_FUNCTIONS(callpad::ImageRef)

public:
    ImageSource source = ImageSource::Invalid;
    QUrl url; // HttpUrl only
    QString mimeType; // from a data URL's header, else from the format
    ImageFormat format = ImageFormat::Unknown; // sniffed from the bytes (for a URL: its suffix)
    QString error; // Invalid only, translated
};

ImageRef classifyImage(QStringView entry);

// PNG, JPEG, GIF87a/89a or RIFF....WEBP from the first bytes.
ImageFormat sniffImageFormat(const QByteArray &bytes);

// The bytes of a data URL or raw base64 entry; whitespace and line breaks are tolerated, as is
// the base64url alphabet. A failure for a URL or invalid data.
Result<QByteArray> decodeImageData(QStringView entry);

QString imageFormatName(ImageFormat format); // "PNG", "JPEG", "GIF", "WebP"; empty for Unknown
QString imageFileSuffix(ImageFormat format); // "png", "jpg", "gif", "webp"; "bin" for Unknown
QString imageMimeType(ImageFormat format); // "image/png", ...; empty for Unknown

} // namespace callpad
