#include "core/client/CallHandle.h"

#include "core/Memory.h"

namespace callpad {

namespace {

// Bodies above this are parsed on a worker thread so the window never stalls: a success's JSON,
// an error's body (Opper's JSON or a gateway's HTML page), a long stream's assembled response.
constexpr qsizetype OffThreadParseBytes = qsizetype(256) * 1024;
// Dropping a body from this size on is followed by releaseFreedMemory().
constexpr qsizetype LargeBodyBytes = qsizetype(1) * 1024 * 1024;

// The response a finished stream adds up to; its payload's text keeps the keys in the order the
// deltas first named them.
ResponseParse streamResponse(const StreamAssembler &assembler)
{
    ResponseParse parse = callResponseFromJson(assembler.toResponseObject());
    if (parse.response.hasJsonPayload()) {
        parse.response.jsonPayloadText = assembler.jsonPayloadText();
    }
    return parse;
}

} // namespace

CallHandle::CallHandle(QNetworkAccessManager *network, const ClientSettings &settings,
                       const QByteArray &authorization, HttpExchange::Spec spec, QObject *parent)
    : Operation(parent), m_exchange(network, settings, authorization, std::move(spec))
{
    m_result.streamed = m_exchange.spec().stream;
    connect(&m_exchange, &HttpExchange::bodyChunk, this, &CallHandle::onChunk);
    connect(&m_exchange, &HttpExchange::progress, this, [this](qint64 received) {
        m_bytesReceived = received;
        Q_EMIT progress(received);
    });
    connect(&m_exchange, &HttpExchange::finished, this, &CallHandle::onExchangeFinished);
    connect(&m_parsing, &QFutureWatcher<ResponseParse>::finished, this,
            [this] { finishWith(m_parsing.result()); });
}

CallHandle::~CallHandle()
{
    m_exchange.disconnect(this);
    m_parsing.disconnect(this);
    m_parsing.waitForFinished();
    // A large response's parsed JSON is a million small allocations, and this handle may hold
    // the last reference to it: it is freed on the release thread, not the GUI thread.
    QFuture<ResponseParse> parsed = m_parsing.future();
    m_parsing.setFuture(QFuture<ResponseParse>());
    const bool large = m_result.body.size() >= LargeBodyBytes;
    releaseInBackground(std::move(parsed));
    releaseInBackground(std::move(m_result));
    if (large) {
        releaseFreedMemory();
    }
}

void CallHandle::start()
{
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    m_exchange.start();
}

void CallHandle::cancel()
{
    m_exchange.cancel();
}

bool CallHandle::isEventStream() const
{
    return m_result.streamed
            && m_exchange.outcome().contentType.trimmed().toLower().startsWith("text/event-stream");
}

void CallHandle::onChunk(const QByteArray &chunk)
{
    if (!m_result.streamed || m_assembler.state() != StreamAssembler::State::Running) {
        return;
    }
    for (const SseEvent &event : m_parser.feed(chunk)) {
        const StreamAssembler::Update update = m_assembler.consume(event);
        Q_EMIT streamUpdated(update);
        if (m_assembler.state() == StreamAssembler::State::Failed) {
            // An error chunk ends the call with that error, whatever else the server sends.
            m_exchange.cancel();
            return;
        }
        if (m_assembler.state() == StreamAssembler::State::Done) {
            return;
        }
    }
}

void CallHandle::onExchangeFinished()
{
    m_result.request = m_exchange.request();
    m_result.head = m_exchange.response();
    m_result.body = m_exchange.outcome().body;
    m_result.latencyMs = m_exchange.elapsedMs();

    if (m_result.streamed && m_assembler.state() == StreamAssembler::State::Failed) {
        finishWith({ {}, m_assembler.error() });
        return;
    }
    const TransferOutcome &outcome = m_exchange.outcome();
    // An HTTP error is read from its whole body; the stream case below never has one.
    if (outcome.httpStatus >= 400 && outcome.body.size() > OffThreadParseBytes) {
        m_parsing.setFuture(runInBackground([outcome] {
            return ResponseParse { {}, mapError(outcome) };
        }));
        return;
    }
    ApiError error = mapError(outcome);
    if (error.isError()) {
        if (error.kind == ErrorKind::ConnectionClosed && isEventStream()
            && m_parser.hasPartialEvent()) {
            m_assembler.finish(true);
            error = m_assembler.error();
        }
        finishWith({ {}, error });
        return;
    }
    if (isEventStream()) {
        finishStream();
        return;
    }
    const QByteArray body = m_result.body;
    if (body.size() > OffThreadParseBytes) {
        m_parsing.setFuture(runInBackground([body] { return parseCallResponse(body); }));
        return;
    }
    finishWith(parseCallResponse(body));
}

void CallHandle::finishStream()
{
    if (m_assembler.state() == StreamAssembler::State::Running) {
        m_assembler.finish(m_parser.hasPartialEvent());
    }
    m_result.eventCount = m_assembler.eventCount();
    if (m_assembler.state() == StreamAssembler::State::Failed) {
        finishWith({ {}, m_assembler.error() });
        return;
    }
    if (m_result.body.size() > OffThreadParseBytes) {
        // The assembler's strings are shared, not copied, into the worker's copy.
        m_parsing.setFuture(
                runInBackground([assembler = m_assembler] { return streamResponse(assembler); }));
        return;
    }
    finishWith(streamResponse(m_assembler));
}

void CallHandle::finishWith(const ResponseParse &parse)
{
    if (isFinished()) {
        return;
    }
    m_result.response = parse.response;
    m_result.error = parse.error;
    m_result.eventCount = m_assembler.eventCount();
    finish(m_result.error);
}

} // namespace callpad
