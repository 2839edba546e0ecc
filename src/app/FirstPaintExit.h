#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace callpad {

// Ends the event loop right after a window has painted for the first time. It serves
// `callpad --quit-after-first-paint`, the start-up check that scripts/fresh-check runs in a
// pristine root: the window was built, shown and drawn, and the process exits with
// paintedCode. When nothing has painted within the time limit it exits with
// notPaintedCode instead, so a check never hangs. It watches the application, not the
// window alone, because the paint events go to the widgets inside it. At the first paint it
// prints "callpad: first paint N ms after start" on stdout, for start-up measurements.
class FirstPaintExit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintExit)

public:
    static constexpr int paintedCode = 0;
    static constexpr int notPaintedCode = 2;
    static constexpr int timeLimitMs = 60'000;

    // Watches `window`; with nullptr it does nothing. `sinceStart` was started when the process
    // began (main) and outlives this object.
    FirstPaintExit(QWidget *window, const QElapsedTimer &sinceStart, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
    const QElapsedTimer &m_sinceStart;
    QTimer m_timeLimit;
};

} // namespace callpad
