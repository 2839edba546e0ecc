#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace callpad {

// Called halfway through an atomic write, after the first half is flushed to the temporary file
// and before the commit. Tests use it to kill a writer at the worst moment.
using MidWriteHook = std::function<void()>;

// Writes through QSaveFile: whatever happens to the process, `path` holds either its old content
// or all of `bytes`, never a mix. A failure leaves the old file and fills *error (translated,
// naming the file).
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error,
                         const MidWriteHook &midWrite = {});

// Reads a whole file of at most `maxBytes`; a larger, missing or unreadable file fills *error.
bool readSmallFile(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *error);

// A file name stem for a preset name: lower case, letters and digits kept (accents dropped from
// Latin letters), everything else collapsed to '-', at most 64 characters, never empty and never
// a name Windows reserves ("con", "nul", ...). "Summarize: EN → FR" gives "summarize-en-fr".
QString presetFileStem(const QString &name);

// `stem` + ".json", or `stem`-2.json, -3, ... : the first that is not in `taken` (compared
// case-insensitively, as some file systems do).
QString uniquePresetFileName(const QString &stem, const QStringList &taken);

} // namespace callpad
