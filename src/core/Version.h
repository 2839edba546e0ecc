#pragma once

#include <QString>

namespace callpad {

// The version string, e.g. "0.1.0".
QString version();

// The User-Agent header value every request carries: "callpad/<version>".
QByteArray userAgent();

} // namespace callpad
