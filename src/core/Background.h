#pragma once

#include "core/Latest.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

class QThreadPool;

namespace callpad {

// Lowers the calling thread's scheduling priority, once per thread: on Linux a nice of
// BackgroundNice for that thread alone, elsewhere QThread::LowPriority. Background threads (the
// history's, the pool's) call it so that on a machine with few cores a 20 MB response being
// formatted, indexed and written never takes the CPU from the GUI thread: the window keeps
// painting and answering while the work goes on beside it. Not lower than 5: against other
// programs (a compiler on both cores) a nice of 10 left the work a few percent of a core, and a
// 20 MB payload took 14 s to show instead of one.
inline constexpr int BackgroundNice = 5;
void lowerThreadPriority();
// The calling thread's nice value on Linux (what lowerThreadPriority() raises); 0 elsewhere.
[[nodiscard]] int threadNice();

// The pool Callpad's background work runs on, as many threads as cores; not Qt's global pool.
// Qt's raster engine borrows the global pool's threads while painting (it splits large fills
// across them and waits, "parallel fills" in qdrawhelper.cpp): with formatting and indexing jobs
// of 40 ms queued there, a scroll bar's paint waited behind them and the window stalled for up to
// 160 ms. Kept apart, a paint never waits for our work.
[[nodiscard]] QThreadPool *backgroundPool();
// Waits until backgroundPool() has run everything it was given (tests, benchmark scenarios).
void waitForBackgroundWork();

// QtConcurrent::run on backgroundPool() at background priority: how any work leaves the GUI
// thread.
template<typename Work> auto runInBackground(Work work)
{
    return QtConcurrent::run(backgroundPool(), [work = std::move(work)]() mutable {
        lowerThreadPriority();
        return work();
    });
}

template<typename Work> auto runInBackground(QThreadPool *pool, Work work)
{
    return QtConcurrent::run(pool, [work = std::move(work)]() mutable {
        lowerThreadPriority();
        return work();
    });
}

// The one way a view runs work off the GUI thread: `work()` on backgroundPool(), then
// `done(result)` on `context`'s thread, only if `latest` was not asked again (or invalidated)
// since. A newer run makes an older result stale; a gone context gets nothing. `latest` belongs
// to `context`. The answer always comes through the event loop, never from inside this call.
//
// A watcher owned by the context carries the answer: Qt 6.4's QFuture::then(context, ...)
// asserts when the context is destroyed before the work ends (a pane closed mid-formatting).
template<typename Work, typename Done>
void runLatest(QObject *context, Latest &latest, Work work, Done done)
{
    using Value = std::invoke_result_t<Work &>;
    auto handler = latest.wrap(std::move(done));
    auto *watcher = new QFutureWatcher<Value>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, handler = std::move(handler)]() mutable {
                         handler(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(runInBackground(std::move(work)));
}

} // namespace callpad
