#pragma once

#include "core/protocol/ImageRef.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

namespace callpad {

// Bounds for one image: an Opper reply may carry anything, so every input is capped
// before it can exhaust memory.
struct ImageLimits
{
    qint64 maxEncodedBytes = qint64(64) * 1024 * 1024;
    qint64 maxPixels = qint64(100) * 1000 * 1000;
    int thumbnailSize = 160;
    int transferTimeoutMs = 30 * 1000;
};

enum class ImageLoadState { Loading, Ready, Failed };

// One decoded entry of an `images` array. `bytes` keeps the encoded original so that
// "Save as" in the same format is lossless.
struct ImageLoadResult
{
    int index = -1;
    ImageLoadState state = ImageLoadState::Loading;
    QImage image;
    QImage thumbnail;
    QByteArray bytes;
    ImageFormat format = ImageFormat::Unknown;
    QSize pixelSize;
    QString error;

    static ImageLoadResult failure(int index, const QString &error)
    {
        ImageLoadResult result;
        result.index = index;
        result.state = ImageLoadState::Failed;
        result.error = error;
        return result;
    }
};

} // namespace callpad
