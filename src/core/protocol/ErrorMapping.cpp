// mapError() and parseRetryAfter(), declared in ApiError.h: transport facts in, one ApiError out.
#include "core/protocol/ApiError.h"

#include "core/protocol/ErrorBody.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <limits>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

// "127.0.0.1:8080", "[::1]:443", "api.opper.ai:443": what the user configured, port made explicit.
QString endpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return {};
    }
    const int defaultPort = url.scheme() == u"https" ? 443 : 80;
    const QString host = url.host().contains(u':') ? u'[' + url.host() + u']' : url.host();
    return host + u':' + QString::number(url.port(defaultPort));
}

QString seconds(qint64 ms)
{
    if (ms % 1000 == 0) {
        return QString::number(ms / 1000);
    }
    return QString::number(double(ms) / 1000.0, 'f', 1);
}

QString statusPhrase(int status)
{
    switch (status) {
    case 400:
        return ApiError::tr("Bad request");
    case 401:
        return ApiError::tr("Unauthorized: check the API key");
    case 403:
        return ApiError::tr("Forbidden");
    case 404:
        return ApiError::tr("Not found");
    case 409:
        return ApiError::tr("Conflict");
    case 413:
        return ApiError::tr("The request is too large");
    case 422:
        return ApiError::tr("The request is invalid");
    case 429:
        return ApiError::tr("Rate limited");
    case 500:
        return ApiError::tr("Internal server error");
    case 502:
        return ApiError::tr("Bad gateway");
    case 503:
        return ApiError::tr("Service unavailable");
    case 504:
        return ApiError::tr("Gateway timeout");
    default:
        return status >= 500 ? ApiError::tr("Server error") : ApiError::tr("Client error");
    }
}

ApiError httpError(const TransferOutcome &outcome, const QDateTime &now)
{
    ApiError error;
    error.kind = outcome.httpStatus == 429 ? ErrorKind::RateLimited : ErrorKind::Http;
    error.httpStatus = outcome.httpStatus;
    const ErrorBody body = readErrorBody(outcome.body, outcome.contentType);
    error.type = body.type;
    error.message = body.message;
    error.detail = body.detail;
    if (error.message.isEmpty()) {
        if (body.detail.isString()) {
            error.message = body.detail.toString();
        } else {
            error.message = statusPhrase(outcome.httpStatus);
        }
    }
    error.message = ApiError::cut(error.message);
    if (error.kind == ErrorKind::RateLimited) {
        error.retryAfterSeconds = parseRetryAfter(outcome.retryAfter, now);
    }
    return error;
}

ApiError timeoutError(const TransferOutcome &outcome)
{
    ApiError error;
    error.kind = ErrorKind::Timeout;
    const QString where = endpoint(outcome.url);
    if (outcome.timeoutMs > 0) {
        error.message = where.isEmpty()
                ? ApiError::tr("Timed out after %1 s").arg(seconds(outcome.timeoutMs))
                : ApiError::tr("Timed out after %1 s waiting for %2")
                          .arg(seconds(outcome.timeoutMs), where);
    } else {
        error.message = where.isEmpty() ? ApiError::tr("The request timed out")
                                        : ApiError::tr("Timed out waiting for %1").arg(where);
    }
    return error;
}

ApiError transportError(const TransferOutcome &outcome)
{
    ApiError error;
    const QString where = endpoint(outcome.url);
    const QString qtText = outcome.networkErrorString;
    if (!qtText.isEmpty()) {
        error.detail = qtText; // Qt's own words, for the details pane
    }
    // Qt has one TLS error code; other TLS trouble (no backend, a failed init) comes as an
    // unknown error whose text says SSL or TLS.
    static const QRegularExpression tlsWords(u"\\b(SSL|TLS)\\b"_s);
    const bool tlsText = outcome.networkError == QNetworkReply::UnknownNetworkError
            && tlsWords.match(qtText).hasMatch();
    switch (tlsText ? QNetworkReply::SslHandshakeFailedError : outcome.networkError) {
    case QNetworkReply::ConnectionRefusedError:
        error.kind = ErrorKind::ConnectionRefused;
        error.message = where.isEmpty() ? ApiError::tr("Connection refused")
                                        : ApiError::tr("Connection refused by %1").arg(where);
        break;
    case QNetworkReply::RemoteHostClosedError:
        error.kind = ErrorKind::ConnectionClosed;
        error.message = where.isEmpty()
                ? ApiError::tr("The server closed the connection before the response was complete")
                : ApiError::tr("%1 closed the connection before the response was complete")
                          .arg(where);
        break;
    case QNetworkReply::HostNotFoundError:
        error.kind = ErrorKind::HostNotFound;
        error.message = outcome.url.host().isEmpty()
                ? ApiError::tr("Host not found")
                : ApiError::tr("Host %1 not found").arg(outcome.url.host());
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = ErrorKind::Tls;
        if (where.isEmpty()) {
            error.message = qtText.isEmpty() ? ApiError::tr("TLS error")
                                             : ApiError::tr("TLS error: %1").arg(qtText);
        } else {
            error.message = qtText.isEmpty()
                    ? ApiError::tr("TLS handshake with %1 failed").arg(where)
                    : ApiError::tr("TLS handshake with %1 failed: %2").arg(where, qtText);
        }
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return [&] {
            ApiError timeout = timeoutError(outcome);
            timeout.detail = error.detail;
            return timeout;
        }();
    case QNetworkReply::OperationCanceledError:
        error.kind = ErrorKind::Cancelled;
        error.message = ApiError::tr("The request was cancelled");
        break;
    default:
        error.kind = ErrorKind::Network;
        if (qtText.isEmpty()) {
            error.message = ApiError::tr("Network error (code %1)").arg(int(outcome.networkError));
        } else {
            error.message = where.isEmpty()
                    ? ApiError::tr("Network error: %1").arg(qtText)
                    : ApiError::tr("Network error with %1: %2").arg(where, qtText);
        }
        break;
    }
    return error;
}

int clampSeconds(qint64 value)
{
    return int(qBound(qint64(0), value, qint64(std::numeric_limits<int>::max())));
}

// RFC 7231 §7.1.1.1: IMF-fixdate, plus the obsolete RFC 850 and asctime forms a recipient must
// accept. The month names are English by definition, never localized.
QDateTime parseHttpDate(const QString &text)
{
    static const QString months = u"JanFebMarAprMayJunJulAugSepOctNovDec"_s;
    using RE = QRegularExpression;
    static const RE imf(
            u"^[A-Za-z]{3}, (\\d{2}) ([A-Za-z]{3}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"_s);
    static const RE rfc850(
            u"^[A-Za-z]+, (\\d{2})-([A-Za-z]{3})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"_s);
    static const RE asctime(
            u"^[A-Za-z]{3} ([A-Za-z]{3}) ([ \\d]\\d) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$"_s);
    int day = 0;
    int year = 0;
    QString month;
    QStringList time;
    if (const auto m = imf.match(text); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = m.captured(2);
        year = m.captured(3).toInt();
        time = { m.captured(4), m.captured(5), m.captured(6) };
    } else if (const auto m850 = rfc850.match(text); m850.hasMatch()) {
        day = m850.captured(1).toInt();
        month = m850.captured(2);
        const int yy = m850.captured(3).toInt();
        year = yy < 70 ? 2000 + yy : 1900 + yy;
        time = { m850.captured(4), m850.captured(5), m850.captured(6) };
    } else if (const auto ma = asctime.match(text); ma.hasMatch()) {
        month = ma.captured(1);
        day = ma.captured(2).trimmed().toInt();
        time = { ma.captured(3), ma.captured(4), ma.captured(5) };
        year = ma.captured(6).toInt();
    } else {
        return {};
    }
    const qsizetype monthIndex = months.indexOf(month, 0, Qt::CaseInsensitive);
    if (monthIndex < 0 || monthIndex % 3 != 0) {
        return {};
    }
    const QDate date(year, int(monthIndex / 3) + 1, day);
    const QTime clock(time.at(0).toInt(), time.at(1).toInt(), time.at(2).toInt());
    if (!date.isValid() || !clock.isValid()) {
        return {};
    }
    return { date, clock, QTimeZone::utc() };
}

} // namespace

ApiError mapError(const TransferOutcome &outcome)
{
    return mapError(outcome, QDateTime::currentDateTimeUtc());
}

ApiError mapError(const TransferOutcome &outcome, const QDateTime &now)
{
    ApiError error;
    if (outcome.timedOut) {
        error = timeoutError(outcome);
    } else if (outcome.tooLarge) {
        error.kind = ErrorKind::TooLarge;
        if (outcome.sizeCap > 0) {
            const double mib = double(outcome.sizeCap) / (1024.0 * 1024.0);
            const bool whole = outcome.sizeCap % (qint64(1024) * 1024) == 0;
            error.message = ApiError::tr("The response exceeded the size limit of %1 MiB")
                                    .arg(QString::number(mib, 'f', whole ? 0 : 1));
        } else {
            error.message = ApiError::tr("The response exceeded the size limit");
        }
    } else if (outcome.cancelled) {
        error.kind = ErrorKind::Cancelled;
        error.message = ApiError::tr("The request was cancelled");
    } else if (outcome.httpStatus >= 400) {
        // The server answered: its status and body say more than QNAM's "content" error codes
        // (ContentNotFoundError for a 404 and so on).
        error = httpError(outcome, now);
    } else if (outcome.networkError != QNetworkReply::NoError) {
        error = transportError(outcome);
    }
    error.httpStatus = outcome.httpStatus;
    return error;
}

std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    const bool allDigits = std::all_of(trimmed.cbegin(), trimmed.cend(),
                                       [](char c) { return c >= '0' && c <= '9'; });
    if (allDigits) {
        bool ok = false;
        const qint64 delta = trimmed.toLongLong(&ok);
        return ok ? clampSeconds(delta) : std::numeric_limits<int>::max(); // only overflow fails
    }
    const QDateTime date = parseHttpDate(QString::fromLatin1(trimmed));
    if (!date.isValid() || !now.isValid()) {
        return std::nullopt;
    }
    return clampSeconds(now.secsTo(date));
}

} // namespace callpad
