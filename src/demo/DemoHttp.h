#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

class QJsonValue;
class QTcpSocket;

namespace callpad {

// One HTTP request as the demo server saw it. Header names are lowercased.
struct DemoRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
};

using DemoHeaderList = QList<std::pair<QByteArray, QByteArray>>;

// What a route answers before any fault or framing is applied. A streaming answer carries
// the JSON payload of every SSE event instead of a body.
struct DemoResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    DemoHeaderList headers;
    bool stream = false;
    QList<QByteArray> events;

    static DemoResponse json(int status, const QByteArray &body);
};

// Raw HTTP/1.1 framing. The server writes bytes itself because the faults need control
// that QHttpServerResponder does not give (wrong Content-Length, half bodies, resets).
namespace DemoHttp {

QByteArray reasonPhrase(int status);

// Compact JSON text of any value, scalars included (QJsonDocument only takes containers).
QByteArray compactJson(const QJsonValue &value);

// Status line and headers. contentLength < 0 means chunked transfer encoding.
QByteArray head(int status, const QByteArray &contentType, qint64 contentLength,
                const DemoHeaderList &extraHeaders, bool keepAlive);

// Writes a complete Content-Length response and closes the socket afterwards unless keepAlive.
void write(QTcpSocket *socket, const DemoResponse &response, bool keepAlive);

QByteArray chunk(const QByteArray &payload);
QByteArray lastChunk();
QByteArray sseEvent(const QByteArray &data);

} // namespace DemoHttp
} // namespace callpad
