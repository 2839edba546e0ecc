#pragma once

#include <QByteArray>

namespace callpad {

// Puts UTF-8 text on the clipboard as shared bytes: a 20 MB body is handed over without a UTF-16
// copy (QClipboard::setText would make one, on the GUI thread); readers get it as text/plain.
void setClipboardUtf8(const QByteArray &utf8);

} // namespace callpad
