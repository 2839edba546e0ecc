#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace callpad {

// One dispatched Server-Sent Event. Bytes as received: `data` is usually JSON and is decoded by
// whoever consumes it.
struct SseEvent
{
    // The last event ID seen on the stream, as the WHATWG algorithm defines it: it persists
    // across events until another `id:` line changes it.
    QByteArray id;
    // The `event:` field of this event; empty means the default type ("message").
    QByteArray event;
    // The `data:` lines joined with '\n'.
    QByteArray data;
    // The reconnection time most recently announced by a valid `retry:` line, if any.
    std::optional<int> retryMs;

    bool operator==(const SseEvent &other) const = default;
};

// An incremental text/event-stream parser (WHATWG HTML, "Parsing an event stream"), fed the
// bytes of a response in arbitrary chunks as they arrive. Chunk boundaries never change the
// result: a CR at the end of one chunk and an LF at the start of the next are one line end,
// and a UTF-8 BOM split across chunks is still skipped.
class SseParser final
{
public:
    SseParser() = default;

    // Consumes the bytes and returns the events they completed, in order.
    QList<SseEvent> feed(QByteArrayView bytes);

    // True when bytes of an event that was never dispatched are pending: an unfinished line
    // or fields without the blank line that ends the event. At EOF this means the stream was
    // cut in the middle of an event.
    bool hasPartialEvent() const;

    // Forgets everything, including the last event ID: the next byte starts a new stream.
    void reset();

    QByteArray lastEventId() const { return m_lastEventId; }
    std::optional<int> retryMs() const { return m_retryMs; }

private:
    void parse(QByteArrayView bytes, QList<SseEvent> &out);
    void processLine(QByteArrayView line, QList<SseEvent> &out);
    void processField(QByteArrayView field, QByteArrayView value);
    void dispatch(QList<SseEvent> &out);

    QByteArray m_bomProbe; // the first bytes of the stream, until we know if they are a BOM
    bool m_bomHandled = false;
    bool m_skipLeadingLf = false; // the previous chunk ended with CR
    QByteArray m_line; // an unfinished line carried over to the next chunk
    bool m_blockHasFields = false; // a field line was seen since the last blank line
    QByteArray m_data;
    QByteArray m_eventType;
    QByteArray m_lastEventId;
    std::optional<int> m_retryMs;
};

} // namespace callpad
