#pragma once

#include "core/client/CallHandle.h"
#include "core/client/ClientSettings.h"
#include "core/client/ListHandle.h"
#include "core/protocol/CallRequest.h"

#include <QObject>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace callpad {

// The one owner of the QNetworkAccessManager for Opper's API. Every operation returns a handle
// (parented to the client, deletable at any time: deleting cancels). Handles must be start()ed
// by the caller once its connections are made. The key lives only in memory here.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    // Uses `network` when given (not owned), else makes its own.
    explicit ApiClient(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~ApiClient() override;

    void setSettings(const ClientSettings &settings) { m_settings = settings; }
    const ClientSettings &settings() const { return m_settings; }
    void setBaseUrl(const QUrl &url) { m_settings.baseUrl = url; }
    QUrl baseUrl() const { return m_settings.baseUrl; }

    // Accepts "KEY" or "Bearer KEY" (any case), like Opper's SDKs.
    void setApiKey(const QString &key);
    bool hasApiKey() const { return !m_authorization.isEmpty(); }

    CallHandle *call(const CallRequest &request, bool stream = false);
    ListHandle *listFunctions(const QString &nameFilter = {});
    ListHandle *listRevisions(const QString &functionId);
    DetailsHandle *function(const QString &functionId);
    DetailsHandle *revision(const QString &functionId, const QString &revisionId);

    // A GET of an image URL, which is a third party's host: never the key, no cookies, no
    // credentials from the URL, the client's redirect rules (https is never downgraded), at most
    // `maxBytes` and `timeout`. The only way to fetch an image, in the window and the CLI. The
    // caller start()s and owns it.
    [[nodiscard]] std::unique_ptr<HttpExchange> fetchImage(const QUrl &url, qint64 maxBytes,
                                                           std::chrono::milliseconds timeout) const;

private:
    QNetworkAccessManager *m_network;
    ClientSettings m_settings;
    QByteArray m_authorization;
};

} // namespace callpad
