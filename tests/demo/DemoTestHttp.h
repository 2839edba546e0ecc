#pragma once

// Small QNetworkAccessManager wrapper for the demo server tests: one request, wait for
// `finished` with QSignalSpy, hand back everything a test wants to assert on.

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrlQuery>
#include <utility>

namespace callpad::test {

using namespace Qt::StringLiterals;

struct HttpResult
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lowercased names
    QUrl url; // after redirects

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    bool isJson() const
    {
        QJsonParseError e {};
        QJsonDocument::fromJson(body, &e);
        return e.error == QJsonParseError::NoError;
    }
    // `data:` payloads of the SSE events in the body, in order.
    QList<QJsonObject> events() const
    {
        QList<QJsonObject> out;
        for (const QByteArray &block : body.split('\n')) {
            if (block.startsWith("data: ")) {
                out.append(QJsonDocument::fromJson(block.mid(6)).object());
            }
        }
        return out;
    }
};

class DemoTestHttp
{
public:
    static constexpr int TimeoutMs = 20000;

    explicit DemoTestHttp(QUrl base) : m_base(std::move(base)) { }

    QNetworkAccessManager &nam() { return m_nam; }

    QNetworkRequest request(const QString &path, const QUrlQuery &query = {},
                            const QByteArray &auth = "Bearer demo-key"_ba) const
    {
        QUrl url = m_base;
        url.setPath(m_base.path() + path, QUrl::TolerantMode);
        url.setQuery(query);
        QNetworkRequest req(url);
        if (!auth.isEmpty()) {
            req.setRawHeader("Authorization"_ba, auth);
        }
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
        return req;
    }

    HttpResult get(const QString &path, const QUrlQuery &query = {},
                   const QByteArray &auth = "Bearer demo-key"_ba)
    {
        return run(m_nam.get(request(path, query, auth)));
    }

    HttpResult post(const QString &path, const QByteArray &body,
                    const QByteArray &auth = "Bearer demo-key"_ba)
    {
        QNetworkRequest req = request(path, {}, auth);
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        return run(m_nam.post(req, body));
    }

    HttpResult post(const QString &path, const QJsonObject &body)
    {
        return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    static HttpResult run(QNetworkReply *reply)
    {
        HttpResult result;
        QSignalSpy finished(reply, &QNetworkReply::finished);
        result.finished = reply->isFinished() || finished.wait(TimeoutMs);
        result.error = reply->error();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs()) {
            result.headers.insert(pair.first.toLower(), pair.second);
        }
        result.url = reply->url();
        reply->deleteLater();
        return result;
    }

    static QString callPath(QLatin1StringView function, QLatin1StringView revision)
    {
        return u"/functions/"_s + function + u"/call/"_s + revision;
    }
    static QString streamPath(QLatin1StringView function, QLatin1StringView revision)
    {
        return u"/functions/"_s + function + u"/call/stream/"_s + revision;
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

} // namespace callpad::test
