#include "core/client/HttpExchange.h"

#include "core/Version.h"
#include "core/client/Endpoints.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

// Unused capacity a finished body may keep.
constexpr qsizetype BodySlackBytes = qsizetype(64) * 1024;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

HttpExchange::HttpExchange(QNetworkAccessManager *network, ClientSettings settings,
                           QByteArray authorization, Spec spec, QObject *parent)
    : QObject(parent), m_network(network), m_settings(std::move(settings)),
      m_authorization(std::move(authorization)), m_spec(std::move(spec))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { abortWith(&TransferOutcome::timedOut); });
}

HttpExchange::~HttpExchange()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool HttpExchange::succeeded() const
{
    return m_finished && !m_outcome.cancelled && !m_outcome.timedOut && !m_outcome.tooLarge
            && m_outcome.networkError == QNetworkReply::NoError && m_outcome.httpStatus >= 200
            && m_outcome.httpStatus < 300;
}

void HttpExchange::start()
{
    m_elapsed.start();
    send();
}

void HttpExchange::cancel()
{
    abortWith(&TransferOutcome::cancelled);
}

void HttpExchange::send()
{
    QNetworkRequest request(m_spec.url);
    // Redirects are ours to follow: Qt would carry our headers to any origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // Callpad needs no cookies and no HTTP authentication: none are stored, sent or reused.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", m_spec.accept);
    if (!m_spec.body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    }
    const bool withKey = m_sendKey && !m_authorization.isEmpty();
    if (withKey) {
        request.setRawHeader("Authorization", m_authorization);
    }

    m_request = { m_spec.method, m_spec.url, {}, m_spec.body };
    for (const QByteArray &name : request.rawHeaderList()) {
        m_request.headers.append({ name,
                                   name == "Authorization" ? RequestRecord::maskedAuthorization()
                                                           : request.rawHeader(name) });
    }
    if (!m_spec.body.isEmpty()) {
        m_request.headers.append(
                { QByteArrayLiteral("Content-Length"), QByteArray::number(m_spec.body.size()) });
    }

    m_outcome.body.clear();
    m_reply = m_network->sendCustomRequest(request, m_spec.method, m_spec.body);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &HttpExchange::progress);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > m_settings.maxResponseBytes) {
            abortWith(&TransferOutcome::tooLarge);
        } else if (announced > 0 && m_outcome.body.isEmpty()) {
            // One allocation of the right size: appending chunk by chunk would copy the body
            // as it doubles and leave up to as much again unused for as long as it is kept.
            m_outcome.body.reserve(qsizetype(announced));
        }
    });

    if (m_spec.stream) {
        m_deadline.start(m_settings.streamIdleTimeout);
    } else if (!m_deadline.isActive()) {
        // One deadline for the whole exchange, redirects included.
        m_deadline.start(m_settings.transferTimeout);
    }
}

void HttpExchange::onReadyRead()
{
    if (!m_reply) {
        return;
    }
    if (m_spec.stream) {
        m_deadline.start(m_settings.streamIdleTimeout);
    }
    const qint64 available = m_reply->bytesAvailable();
    if (available <= 0) {
        return;
    }
    const qsizetype before = m_outcome.body.size();
    if (before + available > m_settings.maxResponseBytes) {
        abortWith(&TransferOutcome::tooLarge);
        return;
    }
    // Straight into the body, whose room was reserved from Content-Length: no chunk is
    // allocated and copied again for every read of a 20 MB answer.
    m_outcome.body.resize(before + qsizetype(available));
    const qint64 read = m_reply->read(m_outcome.body.data() + before, available);
    m_outcome.body.resize(before + qsizetype(std::max<qint64>(read, 0)));
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_spec.stream && read > 0 && status >= 200 && status < 300) {
        Q_EMIT bodyChunk(m_outcome.body.sliced(before));
    }
}

void HttpExchange::abortWith(bool TransferOutcome::*flag)
{
    if (!m_reply || m_finished) {
        return;
    }
    m_outcome.*flag = true;
    if (flag == &TransferOutcome::tooLarge) {
        m_outcome.sizeCap = m_settings.maxResponseBytes;
    }
    m_reply->abort(); // emits finished synchronously
}

void HttpExchange::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply) {
        return;
    }
    if (!m_outcome.cancelled && !m_outcome.timedOut && !m_outcome.tooLarge) {
        const QByteArray rest = reply->readAll();
        if (m_outcome.body.size() + rest.size() > m_settings.maxResponseBytes) {
            m_outcome.tooLarge = true;
            m_outcome.sizeCap = m_settings.maxResponseBytes;
        } else if (!rest.isEmpty()) {
            m_outcome.body += rest;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status >= 200 && status < 300) {
                Q_EMIT bodyChunk(rest);
            }
        }
    }
    if (m_outcome.body.capacity() - m_outcome.body.size() > BodySlackBytes) {
        // A body without a Content-Length grew by doubling: give back what it did not use
        // (a shrinking realloc, not a copy) before it is kept with the result.
        m_outcome.body.squeeze();
    }
    m_outcome.url = m_spec.url;
    if (m_outcome.timedOut) {
        m_outcome.timeoutMs
                = (m_spec.stream ? m_settings.streamIdleTimeout : m_settings.transferTimeout)
                          .count();
    }
    m_outcome.networkError = reply->error();
    m_outcome.networkErrorString = reply->errorString();
    m_outcome.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_outcome.contentType = reply->rawHeader("Content-Type");
    m_outcome.retryAfter = reply->rawHeader("Retry-After");
    m_response = { m_outcome.httpStatus,
                   reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray(),
                   reply->rawHeaderPairs(), reply->url() };
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();

    const bool aborted = m_outcome.cancelled || m_outcome.timedOut || m_outcome.tooLarge;
    if (!aborted && m_outcome.networkError == QNetworkReply::NoError) {
        checkCompleteness(*reply);
    }
    if (!aborted && isRedirect(m_outcome.httpStatus) && followRedirect()) {
        return;
    }
    finish();
}

void HttpExchange::checkCompleteness(const QNetworkReply &reply)
{
    // Qt reports a connection reset after part of a Content-Length body as a clean finish;
    // a short body is a broken transfer, not a response. (Decoded bodies have another length.)
    bool known = false;
    const qint64 announced = reply.header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (!known || reply.hasRawHeader("Content-Encoding") || m_spec.method == "HEAD"
        || m_outcome.body.size() >= announced) {
        return;
    }
    m_outcome.networkError = QNetworkReply::RemoteHostClosedError;
    m_outcome.networkErrorString = tr("The connection closed after %1 of %2 bytes")
                                           .arg(m_outcome.body.size())
                                           .arg(announced);
}

bool HttpExchange::followRedirect()
{
    const QByteArray location = m_response.headers.isEmpty() ? QByteArray() : [this] {
        for (const auto &[name, value] : std::as_const(m_response.headers)) {
            if (name.compare("Location", Qt::CaseInsensitive) == 0) {
                return value;
            }
        }
        return QByteArray();
    }();
    if (location.isEmpty()) {
        return false;
    }
    const QUrl target = m_spec.url.resolved(QUrl::fromEncoded(location));
    const auto refuse = [this](const QString &why) {
        m_outcome.networkError = QNetworkReply::ProtocolFailure;
        m_outcome.networkErrorString = why;
        m_outcome.httpStatus = 0;
        return false;
    };
    if (++m_redirects > m_settings.maxRedirects) {
        return refuse(tr("Too many redirects (more than %1)").arg(m_settings.maxRedirects));
    }
    if (m_spec.url.scheme() == u"https"_s && target.scheme() != u"https"_s) {
        return refuse(tr("Refused a redirect from https to %1").arg(target.toDisplayString()));
    }
    if (target.scheme() != u"https"_s && target.scheme() != u"http"_s) {
        return refuse(tr("Refused a redirect to %1").arg(target.toDisplayString()));
    }
    if (!Endpoints::sameOrigin(m_spec.url, target)) {
        // The key belongs to the configured API origin only; once we leave it, it stays behind.
        m_sendKey = false;
    }
    if (m_outcome.httpStatus == 303) {
        m_spec.method = QByteArrayLiteral("GET");
        m_spec.body.clear();
    }
    m_spec.url = target;
    send();
    return true;
}

void HttpExchange::finish()
{
    m_deadline.stop();
    m_finished = true;
    Q_EMIT finished();
}

} // namespace callpad
