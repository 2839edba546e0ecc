#pragma once

#include <QFuture>

namespace callpad {

// Gives the memory that freed large blocks leave behind back to the system, on Qt's thread
// pool; the caller never waits (the future is for tests). Call it after dropping something
// large, such as a 20 MB response replaced by the next call's.
//
// Why it is needed: glibc's malloc raises its mmap threshold after a large mmapped block is
// freed (up to 32 MiB), so the next large bodies come from the heap, and a freed heap block
// stays resident until malloc_trim() returns its pages. Without it the resident size of a
// session of large calls climbs by a body per call and never comes down. Elsewhere (no glibc)
// it does nothing.
QFuture<void> releaseFreedMemory();

} // namespace callpad
