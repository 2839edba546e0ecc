#pragma once

#include "core/client/HttpExchange.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace callpad {

// One GET of a JSON resource. GETs are safe to repeat, so 429/502/503/504 are retried with
// backoff, honouring Retry-After, up to the settings' limit. Emits finished() once.
class FetchHandle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FetchHandle)

public:
    FetchHandle(QNetworkAccessManager *network, const ClientSettings &settings,
                QByteArray authorization, QUrl url, QObject *parent);
    ~FetchHandle() override;

    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    const QByteArray &body() const { return m_body; }
    const RequestRecord &request() const { return m_request; }
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    void finished();

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
    ApiError m_error;
    QByteArray m_body;
    RequestRecord m_request;
    int m_attempts = 0;
    bool m_finished = false;
};

} // namespace callpad
