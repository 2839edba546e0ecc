#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace callpad {

// Ends the event loop right after a window has painted for the first time. It serves
// `callpad --quit-after-first-paint`, the start-up check that scripts/fresh-check runs in a
// pristine root: the window was built, shown and drawn, and the process exits with
// exitCode. It watches the application, not the window alone, because the paint events go
// to the widgets inside it.
class FirstPaintExit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintExit)

public:
    FirstPaintExit(QWidget *window, int exitCode, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
    int m_exitCode;
    bool m_painted = false;
};

} // namespace callpad
