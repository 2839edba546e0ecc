#include "bench/PaintWatch.h"

#include "bench/BenchClock.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace callpad::bench {

PaintWatch::PaintWatch(QObject *parent) : QObject(parent)
{
    // On the application: paints go to viewports and other children the pane creates itself.
    qApp->installEventFilter(this);
}

PaintWatch::~PaintWatch()
{
    qApp->removeEventFilter(this);
}

void PaintWatch::arm(QWidget *area, std::function<bool()> ready)
{
    m_area = area;
    m_ready = std::move(ready);
    m_delivered = false;
    m_visibleUs = 0;
}

void PaintWatch::disarm()
{
    m_area = nullptr;
    m_ready = nullptr;
}

bool PaintWatch::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint || !m_area || !m_delivered || m_visibleUs != 0
        || !watched->isWidgetType()) {
        return false;
    }
    auto *widget = static_cast<QWidget *>(watched);
    if ((widget == m_area || m_area->isAncestorOf(widget)) && m_ready && m_ready()) {
        m_visibleUs = nowUs();
    }
    return false;
}

} // namespace callpad::bench
