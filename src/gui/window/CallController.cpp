#include "gui/window/CallController.h"

#include "core/client/ApiClient.h"

namespace callpad {

CallController::CallController(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

CallController::~CallController()
{
    // Nothing may reach this object once it is going: the handle finishes unheard.
    abandon(m_handle, this);
}

QList<ApiError> CallController::send(const CallDraft &draft, bool stream,
                                     const CallContext &context)
{
    if (isRunning()) {
        return {};
    }
    const DraftCheck check = checkDraft(draft);
    if (!check.ok()) {
        return check.problems;
    }
    m_draft = draft;
    m_context = context;
    m_handle = m_client->call(*check.request, { stream }, this,
                              [this](const CallResult &result) { onFinished(result); });
    connect(m_handle, &CallHandle::progress, this, &CallController::progress);
    connect(m_handle, &CallHandle::streamUpdated, this, &CallController::streamUpdated);
    Q_EMIT started(stream);
    return {};
}

void CallController::cancel()
{
    if (m_handle) {
        m_handle->cancel();
    }
}

qint64 CallController::elapsedMs() const
{
    return m_handle ? m_handle->elapsedMs() : 0;
}

qint64 CallController::bytesReceived() const
{
    return m_handle ? m_handle->bytesReceived() : 0;
}

void CallController::onFinished(const CallResult &result)
{
    m_handle = nullptr;
    Q_EMIT finished(result, m_draft, m_context);
}

} // namespace callpad
