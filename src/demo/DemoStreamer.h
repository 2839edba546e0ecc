#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <chrono>

class QTcpSocket;

namespace callpad {

struct DemoAnswer;
struct DemoFunction;

// How a stream ends: normally, or with one of the mid-stream faults.
enum class DemoStreamEnd { Complete, ErrorChunk, CutMidEvent, Reset, Truncate };

// Sends SSE events over time on a socket the HTTP server owns. Framing: HTTP/1.1 200,
// Content-Type text/event-stream, Transfer-Encoding chunked; one `data: <json>\n\n` event
// per HTTP chunk; the zero-length chunk ends the stream and the connection stays usable.
// Deletes itself when done or when the client goes away.
class DemoStreamer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoStreamer)

public:
    // Events sent before a mid-stream fault fires: span_id plus three deltas.
    static constexpr int EventsBeforeFault = 4;

    DemoStreamer(QTcpSocket *socket, QList<QByteArray> events, std::chrono::milliseconds delay,
                 DemoStreamEnd end, bool keepAlive, QObject *parent);

    void start();

    // The event payloads for one answer: {"span_id"} first, then text or json chunks.
    static QList<QByteArray> buildEvents(const DemoFunction &function, const DemoAnswer &answer,
                                         const QString &spanId);
    // Splits text into small word-aligned pieces, the way tokens arrive from a model.
    static QStringList textPieces(const QString &text);

Q_SIGNALS:
    void finished();

private:
    void sendNext();
    void endStream();
    void finish();

    QPointer<QTcpSocket> m_socket;
    QList<QByteArray> m_events;
    qsizetype m_next = 0;
    QTimer m_timer;
    DemoStreamEnd m_end;
    bool m_keepAlive;
    bool m_done = false;
};

} // namespace callpad
