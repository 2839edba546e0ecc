#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace callpad {

// The one way Callpad writes a file it must not half-write (presets, the draft, exports, saved
// images): into a temporary file beside `path` (QSaveFile), flushed and fsync'd, then renamed
// over it. Whatever happens to the process, `path` holds its old content or all of the new,
// never a mix. A failure leaves the old file and says why, naming the file.

// Called halfway through writing `bytes`, after the first half is flushed and before the
// commit. Tests use it to kill a writer at the worst moment.
using MidWriteHook = std::function<void()>;

// `write` fills the device; a failure it returns cancels the write.
Status writeFileAtomically(const QString &path, const std::function<Status(QIODevice *)> &write);
Status writeFileAtomically(const QString &path, const QByteArray &bytes,
                           const MidWriteHook &midWrite = {});

} // namespace callpad
