#pragma once

// Image fixtures and a one-response loopback HTTP server shared by the image tests.

#include <QBuffer>
#include <QByteArray>
#include <QHostAddress>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <memory>

namespace callpad::test {

using namespace Qt::StringLiterals;

// A deterministic picture with a gradient, so encoders cannot collapse it to a few bytes.
inline QImage makeImage(QSize size, bool withAlpha = false)
{
    QImage image(size, withAlpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x) {
            const int alpha = withAlpha ? (x * 255) / qMax(1, size.width() - 1) : 255;
            image.setPixel(x, y, qRgba((x * 7) % 256, (y * 13) % 256, (x * y) % 256, alpha));
        }
    }
    return image;
}

inline QByteArray encodeImage(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, QByteArray(format));
    return writer.write(image) ? bytes : QByteArray();
}

inline QByteArray pngBytes(QSize size, bool withAlpha = false)
{
    return encodeImage(makeImage(size, withAlpha), "png");
}

inline QByteArray jpegBytes(QSize size)
{
    return encodeImage(makeImage(size), "jpeg");
}

// A 1×1 GIF: Qt reads GIF but cannot write it.
inline QByteArray gifBytes()
{
    return QByteArray::fromBase64("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"_ba);
}

inline QString toBase64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

inline QString toDataUrl(const QByteArray &bytes, const QString &mimeType)
{
    return u"data:"_s + mimeType + u";base64,"_s + toBase64(bytes);
}

// Answers every request with the same HTTP/1.1 response and keeps the request heads it
// received, so tests can assert on the headers the client really sent.
class LoopbackHttpServer final
{
public:
    // Without `declareLength` the body is delimited by closing the connection.
    LoopbackHttpServer(QByteArray statusLine, QByteArray contentType, QByteArray body,
                       bool declareLength = true)
        : m_statusLine(std::move(statusLine)), m_contentType(std::move(contentType)),
          m_body(std::move(body)), m_declareLength(declareLength)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                serve(socket);
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }

    // Raw header lines, each ending in "\r\n", added to every response.
    void setExtraHeaders(const QByteArray &headers) { m_extraHeaders = headers; }

    QUrl url(const QString &path) const
    {
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(u"127.0.0.1"_s);
        url.setPort(m_server.serverPort());
        url.setPath(path);
        return url;
    }

    const QList<QByteArray> &requests() const { return m_requests; }

    // The value of header `name` in request `index`; `found` tells a missing header apart.
    QByteArray header(qsizetype index, const QByteArray &name, bool *found = nullptr) const
    {
        if (found) {
            *found = false;
        }
        const QList<QByteArray> lines = m_requests.value(index).split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
                if (found) {
                    *found = true;
                }
                return line.mid(colon + 1).trimmed();
            }
        }
        return {};
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0) {
                return;
            }
            m_requests.append(buffer->left(end));
            const QByteArray length = m_declareLength
                    ? "\r\nContent-Length: "_ba + QByteArray::number(m_body.size())
                    : QByteArray();
            socket->write("HTTP/1.1 "_ba + m_statusLine + "\r\nContent-Type: "_ba + m_contentType
                          + length + "\r\nConnection: close\r\n"_ba + m_extraHeaders + "\r\n"_ba
                          + m_body);
            socket->disconnectFromHost();
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QTcpServer m_server;
    QByteArray m_statusLine;
    QByteArray m_contentType;
    QByteArray m_body;
    bool m_declareLength = true;
    QByteArray m_extraHeaders;
    QList<QByteArray> m_requests;
};

} // namespace callpad::test
