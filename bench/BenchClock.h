#pragma once

#include <QtGlobal>

namespace callpad::bench {

// One monotonic clock for the whole process, read by the GUI thread and the server's thread
// alike, so "the server wrote its last byte" and "the text was painted" can be subtracted.
// Microseconds since the first call.
qint64 nowUs();

} // namespace callpad::bench
