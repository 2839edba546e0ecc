#pragma once

#include "demo/DemoHttp.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

class QTcpSocket;

// The broken answers real networks and gateways produce, written straight to the socket.
namespace callpad::DemoFaults {

DemoResponse rateLimited(int retryAfterSeconds);
DemoResponse serverErrorHtml();
DemoResponse redirect(const QUrl &location);
DemoResponse invalidJson();
DemoResponse wrongTypes();
// Valid JSON of exactly `bytes` bytes (a call response whose message is huge).
DemoResponse oversize(qint64 bytes, const QString &spanId);

// Status line, headers and half the body, then a TCP reset (RST, not FIN).
void resetMidBody(QTcpSocket *socket, const DemoResponse &response);
// Content-Length promises more than is sent, then a clean close (FIN).
void truncated(QTcpSocket *socket, const DemoResponse &response);
// Aborts with SO_LINGER 0 once the written bytes have left, so the peer sees ECONNRESET.
void resetWhenFlushed(QTcpSocket *socket);

// SSE variants of the body faults, for the stream endpoint.
QList<QByteArray> invalidJsonEvents(const QList<QByteArray> &events);
QList<QByteArray> wrongTypeEvents();
QList<QByteArray> oversizeEvents(const QList<QByteArray> &events, qint64 bytes);

} // namespace callpad::DemoFaults
