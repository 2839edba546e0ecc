#include "core/client/Operation.h"

namespace callpad {

Operation::Operation(QObject *parent) : QObject(parent) { }

Operation::~Operation() = default;

void Operation::finish(const ApiError &error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
    // Deleting from inside the signal would pull the object from under its other receivers.
    if (!m_kept) {
        deleteLater();
    }
}

ApiError Operation::cancelledError()
{
    TransferOutcome cancelled;
    cancelled.cancelled = true;
    return mapError(cancelled);
}

} // namespace callpad
