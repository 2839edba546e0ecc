#include "app/FirstPaintExit.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace callpad {

FirstPaintExit::FirstPaintExit(QWidget *window, const QElapsedTimer &sinceStart, QObject *parent)
    : QObject(parent), m_window(window), m_sinceStart(sinceStart)
{
    if (!window) {
        return;
    }
    QCoreApplication::instance()->installEventFilter(this);
    m_timeLimit.setSingleShot(true);
    m_timeLimit.setInterval(timeLimitMs);
    connect(&m_timeLimit, &QTimer::timeout, this, [] {
        std::fprintf(stderr, "callpad: the window did not paint within %d seconds\n",
                     timeLimitMs / 1000);
        QCoreApplication::exit(notPaintedCode);
    });
    m_timeLimit.start();
}

bool FirstPaintExit::eventFilter(QObject *watched, QEvent *event)
{
    // The filter removes itself at the first paint, so it acts once.
    if (event->type() == QEvent::Paint && m_window) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == m_window) {
            m_timeLimit.stop();
            QCoreApplication::instance()->removeEventFilter(this);
            std::printf("callpad: first paint %lld ms after start\n",
                        static_cast<long long>(m_sinceStart.elapsed()));
            std::fflush(stdout);
            // Exit once this paint and the flush that follows it are done.
            QTimer::singleShot(0, this, [] { QCoreApplication::exit(paintedCode); });
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace callpad
