#pragma once

#include "core/Latest.h"

#include <QFuture>
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
// painting and answering while the work goes on beside it.
inline constexpr int BackgroundNice = 10;
void lowerThreadPriority();
// The calling thread's nice value on Linux (what lowerThreadPriority() raises); 0 elsewhere.
[[nodiscard]] int threadNice();

// QtConcurrent::run at background priority: how any work leaves the GUI thread.
template<typename Work> auto runInBackground(Work work)
{
    return QtConcurrent::run([work = std::move(work)]() mutable {
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

// The one way a view runs work off the GUI thread: `work()` on Qt's thread pool, then
// `done(result)` on `context`'s thread, only if `latest` was not asked again (or invalidated)
// since. A newer run makes an older result stale; a gone context gets nothing. `latest` belongs
// to `context`.
template<typename Work, typename Done>
void runLatest(QObject *context, Latest &latest, Work work, Done done)
{
    using Value = std::invoke_result_t<Work &>;
    auto handler = latest.wrap(std::move(done));
    runInBackground(std::move(work))
            .then(context, [handler = std::move(handler)](Value value) mutable {
                handler(std::move(value));
            });
}

} // namespace callpad
