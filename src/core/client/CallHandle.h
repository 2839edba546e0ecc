#pragma once

#include "core/client/HttpExchange.h"
#include "core/client/Operation.h"
#include "core/protocol/CallResponse.h"
#include "core/protocol/CallResult.h"
#include "core/sse/SseParser.h"
#include "core/sse/StreamAssembler.h"

#include <QDateTime>
#include <QFutureWatcher>

namespace callpad {

// The handle of one running call. Emits progress while bytes arrive, live deltas for streams,
// and finished() exactly once; result() is complete from then on (its error is error()).
// Deleting it cancels the call.
class CallHandle final : public Operation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallHandle)

public:
    CallHandle(QNetworkAccessManager *network, const ClientSettings &settings,
               const QByteArray &authorization, HttpExchange::Spec spec, QObject *parent);
    ~CallHandle() override;

    const CallResult &result() const { return m_result; }
    qint64 bytesReceived() const { return m_bytesReceived; }
    qint64 elapsedMs() const { return m_exchange.elapsedMs(); }
    // The text assembled so far (streams), for a live view.
    QString streamedText() const { return m_assembler.text(); }

    void start() override;
    void cancel() override;

Q_SIGNALS:
    void progress(qint64 bytesReceived);
    void streamUpdated(const callpad::StreamAssembler::Update &update);

private:
    void onChunk(const QByteArray &chunk);
    void onExchangeFinished();
    bool isEventStream() const;
    void finishStream();
    void finishWith(const ResponseParse &parse);

    HttpExchange m_exchange;
    SseParser m_parser;
    StreamAssembler m_assembler;
    CallResult m_result;
    QFutureWatcher<ResponseParse> m_parsing;
    qint64 m_bytesReceived = 0;
};

} // namespace callpad
