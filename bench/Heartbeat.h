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
};

} // namespace callpad::bench
