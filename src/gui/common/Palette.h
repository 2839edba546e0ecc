#pragma once

#include <QColor>

namespace callpad {

// Colours derived from the system palette, so every pane reads well in light and dark themes.
// One place for the hues that mark problems, so an error looks the same everywhere.

// True for a dark background (a dark theme's Base or Window).
bool isDark(const QColor &background);

// `from` moved `amount` (0..1) of the way towards `to`, channel by channel.
QColor blend(const QColor &from, const QColor &to, double amount);

// Red and amber that stay readable on `background`: lighter on dark themes.
QColor errorColor(const QColor &background);
QColor warningColor(const QColor &background);

// A background tint for a field or cell with a problem, derived from its own background.
QColor errorTint(const QColor &background);
QColor warningTint(const QColor &background);

} // namespace callpad
