#pragma once

#include "core/Latest.h"

#include <QFuture>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace callpad {

// The one way a view runs work off the GUI thread: `work()` on Qt's thread pool, then
// `done(result)` on `context`'s thread, only if `latest` was not asked again (or invalidated)
// since. A newer run makes an older result stale; a gone context gets nothing. `latest` belongs
// to `context`.
template<typename Work, typename Done>
void runLatest(QObject *context, Latest &latest, Work work, Done done)
{
    using Value = std::invoke_result_t<Work &>;
    auto handler = latest.wrap(std::move(done));
    QtConcurrent::run(std::move(work))
            .then(context, [handler = std::move(handler)](Value value) mutable {
                handler(std::move(value));
            });
}

} // namespace callpad
