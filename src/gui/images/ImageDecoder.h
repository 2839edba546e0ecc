#pragma once

#include "gui/images/ImageLoadResult.h"

#include <QCoreApplication>

namespace callpad {

// Pure, thread-safe decoding used by ImageLoader's worker tasks. Never throws and
// never allocates beyond ImageLimits: sizes are checked before pixels are decoded.
class ImageDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(callpad::ImageDecoder)

public:
    ImageDecoder() = delete;

    // A data: URL or raw base64 entry (not an http(s) URL).
    static ImageLoadResult decodeEntry(int index, const QString &entry, const ImageLimits &limits);
    // Encoded bytes as downloaded or decoded from base64.
    static ImageLoadResult decodeBytes(int index, const QByteArray &bytes,
                                       const ImageLimits &limits);

    // The QImageReader/QImageWriter format name ("png", "jpeg", ...); empty for Unknown.
    static QByteArray qtFormatName(ImageFormat format);
    static QString tooLargeMessage(qint64 limitBytes);
};

} // namespace callpad
