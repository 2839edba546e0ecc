#pragma once

#include "core/client/CallHandle.h"
#include "core/history/HistoryService.h"
#include "core/protocol/CallRequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace callpad {

class ApiClient;

// Runs the window's calls: checks the draft, sends it, relays progress and stream updates,
// and hands the finished CallResult to whoever records or shows it. One call at a time.
class CallController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallController)

public:
    explicit CallController(ApiClient *client, QObject *parent = nullptr);
    ~CallController() override;

    // Checks the draft; on problems nothing is sent and they are returned. Otherwise starts the
    // call and returns an empty list. `context` travels with the call to finished(), so what
    // the history records is what the window knew when the call went out.
    QList<ApiError> send(const CallDraft &draft, bool stream, const CallContext &context = {});
    void cancel();

    bool isRunning() const { return m_handle != nullptr; }
    qint64 elapsedMs() const;
    qint64 bytesReceived() const;

Q_SIGNALS:
    void started(bool streamed);
    void progress(qint64 bytesReceived);
    void streamUpdated(const callpad::StreamAssembler::Update &update);
    void finished(const callpad::CallResult &result, const callpad::CallDraft &draft,
                  const callpad::CallContext &context);

private:
    void onFinished(const CallResult &result);

    ApiClient *m_client;
    QPointer<CallHandle> m_handle;
    CallDraft m_draft;
    CallContext m_context;
};

} // namespace callpad
