#include "bench/BenchServer.h"

#include "bench/BenchClock.h"

#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace callpad::bench {

namespace {

// The size of the request's body from its head; 0 when it has none.
qsizetype contentLength(const QByteArray &head)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
            return line.mid(colon + 1).trimmed().toLongLong();
        }
    }
    return 0;
}

QByteArray responseHead(int status, qsizetype bodySize)
{
    const QByteArray reason = status == 200 ? "OK"_ba : "Not Found"_ba;
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(bodySize) + "\r\nConnection: close\r\n\r\n";
}

} // namespace

BenchServer::BenchServer(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(u"BenchServer"_s);
}

BenchServer::~BenchServer()
{
    if (m_thread.isRunning()) {
        // The context and everything under it are deleted on their own thread.
        QMetaObject::invokeMethod(
                m_context, [this] { delete m_context; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

bool BenchServer::start()
{
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
            m_context, [this] { listenOnThread(); }, Qt::BlockingQueuedConnection);
    return m_port != 0;
}

void BenchServer::listenOnThread()
{
    m_server = new QTcpServer(m_context);
    connect(m_server, &QTcpServer::newConnection, m_context, [this] { acceptOnThread(); });
    if (m_server->listen(QHostAddress::LocalHost, 0)) {
        m_port = m_server->serverPort();
    }
}

void BenchServer::setCallBody(const QByteArray &body)
{
    const QMutexLocker lock(&m_bodyLock);
    m_callBody = body;
}

QByteArray BenchServer::callBody() const
{
    const QMutexLocker lock(&m_bodyLock);
    return m_callBody;
}

void BenchServer::acceptOnThread()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // One request per connection (the answer says "Connection: close").
        auto *received = new QByteArray;
        connect(socket, &QObject::destroyed, m_context, [received] { delete received; });
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, received] {
            received->append(socket->readAll());
            const qsizetype headEnd = received->indexOf("\r\n\r\n");
            if (headEnd < 0) {
                return;
            }
            const QByteArray head = received->left(headEnd);
            if (received->size() < headEnd + 4 + contentLength(head)) {
                return;
            }
            const QByteArray requestLine = head.left(head.indexOf('\r'));
            const bool isCall = requestLine.startsWith("POST ") && requestLine.contains("/call/");
            const QByteArray body = isCall
                    ? callBody()
                    : R"({"type":"NotFoundError","message":"Not found",)"
                      R"("detail":"The benchmark server only answers calls"})"_ba;
            if (isCall) {
                connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket] {
                    if (socket->bytesToWrite() == 0) {
                        m_lastByteUs.store(nowUs());
                        m_callsAnswered.fetch_add(1);
                        socket->disconnectFromHost();
                    }
                });
            } else {
                connect(socket, &QTcpSocket::bytesWritten, socket, [socket] {
                    if (socket->bytesToWrite() == 0) {
                        socket->disconnectFromHost();
                    }
                });
            }
            received->clear();
            socket->write(responseHead(isCall ? 200 : 404, body.size()));
            socket->write(body);
        });
    }
}

} // namespace callpad::bench
