#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace callpad::bench {

// Notes the first paint, inside one widget, that happens once the text is ready: "visible"
// means the window has actually drawn the text, not only that a pane has it.
class PaintWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaintWatch)

public:
    explicit PaintWatch(QObject *parent = nullptr);
    ~PaintWatch() override;

    // Starts watching paints of `area` and its descendants; a paint counts once `delivered`
    // was called and `ready` holds at the moment of painting.
    void arm(QWidget *area, std::function<bool()> ready);
    // The result reached the window (before this, a ready pane shows an older result).
    void setDelivered() { m_delivered = true; }
    void disarm();
    // When the text was first painted (bench clock, µs); 0 until then.
    [[nodiscard]] qint64 visibleUs() const { return m_visibleUs; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_area;
    std::function<bool()> m_ready;
    bool m_delivered = false;
    qint64 m_visibleUs = 0;
};

} // namespace callpad::bench
