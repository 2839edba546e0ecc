#pragma once

#include "core/protocol/ApiError.h"

#include <QObject>
#include <QPointer>

#include <utility>

namespace callpad {

// What every request handle shares: start() once its connections are made, cancel() at any
// time (it never deletes synchronously, so it is safe inside the handle's own signals),
// finished() exactly once, error() from then on (kind None on success).
//
// Unless keep() was called, an operation deletes itself (deleteLater) once finished() has been
// delivered: a consumer reads what it needs in its finished handler and forgets the pointer, or
// holds it in a QPointer to cancel it later. A kept operation belongs to whoever kept it (or to
// its parent).
class Operation : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Operation)

public:
    ~Operation() override;

    virtual void start() = 0;
    virtual void cancel() = 0;

    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }

    // Stops the self-deletion; may be called up to and inside the finished() handler.
    void keep() { m_kept = true; }
    bool isKept() const { return m_kept; }

Q_SIGNALS:
    void finished();

protected:
    explicit Operation(QObject *parent);

    // Records the outcome and emits finished(), once; later calls are ignored.
    void finish(const ApiError &error);
    // The error a cancelled operation finishes with.
    static ApiError cancelledError();

private:
    ApiError m_error;
    bool m_finished = false;
    bool m_kept = false;
};

// Runs `onFinished(const Op &)` on `context`'s thread when `operation` finishes, and starts it.
// When `context` is destroyed first, the callback is dropped and the operation cancelled. The
// operation deletes itself after the callback unless it was kept; its other signals (progress,
// pages) may still be connected after this returns, since none is delivered before the event loop
// runs. Returns the operation, for those connections and for cancel().
template<typename Op, typename Callback>
Op *startWith(Op *operation, const QObject *context, Callback &&onFinished)
{
    const QMetaObject::Connection delivery = QObject::connect(
            operation, &Operation::finished, context,
            [operation, callback = std::forward<Callback>(onFinished)] { callback(*operation); });
    // Disconnect before cancelling: cancel() may finish synchronously, and the callback must not
    // run on a context that is half destroyed.
    // NOLINTNEXTLINE(readability-suspicious-call-argument): the context is the sender here
    QObject::connect(context, &QObject::destroyed, operation, [operation, delivery] {
        QObject::disconnect(delivery);
        operation->cancel();
    });
    operation->start();
    return operation;
}

// Stops `receiver` hearing from `operation`, cancels it (it then deletes itself, unless kept) and
// clears the pointer. Safe at any time, inside the operation's own signals too.
template<typename Op> void abandon(QPointer<Op> &operation, const QObject *receiver)
{
    if (operation) {
        operation->disconnect(receiver);
        operation->cancel();
    }
    operation = nullptr;
}

} // namespace callpad
