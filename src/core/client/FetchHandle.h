#pragma once

#include "core/client/HttpExchange.h"
#include "core/client/Operation.h"

#include <QTimer>

#include <memory>

namespace callpad {

// One GET of a JSON resource. GETs are safe to repeat, so 429/502/503/504 are retried with
// backoff, honouring Retry-After, up to the settings' limit.
class FetchHandle final : public Operation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FetchHandle)

public:
    FetchHandle(QNetworkAccessManager *network, ClientSettings settings, QByteArray authorization,
                QUrl url, QObject *parent);
    ~FetchHandle() override;

    void start() override;
    void cancel() override;

    const QByteArray &body() const { return m_body; }
    const RequestRecord &request() const { return m_request; }
    int attempts() const { return m_attempts; }

private:
    void attempt();
    void onAttemptFinished();
    std::chrono::milliseconds retryDelay() const;

    QNetworkAccessManager *m_network;
    ClientSettings m_settings;
    QByteArray m_authorization;
    QUrl m_url;
    std::unique_ptr<HttpExchange> m_exchange;
    QTimer m_retryTimer;
    QByteArray m_body;
    RequestRecord m_request;
    int m_attempts = 0;
};

} // namespace callpad
