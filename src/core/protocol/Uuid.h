#pragma once

#include <QStringView>

namespace callpad {

// True for the canonical 8-4-4-4-12 hex form the API uses for ids, in either case. Braces,
// whitespace and the 32-digit form are refused: callers trim, and the API wants the canonical form.
bool isUuid(QStringView text);

} // namespace callpad
