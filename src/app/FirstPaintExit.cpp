#include "FirstPaintExit.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace callpad {

FirstPaintExit::FirstPaintExit(QWidget *window, int exitCode, QObject *parent)
    : QObject(parent), m_window(window), m_exitCode(exitCode)
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool FirstPaintExit::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint && m_window) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == m_window) {
            m_painted = true;
            QCoreApplication::instance()->removeEventFilter(this);
            // Exit once this paint and the flush that follows it are done.
            QTimer::singleShot(0, this, [code = m_exitCode] { QCoreApplication::exit(code); });
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace callpad
