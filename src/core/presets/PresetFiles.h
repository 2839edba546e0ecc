#pragma once

#include "core/AtomicFile.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace callpad {

// Reads a whole file of at most `maxBytes`; a larger, missing or unreadable file says why.
Result<QByteArray> readSmallFile(const QString &path, qint64 maxBytes);

// A file name stem for a preset name: lower case, letters and digits kept (accents dropped from
// Latin letters), everything else collapsed to '-', at most 64 characters, never empty and never
// a name Windows reserves ("con", "nul", ...). "Summarize: EN → FR" gives "summarize-en-fr".
QString presetFileStem(const QString &name);

// `stem` + ".json", or `stem`-2.json, -3, ... : the first that is not in `taken` (compared
// case-insensitively, as some file systems do).
QString uniquePresetFileName(const QString &stem, const QStringList &taken);

} // namespace callpad
