#pragma once

#include <QString>

namespace callpad {

struct ApiError;

// One short line for a label next to the thing that failed, e.g.
// "HTTP 404 · Function revision not found": the status and the most specific text the server
// gave (a string `detail` beats the generic `message`). Anything without a status falls back
// to ApiError::summary().
[[nodiscard]] QString inlineErrorText(const ApiError &error);

// The full story for the label's tooltip: the summary plus the readable detail.
[[nodiscard]] QString inlineErrorToolTip(const ApiError &error);

} // namespace callpad
