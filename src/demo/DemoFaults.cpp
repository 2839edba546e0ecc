#include "demo/DemoFaults.h"

#include "demo/DemoErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#    include <sys/socket.h>
#endif

#include <algorithm>
#include <chrono>

namespace callpad {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace DemoFaults {

namespace {

QByteArray filler(qint64 bytes)
{
    static const QByteArray pattern = "All work and no play makes a very large response. "_ba;
    QByteArray out;
    out.reserve(bytes);
    while (out.size() < bytes) {
        out += pattern;
    }
    out.truncate(bytes);
    return out;
}

void lingerZero(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    const linger option { 1, 0 };
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option, sizeof(option));
#else
    Q_UNUSED(socket);
#endif
}

} // namespace

DemoResponse rateLimited(int retryAfterSeconds)
{
    DemoResponse response = DemoErrors::error(
            429, u"RateLimitError"_s, u"Rate limit exceeded"_s,
            u"Too many requests. Retry after %1 seconds."_s.arg(retryAfterSeconds));
    response.headers.append({ "Retry-After"_ba, QByteArray::number(retryAfterSeconds) });
    return response;
}

DemoResponse serverErrorHtml()
{
    DemoResponse response;
    response.status = 502;
    response.contentType = "text/html"_ba;
    response.body = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                    "</body>\r\n</html>\r\n"_ba;
    return response;
}

DemoResponse redirect(const QUrl &location)
{
    DemoResponse response;
    response.status = 307;
    response.contentType.clear();
    response.headers.append({ "Location"_ba, location.toEncoded() });
    return response;
}

DemoResponse invalidJson()
{
    return DemoResponse::json(200, "{not json"_ba);
}

DemoResponse wrongTypes()
{
    const QJsonObject body {
        { u"span_id"_s, 12345 },
        { u"message"_s, QJsonArray { u"not"_s, u"a"_s, u"string"_s } },
        { u"json_payload"_s, u"{\"name\": \"quoted, not an object\"}"_s },
        { u"cached"_s, u"yes"_s },
        { u"images"_s, u"none"_s },
        { u"usage"_s,
          QJsonObject { { u"input_tokens"_s, u"many"_s },
                        { u"output_tokens"_s, QJsonValue() },
                        { u"output_tokens_details"_s, 7 },
                        { u"total_tokens"_s, -1 } } },
        { u"cost"_s, QJsonObject { { u"generation"_s, u"free"_s }, { u"total"_s, QJsonArray() } } }
    };
    return DemoResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

DemoResponse oversize(qint64 bytes, const QString &spanId)
{
    const QByteArray head = R"({"span_id":")"_ba + spanId.toLatin1()
            + R"(","cached":false,"images":null,"usage":null,"cost":null,"message":")"_ba;
    const QByteArray tail = R"("})"_ba;
    const qint64 fill = std::max<qint64>(0, bytes - head.size() - tail.size());
    return DemoResponse::json(200, head + filler(fill) + tail);
}

void resetMidBody(QTcpSocket *socket, const DemoResponse &response)
{
    if (!socket) {
        return;
    }
    socket->write(DemoHttp::head(response.status, response.contentType, response.body.size(),
                                 response.headers, true));
    socket->write(response.body.left(response.body.size() / 2));
    resetWhenFlushed(socket);
}

void truncated(QTcpSocket *socket, const DemoResponse &response)
{
    if (!socket) {
        return;
    }
    const qint64 promised = response.body.size() + std::max<qint64>(64, response.body.size());
    socket->write(DemoHttp::head(response.status, response.contentType, promised, response.headers,
                                 true));
    socket->write(response.body);
    socket->disconnectFromHost();
}

void resetWhenFlushed(QTcpSocket *socket)
{
    QPointer<QTcpSocket> guard(socket);
    if (!guard) {
        return;
    }
    guard->flush();
    // A short pause lets the client read the partial answer before the reset arrives.
    QTimer::singleShot(30ms, guard, [guard] {
        if (!guard) {
            return;
        }
        if (guard->bytesToWrite() > 0) {
            resetWhenFlushed(guard);
            return;
        }
        lingerZero(guard);
        guard->abort();
    });
}

QList<QByteArray> invalidJsonEvents(const QList<QByteArray> &events)
{
    QList<QByteArray> out = events.mid(0, 2);
    out.append("{not json"_ba);
    return out;
}

QList<QByteArray> wrongTypeEvents()
{
    return { R"({"span_id":12345})"_ba, R"({"delta":42,"chunk_type":7})"_ba,
             R"({"delta":["x"],"json_path":false})"_ba, "[1,2,3]"_ba };
}

QList<QByteArray> oversizeEvents(const QList<QByteArray> &events, qint64 bytes)
{
    QList<QByteArray> out = events.mid(0, 1);
    out.append(R"({"delta":")"_ba + filler(bytes) + R"(","chunk_type":"text"})"_ba);
    return out;
}

} // namespace DemoFaults
} // namespace callpad
