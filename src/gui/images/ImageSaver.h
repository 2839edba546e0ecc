#pragma once

#include "core/Result.h"
#include "gui/images/ImageLoadResult.h"

#include <QCoreApplication>

namespace callpad {

// Writes decoded images to disk atomically (AtomicFile.h). The original encoded bytes are
// written unchanged when the target format equals the source format, so "Save as" the
// same type never recompresses.
class ImageSaver final
{
    Q_DECLARE_TR_FUNCTIONS(callpad::ImageSaver)

public:
    ImageSaver() = delete;

    // The target format is taken from the file suffix (.png, .jpg/.jpeg, .webp, .gif);
    // a path without a suffix keeps the source format.
    static Status save(const ImageLoadResult &result, const QString &path);

    static ImageFormat formatForPath(const QString &path);
    // Lower-case suffix without the dot: "png", "jpg", "gif", "webp"; empty for Unknown.
    static QString suffixFor(ImageFormat format);
    // `dir/base.suffix`, or `dir/base (2).suffix`, `(3)`, ... if that name is taken.
    static QString uniqueFilePath(const QString &dir, const QString &baseName,
                                  const QString &suffix);
    // The encoded bytes `result` would be saved as in `format`.
    static Result<QByteArray> encode(const ImageLoadResult &result, ImageFormat format);
};

} // namespace callpad
