#pragma once

#include "demo/DemoHttp.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringView>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

class QHttpServerRequest;
class QTcpSocket;

namespace callpad {

class DemoApi;
class DemoHttpFrontend;

// An in-process, loopback-only server that speaks Opper's v2 API with deterministic demo
// data, plus switchable faults for testing clients against broken networks and gateways.
class DemoServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoServer)

public:
    enum class Fault {
        None,
        Slow,
        ResetMidBody,
        Truncated,
        InvalidJson,
        WrongTypes,
        RateLimited,
        ServerErrorHtml,
        Oversize,
        SseErrorChunk,
        SseCutMidEvent,
        Redirect,
    };
    Q_ENUM(Fault)

    using RecordedRequest = DemoRequest;

    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // Refuses non-loopback addresses: the server accepts any bearer token.
    bool listen(quint16 port = 0, const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>/v2
    QString errorString() const;

    // Applies to every following call/stream request (Slow, RateLimited and ServerErrorHtml
    // also to the catalog GETs) until set back to None.
    void setFault(Fault fault);
    Fault fault() const;
    void setSlowDelay(std::chrono::milliseconds delay);
    void setOversizeBytes(qint64 bytes);
    // Redirect target: scheme, host and port (and an optional path prefix) of the Location;
    // the request's path and query are appended. Default: this server itself.
    void setRedirectTarget(const QUrl &target);
    void setRetryAfterSeconds(int seconds);
    void setStreamChunkDelay(std::chrono::milliseconds delay);
    void setExtraFunctionCount(int count);

    QList<RecordedRequest> requests() const;
    void clearRequests();

    static std::optional<Fault> faultFromName(QStringView name);
    static QString faultName(Fault fault);
    static QStringList faultNames();

Q_SIGNALS:
    void requestReceived();
    // One human-readable line per answered request, e.g. for a log.
    void requestHandled(const QString &summary);

private:
    void onRequest(const QHttpServerRequest &request, QTcpSocket *socket);
    void answer(const QPointer<QTcpSocket> &socket, const DemoRequest &request, Fault fault);
    void send(QTcpSocket *socket, const DemoRequest &request, const DemoResponse &response,
              Fault fault);
    void log(const DemoRequest &request, int status, Fault fault);

    std::unique_ptr<DemoApi> m_api;
    DemoHttpFrontend *m_http = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_error;
    Fault m_fault = Fault::None;
    std::chrono::milliseconds m_slowDelay { 3000 };
    std::chrono::milliseconds m_streamDelay { 30 };
    qint64 m_oversizeBytes = qint64(3) * 1024 * 1024;
    QUrl m_redirectTarget;
    int m_retryAfter = 7;
    QList<RecordedRequest> m_requests;
};

} // namespace callpad
