#include "core/protocol/ApiError.h"

#include "core/protocol/ErrorBody.h"
#include "core/protocol/JsonText.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

// One line of a FastAPI validation item: "body.input.x → field required".
QString fastApiLine(const QJsonValue &item)
{
    if (item.isString()) {
        return item.toString();
    }
    const QJsonObject object = item.toObject();
    if (!item.isObject() || !object.contains(u"msg")) {
        return toJsonText(item, false);
    }
    QStringList location;
    const QJsonArray loc = object.value(u"loc").toArray();
    for (const auto &part : loc) {
        location << (part.isString() ? part.toString() : toJsonText(part, false));
    }
    const QString message = object.value(u"msg").toString();
    return location.isEmpty() ? message : location.join(u'.') + u" → "_s + message;
}

// The part of `detail` worth repeating in a one-line summary: a short string, or the first
// validation item and how many more there are.
QString detailForSummary(const ApiError &error)
{
    QString text;
    if (error.detail.isString()) {
        // Cut before simplifying: a detail string may be megabytes, the summary wants a line.
        text = error.detail.toString();
        text.truncate(ApiError::MessageLimit - 1); // what a cut message keeps of it
        text = text.simplified();
    } else if (error.detail.isArray() && !error.detail.toArray().isEmpty()) {
        const QJsonArray items = error.detail.toArray();
        text = fastApiLine(items.first()).simplified();
        if (items.size() > 1) {
            text = ApiError::tr("%1 (and %n more)", nullptr, int(items.size() - 1)).arg(text);
        }
    }
    if (text == error.message || error.message.contains(text)) {
        return {};
    }
    return ApiError::cut(text, 200);
}

QString defaultMessage(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::InvalidInput:
        return ApiError::tr("Invalid input");
    case ErrorKind::Http:
        return ApiError::tr("The server answered with an error");
    case ErrorKind::RateLimited:
        return ApiError::tr("Rate limited");
    case ErrorKind::Timeout:
        return ApiError::tr("The request timed out");
    case ErrorKind::ConnectionRefused:
        return ApiError::tr("Connection refused");
    case ErrorKind::ConnectionClosed:
        return ApiError::tr("The connection was closed before the response was complete");
    case ErrorKind::HostNotFound:
        return ApiError::tr("Host not found");
    case ErrorKind::Tls:
        return ApiError::tr("TLS error");
    case ErrorKind::Network:
        return ApiError::tr("Network error");
    case ErrorKind::Cancelled:
        return ApiError::tr("Cancelled");
    case ErrorKind::InvalidJson:
        return ApiError::tr("The response is not valid JSON");
    case ErrorKind::InvalidResponse:
        return ApiError::tr("The response has an unexpected shape");
    case ErrorKind::TooLarge:
        return ApiError::tr("The response is too large");
    case ErrorKind::StreamError:
        return ApiError::tr("The stream reported an error");
    case ErrorKind::StreamIncomplete:
        return ApiError::tr("The stream ended in the middle of an event");
    }
    return {};
}

} // namespace

QString ApiError::detailText() const
{
    if (detail.isUndefined() || detail.isNull()) {
        return {};
    }
    if (detail.isString()) {
        return detail.toString();
    }
    if (detail.isArray()) {
        QStringList lines;
        const QJsonArray items = detail.toArray();
        for (const auto &item : items) {
            lines << fastApiLine(item);
        }
        return lines.join(u'\n');
    }
    return toJsonText(detail, false);
}

QString ApiError::title() const
{
    switch (kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::InvalidInput:
        return field.isEmpty() ? tr("Invalid input") : tr("Invalid input in %1").arg(field);
    case ErrorKind::Http:
        if (httpStatus <= 0) {
            return type.isEmpty() ? tr("Server error") : type;
        }
        return type.isEmpty() ? tr("HTTP %1").arg(httpStatus)
                              : tr("HTTP %1 · %2").arg(httpStatus).arg(type);
    case ErrorKind::RateLimited: {
        const QString what = type.isEmpty() ? tr("Rate limited") : type;
        return retryAfterSeconds
                ? tr("HTTP 429 · %1 — retry after %n s", nullptr, *retryAfterSeconds).arg(what)
                : tr("HTTP 429 · %1").arg(what);
    }
    case ErrorKind::Timeout:
        return tr("Timed out");
    case ErrorKind::ConnectionClosed:
        return tr("Connection closed");
    case ErrorKind::ConnectionRefused:
    case ErrorKind::HostNotFound:
    case ErrorKind::Tls:
    case ErrorKind::Network:
    case ErrorKind::Cancelled:
        return defaultMessage(kind); // short enough to be a title as it is
    case ErrorKind::InvalidJson:
    case ErrorKind::InvalidResponse:
        return tr("Invalid response");
    case ErrorKind::TooLarge:
        return tr("Response too large");
    case ErrorKind::StreamError:
        return type.isEmpty() ? tr("Stream failed") : tr("Stream failed · %1").arg(type);
    case ErrorKind::StreamIncomplete:
        return tr("Stream incomplete");
    }
    return tr("Error");
}

QString ApiError::cut(const QString &text, qsizetype limit)
{
    return text.size() > limit ? text.first(qMax<qsizetype>(0, limit - 1)) + QChar(0x2026) : text;
}

QString ApiError::summary() const
{
    QString text = message.isEmpty() ? defaultMessage(kind) : cut(message);
    switch (kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::InvalidInput:
        if (field.isEmpty()) {
            return tr("Invalid input: %1").arg(text);
        }
        if (line > 0) {
            return tr("Invalid input in %1 at line %2, column %3: %4")
                    .arg(field)
                    .arg(line)
                    .arg(column)
                    .arg(text);
        }
        return tr("Invalid input in %1: %2").arg(field, text);
    case ErrorKind::Http:
    case ErrorKind::RateLimited: {
        QString line1 = text;
        const QString extra = detailForSummary(*this);
        if (!extra.isEmpty()) {
            line1 = tr("%1 (%2)").arg(line1, extra);
        }
        if (kind == ErrorKind::RateLimited && retryAfterSeconds) {
            line1 = tr("%1 (retry after %n s)", nullptr, *retryAfterSeconds).arg(line1);
        }
        if (httpStatus <= 0) {
            return line1;
        }
        return type.isEmpty() ? tr("HTTP %1: %2").arg(httpStatus).arg(line1)
                              : tr("HTTP %1 %2: %3").arg(httpStatus).arg(type, line1);
    }
    case ErrorKind::InvalidResponse:
        return tr("Invalid response: %1").arg(text);
    case ErrorKind::StreamError:
        return type.isEmpty() ? tr("Stream error: %1").arg(text)
                              : tr("Stream error %1: %2").arg(type, text);
    default:
        return text;
    }
}

int ApiError::exitCode() const
{
    switch (kind) {
    case ErrorKind::None:
        return 0;
    case ErrorKind::InvalidInput:
        return 2;
    case ErrorKind::Http:
    case ErrorKind::RateLimited:
    case ErrorKind::StreamError:
        return 3;
    case ErrorKind::Timeout:
    case ErrorKind::ConnectionRefused:
    case ErrorKind::ConnectionClosed:
    case ErrorKind::HostNotFound:
    case ErrorKind::Tls:
    case ErrorKind::Network:
    case ErrorKind::Cancelled:
        return 4;
    case ErrorKind::InvalidJson:
    case ErrorKind::InvalidResponse:
    case ErrorKind::TooLarge:
    case ErrorKind::StreamIncomplete:
        return 5;
    }
    return 1;
}

QString ApiError::kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return u"none"_s;
    case ErrorKind::InvalidInput:
        return u"invalid_input"_s;
    case ErrorKind::Http:
        return u"http"_s;
    case ErrorKind::RateLimited:
        return u"rate_limited"_s;
    case ErrorKind::Timeout:
        return u"timeout"_s;
    case ErrorKind::ConnectionRefused:
        return u"connection_refused"_s;
    case ErrorKind::ConnectionClosed:
        return u"connection_closed"_s;
    case ErrorKind::HostNotFound:
        return u"host_not_found"_s;
    case ErrorKind::Tls:
        return u"tls"_s;
    case ErrorKind::Network:
        return u"network"_s;
    case ErrorKind::Cancelled:
        return u"cancelled"_s;
    case ErrorKind::InvalidJson:
        return u"invalid_json"_s;
    case ErrorKind::InvalidResponse:
        return u"invalid_response"_s;
    case ErrorKind::TooLarge:
        return u"too_large"_s;
    case ErrorKind::StreamError:
        return u"stream_error"_s;
    case ErrorKind::StreamIncomplete:
        return u"stream_incomplete"_s;
    }
    return u"unknown"_s;
}

ApiError ApiError::invalidInput(const QString &field, const QString &message, int line, int column)
{
    ApiError error;
    error.kind = ErrorKind::InvalidInput;
    error.field = field;
    error.message = message;
    error.line = line;
    error.column = column;
    return error;
}

ApiError ApiError::invalidResponse(const QString &field, const QString &message)
{
    ApiError error;
    error.kind = ErrorKind::InvalidResponse;
    error.field = field;
    error.message = message;
    return error;
}

} // namespace callpad
