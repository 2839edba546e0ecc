#include "core/Background.h"

#include <QThread>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#    include <sys/resource.h>
#    include <sys/syscall.h>
#    include <unistd.h>
#endif

namespace callpad {

namespace {
// Destroyed at exit after waiting for what still runs, as Qt's global pool is.
Q_GLOBAL_STATIC(QThreadPool, pool)
} // namespace

QThreadPool *backgroundPool()
{
    return pool();
}

void waitForBackgroundWork()
{
    pool()->waitForDone();
}

void lowerThreadPriority()
{
    thread_local bool lowered = false;
    if (lowered) {
        return;
    }
    lowered = true;
#ifdef Q_OS_LINUX
    // Linux keeps a nice value per thread: this lowers only the calling one. QThread::setPriority
    // cannot do it there (under SCHED_OTHER it has no levels, and IdlePriority would starve the
    // work whenever anything else runs).
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)),
                threadNice() + BackgroundNice);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

int threadNice()
{
#ifdef Q_OS_LINUX
    return getpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)));
#else
    return 0;
#endif
}

} // namespace callpad
