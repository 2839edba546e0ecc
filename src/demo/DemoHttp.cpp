#include "demo/DemoHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QTcpSocket>

namespace callpad {

using namespace Qt::StringLiterals;

DemoResponse DemoResponse::json(int status, const QByteArray &body)
{
    DemoResponse response;
    response.status = status;
    response.body = body;
    return response;
}

namespace DemoHttp {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 307:
        return "Temporary Redirect"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 422:
        return "Unprocessable Entity"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 502:
        return "Bad Gateway"_ba;
    default:
        return "Status"_ba;
    }
}

QByteArray compactJson(const QJsonValue &value)
{
    if (value.isUndefined()) {
        return {};
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray head(int status, const QByteArray &contentType, qint64 contentLength,
                const DemoHeaderList &extraHeaders, bool keepAlive)
{
    QByteArray out = "HTTP/1.1 "_ba + QByteArray::number(status) + ' ' + reasonPhrase(status)
            + "\r\nServer: callpad-demo\r\n"_ba;
    if (!contentType.isEmpty()) {
        out += "Content-Type: "_ba + contentType + "\r\n"_ba;
    }
    if (contentLength < 0) {
        out += "Transfer-Encoding: chunked\r\n"_ba;
    } else {
        out += "Content-Length: "_ba + QByteArray::number(contentLength) + "\r\n"_ba;
    }
    for (const auto &[name, value] : extraHeaders) {
        out += name + ": "_ba + value + "\r\n"_ba;
    }
    out += keepAlive ? "Connection: keep-alive\r\n\r\n"_ba : "Connection: close\r\n\r\n"_ba;
    return out;
}

void write(QTcpSocket *socket, const DemoResponse &response, bool keepAlive)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        return;
    }
    socket->write(head(response.status, response.contentType, response.body.size(),
                       response.headers, keepAlive));
    socket->write(response.body);
    if (!keepAlive) {
        socket->disconnectFromHost();
    }
}

QByteArray chunk(const QByteArray &payload)
{
    return QByteArray::number(payload.size(), 16) + "\r\n"_ba + payload + "\r\n"_ba;
}

QByteArray lastChunk()
{
    return "0\r\n\r\n"_ba;
}

QByteArray sseEvent(const QByteArray &data)
{
    return "data: "_ba + data + "\n\n"_ba;
}

} // namespace DemoHttp
} // namespace callpad
