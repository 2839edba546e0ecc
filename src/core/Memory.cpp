#include "core/Memory.h"

#include <QThreadPool>

#ifdef __GLIBC__
#    include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

struct ReleasePool : QThreadPool
{
    ReleasePool()
    {
        // One thread, so a trim runs after the releases asked before it.
        setMaxThreadCount(1);
        setObjectName(u"callpad-release"_s);
    }
};

Q_GLOBAL_STATIC(ReleasePool, theReleasePool)

} // namespace

QThreadPool *releasePool()
{
    return theReleasePool();
}

QFuture<void> releaseFreedMemory()
{
    // malloc_trim() walks every arena under its lock: milliseconds on a large heap, so never
    // on the GUI thread.
    return runInBackground(releasePool(), [] {
#ifdef __GLIBC__
        malloc_trim(0);
#endif
    });
}

void keepLargeBlocksMapped()
{
#ifdef __GLIBC__
    // Setting the threshold also switches off its dynamic adjustment.
    mallopt(M_MMAP_THRESHOLD, LargeBlockBytes);
#endif
}

} // namespace callpad
