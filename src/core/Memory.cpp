#include "core/Memory.h"

#include "core/Background.h"

#ifdef __GLIBC__
#    include <malloc.h>
#endif

namespace callpad {

QFuture<void> releaseFreedMemory()
{
    // malloc_trim() walks every arena under its lock: milliseconds on a large heap, so never
    // on the GUI thread.
    return runInBackground([] {
#ifdef __GLIBC__
        malloc_trim(0);
#endif
    });
}

} // namespace callpad
