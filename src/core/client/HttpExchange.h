#pragma once

#include "core/client/ClientSettings.h"
#include "core/protocol/ApiError.h"
#include "core/protocol/CallResult.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace callpad {

// One HTTP exchange, redirects included, held to the settings' bounds: a total transfer timeout
// (or an idle timeout for streams), the response-size cap and a redirect limit. Redirects are
// followed by hand so the Authorization header never reaches another origin or a downgraded
// scheme. Everything a caller needs afterwards is captured before the reply is deleted.
class HttpExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpExchange)

public:
    struct Spec
    {
        QByteArray method = QByteArrayLiteral("GET");
        QUrl url;
        QByteArray body;
        QByteArray accept = QByteArrayLiteral("application/json");
        bool stream = false;
    };

    HttpExchange(QNetworkAccessManager *network, ClientSettings settings, QByteArray authorization,
                 Spec spec, QObject *parent = nullptr);
    ~HttpExchange() override;

    void start();
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }
    const Spec &spec() const { return m_spec; }

    const TransferOutcome &outcome() const { return m_outcome; }
    const RequestRecord &request() const { return m_request; }
    const ResponseRecord &response() const { return m_response; }
    qint64 elapsedMs() const { return m_elapsed.isValid() ? m_elapsed.elapsed() : 0; }
    bool succeeded() const;

Q_SIGNALS:
    // Bytes of a successful (2xx) streamed response as they arrive, for parsing live. Other
    // exchanges read outcome().body once finished (no chunk is copied for them).
    void bodyChunk(const QByteArray &chunk);
    void progress(qint64 bytesReceived, qint64 bytesTotal);
    void finished();

private:
    void send();
    void onReadyRead();
    void onReplyFinished();
    bool followRedirect();
    void checkCompleteness(const QNetworkReply &reply);
    void abortWith(bool TransferOutcome::*flag);
    void finish();

    QNetworkAccessManager *m_network;
    ClientSettings m_settings;
    QByteArray m_authorization;
    Spec m_spec;
    QPointer<QNetworkReply> m_reply;
    TransferOutcome m_outcome;
    RequestRecord m_request;
    ResponseRecord m_response;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    int m_redirects = 0;
    bool m_sendKey = true;
    bool m_finished = false;
};

} // namespace callpad
