#pragma once

#include "core/client/CallHandle.h"
#include "core/client/ClientSettings.h"
#include "core/client/ImageFetch.h"
#include "core/client/ListHandle.h"
#include "core/protocol/CallRequest.h"

#include <QObject>

#include <chrono>
#include <functional>

class QNetworkAccessManager;

namespace callpad {

struct CallOptions
{
    bool stream = false; // the SSE endpoint instead of the JSON one
};

// The one owner of the QNetworkAccessManager for Opper's API. Every operation is an Operation
// (parented to the client, deleting itself once finished unless kept; deleting it cancels).
// Either start() a returned handle once its connections are made, or use a form that takes a
// context and a callback: started at once, the callback runs once on the context's thread, and
// the operation is cancelled when the context goes first. The key lives only in memory here.
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

    CallHandle *call(const CallRequest &request, const CallOptions &options = {});
    CallHandle *call(const CallRequest &request, const CallOptions &options, const QObject *context,
                     std::function<void(const CallResult &)> onFinished);
    ListHandle *listFunctions(const QString &nameFilter = {});
    ListHandle *listRevisions(const QString &functionId);
    DetailsHandle *function(const QString &functionId);
    DetailsHandle *revision(const QString &functionId, const QString &revisionId);
    DetailsHandle *revision(const QString &functionId, const QString &revisionId,
                            const QObject *context,
                            std::function<void(const DetailsHandle &)> onFinished);

    // A GET of an image URL, which is a third party's host: never the key, no cookies, no
    // credentials from the URL, the client's redirect rules (https is never downgraded), at most
    // `maxBytes` and `timeout`. The only way to fetch an image, in the window and the CLI.
    // Started at once; `onFinished` runs on `context`'s thread, as for the other operations.
    ImageFetch *fetchImage(const QUrl &url, qint64 maxBytes, std::chrono::milliseconds timeout,
                           const QObject *context,
                           std::function<void(const ImageFetch &)> onFinished);

private:
    QNetworkAccessManager *m_network;
    ClientSettings m_settings;
    QByteArray m_authorization;
};

} // namespace callpad
