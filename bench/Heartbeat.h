#pragma once

#include <QObject>
#include <QTimer>

namespace callpad::bench {

// A 5 ms timer on the GUI thread. Whatever keeps the event loop from turning shows as a gap
// between two ticks; the longest gap minus the interval is the longest stall the user felt.
class Heartbeat final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Heartbeat)

public:
    static constexpr int IntervalMs = 5;

    explicit Heartbeat(QObject *parent = nullptr);

    // Starts a new measuring window.
    void reset();
    // Prints every stall of at least `ms` to stderr as it ends, with the time it ended on the
    // CLOCK_MONOTONIC clock in seconds: the clock of `perf record` timestamps, so a stall can be
    // found in a profile (0, the default, prints nothing).
    void traceStallsFrom(int ms) { m_traceFromUs = qint64(ms) * 1000; }
    // The longest stall since reset(), in ms (0 when every tick came on time).
    [[nodiscard]] double longestStallMs() const;
    // When the last stall of 20 ms or more ended (bench clock, µs), or reset() when there was
    // none since: the window has "gone quiet" once this is long enough ago.
    [[nodiscard]] qint64 lastStallEndUs() const { return m_lastStallEndUs; }

Q_SIGNALS:
    void ticked();

private:
    void tick();

    QTimer m_timer;
    qint64 m_lastTickUs = 0;
    qint64 m_longestGapUs = 0;
    qint64 m_lastStallEndUs = 0;
    qint64 m_traceFromUs = 0;
};

} // namespace callpad::bench
