#include "bench/BenchClock.h"

#include <QElapsedTimer>

namespace callpad::bench {

namespace {

// Started once, before either thread reads it (a function-local static is initialised
// thread-safely); elapsed reads of a started QElapsedTimer are const and need no lock.
const QElapsedTimer &clock()
{
    static const QElapsedTimer started = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return started;
}

} // namespace

qint64 nowUs()
{
    return clock().nsecsElapsed() / 1000;
}

} // namespace callpad::bench
