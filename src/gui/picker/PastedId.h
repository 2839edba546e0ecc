#pragma once

#include <QString>

namespace callpad {

// What people paste as an id: copied from JSON ("…"), from a log ({…}), with spaces or a line
// break around it. Returns `text` without surrounding whitespace and matching braces or quotes
// (any number of layers); the inside is left alone.
[[nodiscard]] QString cleanPastedId(const QString &text);

} // namespace callpad
