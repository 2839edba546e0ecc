#pragma once

#include "gui/textview/TextLines.h"
#include "gui/textview/TextRows.h"

namespace callpad {

// Caret moves over a TextLines shown through TextRows, as plain functions: a step left or right
// (over a surrogate pair as one character, across line breaks, past folded lines), and the word
// around a position (letters, digits and '_'), for double clicks and Ctrl+Left/Right.
TextPos stepLeft(const TextLines &lines, const TextRows &rows, TextPos pos);
TextPos stepRight(const TextLines &lines, const TextRows &rows, TextPos pos);
TextPos wordLeft(const TextLines &lines, const TextRows &rows, TextPos pos);
TextPos wordRight(const TextLines &lines, const TextRows &rows, TextPos pos);
// The word `pos` is in or next to: [first, second).
std::pair<TextPos, TextPos> wordAt(const TextLines &lines, TextPos pos);

} // namespace callpad
