#pragma once

#include "core/Background.h"

#include <QFuture>

#include <utility>

class QThreadPool;

namespace callpad {

// One background thread that frees what the GUI thread lets go of, in the order it was asked:
// releaseInBackground() drops, releaseFreedMemory() trims after them.
QThreadPool *releasePool();

// Drops `value` on the release thread. For the last reference to something made of many small
// allocations, such as a 20 MB payload's QJsonValue (a million of them: 150 ms to free), which
// would otherwise be freed on the GUI thread when the next call replaces it.
template<typename T> void releaseInBackground(T value)
{
    runInBackground(releasePool(),
                    [value = std::move(value)]() mutable { const T dropped = std::move(value); });
}

// Gives the memory that freed large blocks leave behind back to the system, on the release
// thread, after every release asked before it; the caller never waits (the future is for
// tests). Call it after dropping something large, such as a 20 MB response replaced by the next
// call's.
//
// Why it is needed: glibc's malloc raises its mmap threshold after a large mmapped block is
// freed (up to 32 MiB), so the next large bodies come from the heap, and a freed heap block
// stays resident until malloc_trim() returns its pages. Without it the resident size of a
// session of large calls climbs by a body per call and never comes down. Elsewhere (no glibc)
// it does nothing.
QFuture<void> releaseFreedMemory();

// Called once at start by the executables: glibc serves every block of LargeBlockBytes or more
// with its own mapping, returned to the system the moment it is freed, instead of raising that
// threshold after each large free (its default) so that the next 20 MB bodies come from a heap
// that keeps their pages. Elsewhere it does nothing.
inline constexpr int LargeBlockBytes = 256 * 1024;
void keepLargeBlocksMapped();

} // namespace callpad
