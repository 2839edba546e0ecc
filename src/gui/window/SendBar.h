#pragma once

#include <QWidget>

class QAction;

namespace callpad {

// The row under the request form: Stream, Cancel and Send. Each control mirrors its window
// action (enabled state, checked state, tooltip), so the window only enables actions.
class SendBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendBar)

public:
    SendBar(QAction *send, QAction *cancel, QAction *stream, QWidget *parent = nullptr);
};

} // namespace callpad
