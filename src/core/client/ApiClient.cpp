#include "core/client/ApiClient.h"

#include "core/client/Endpoints.h"

#include <QNetworkAccessManager>

namespace callpad {

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network ? network : new QNetworkAccessManager(this))
{
}

ApiClient::~ApiClient()
{
    // Handles are children; make sure none outlives the key.
    m_authorization.fill('\0');
}

void ApiClient::setApiKey(const QString &key)
{
    m_authorization.fill('\0');
    QByteArray token = key.trimmed().toUtf8();
    const QByteArray scheme = token.left(6).toLower();
    if (scheme == "bearer" && (token.size() == 6 || token.at(6) == ' ')) {
        token = token.mid(6).trimmed();
    }
    m_authorization = token.isEmpty() ? QByteArray() : QByteArrayLiteral("Bearer ") + token;
}

CallHandle *ApiClient::call(const CallRequest &request, const CallOptions &options)
{
    const bool stream = options.stream;
    HttpExchange::Spec spec;
    spec.method = QByteArrayLiteral("POST");
    spec.url = stream
            ? Endpoints::stream(m_settings.baseUrl, request.functionId, request.revisionId)
            : Endpoints::call(m_settings.baseUrl, request.functionId, request.revisionId);
    spec.body = request.toBody();
    spec.accept = stream ? QByteArrayLiteral("text/event-stream")
                         : QByteArrayLiteral("application/json");
    spec.stream = stream;
    return new CallHandle(m_network, m_settings, m_authorization, std::move(spec), this);
}

CallHandle *ApiClient::call(const CallRequest &request, const CallOptions &options,
                            const QObject *context,
                            std::function<void(const CallResult &)> onFinished)
{
    return startWith(call(request, options), context,
                     [onFinished = std::move(onFinished)](const CallHandle &handle) {
                         onFinished(handle.result());
                     });
}

ListHandle *ApiClient::listFunctions(const QString &nameFilter)
{
    const QUrl base = m_settings.baseUrl;
    return new ListHandle(
            m_network, m_settings, m_authorization, ListHandle::Kind::Functions,
            [base, nameFilter](qint64 offset, int limit) {
                return Endpoints::functions(base, offset, limit, nameFilter);
            },
            this);
}

ListHandle *ApiClient::listRevisions(const QString &functionId)
{
    const QUrl base = m_settings.baseUrl;
    return new ListHandle(
            m_network, m_settings, m_authorization, ListHandle::Kind::Revisions,
            [base, functionId](qint64 offset, int limit) {
                return Endpoints::revisions(base, functionId, offset, limit);
            },
            this);
}

DetailsHandle *ApiClient::function(const QString &functionId)
{
    return new DetailsHandle(m_network, m_settings, m_authorization,
                             Endpoints::function(m_settings.baseUrl, functionId), this);
}

DetailsHandle *ApiClient::revision(const QString &functionId, const QString &revisionId)
{
    return new DetailsHandle(m_network, m_settings, m_authorization,
                             Endpoints::revision(m_settings.baseUrl, functionId, revisionId), this);
}

DetailsHandle *ApiClient::revision(const QString &functionId, const QString &revisionId,
                                   const QObject *context,
                                   std::function<void(const DetailsHandle &)> onFinished)
{
    return startWith(revision(functionId, revisionId), context, std::move(onFinished));
}

ImageFetch *ApiClient::fetchImage(const QUrl &url, qint64 maxBytes,
                                  std::chrono::milliseconds timeout, const QObject *context,
                                  std::function<void(const ImageFetch &)> onFinished)
{
    ClientSettings settings = m_settings;
    settings.maxResponseBytes = qMin(settings.maxResponseBytes, maxBytes);
    settings.transferTimeout = timeout;
    HttpExchange::Spec spec;
    spec.url = url;
    spec.url.setUserInfo(QString());
    spec.accept = QByteArrayLiteral("image/png, image/jpeg, image/gif, image/webp");
    return startWith(new ImageFetch(m_network, settings, std::move(spec), this), context,
                     std::move(onFinished));
}

} // namespace callpad
