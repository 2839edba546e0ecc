#include "bench/Heartbeat.h"

#include "bench/BenchClock.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace callpad::bench {

namespace {
// A gap this much over the interval counts as a stall for "has the window gone quiet".
constexpr qint64 QuietThresholdUs = 20'000;
} // namespace

Heartbeat::Heartbeat(QObject *parent) : QObject(parent)
{
    // Precise: a coarse timer may fire up to 5% late by design, which would read as a stall.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Heartbeat::tick);
    m_timer.start();
    reset();
}

void Heartbeat::reset()
{
    m_lastTickUs = nowUs();
    m_longestGapUs = 0;
    m_lastStallEndUs = m_lastTickUs;
}

double Heartbeat::longestStallMs() const
{
    // The tick that has not come yet counts too: a stall still going on is a stall.
    const qint64 gap = std::max(m_longestGapUs, nowUs() - m_lastTickUs);
    return std::max<qint64>(0, gap - qint64(IntervalMs) * 1000) / 1000.0;
}

void Heartbeat::tick()
{
    const qint64 now = nowUs();
    const qint64 gap = now - m_lastTickUs;
    m_longestGapUs = std::max(m_longestGapUs, gap);
    const qint64 stallUs = gap - qint64(IntervalMs) * 1000;
    if (m_traceFromUs > 0 && stallUs >= m_traceFromUs) {
        timespec monotonic {};
        clock_gettime(CLOCK_MONOTONIC, &monotonic);
        std::fprintf(stderr, "stall %lld ms, ended at %lld.%06ld s (CLOCK_MONOTONIC)\n",
                     static_cast<long long>(stallUs / 1000),
                     static_cast<long long>(monotonic.tv_sec), monotonic.tv_nsec / 1000);
    }
    if (gap - qint64(IntervalMs) * 1000 >= QuietThresholdUs) {
        m_lastStallEndUs = now;
    }
    m_lastTickUs = now;
    Q_EMIT ticked();
}

} // namespace callpad::bench
