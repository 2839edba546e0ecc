#include "core/history/HistoryCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace callpad::HistoryCodec {

QByteArray headersToJson(const HeaderList &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers) {
        array.append(QJsonArray { QString::fromLatin1(name), QString::fromLatin1(value) });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

HeaderList headersFromJson(const QByteArray &json)
{
    HeaderList headers;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const auto &item : array) {
        const QJsonArray pair = item.toArray();
        if (pair.size() == 2 && pair.at(0).isString()) {
            headers.append({ pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1() });
        }
    }
    return headers;
}

bool isSecretHeader(const QByteArray &name)
{
    const QByteArray lower = name.trimmed().toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "x-api-key"
            || lower == "cookie" || lower == "set-cookie";
}

HeaderList maskSecretHeaders(HeaderList headers)
{
    for (auto &[name, value] : headers) {
        if (isSecretHeader(name) && value != RequestRecord::maskedAuthorization()) {
            value = RequestRecord::maskedAuthorization();
        }
    }
    return headers;
}

QByteArray errorToJson(const ApiError &error)
{
    if (!error.isError()) {
        return {};
    }
    QJsonObject object { { u"kind"_s, ApiError::kindName(error.kind) },
                         { u"message"_s, error.message } };
    if (error.httpStatus != 0) {
        object.insert(u"http_status"_s, error.httpStatus);
    }
    if (!error.type.isEmpty()) {
        object.insert(u"type"_s, error.type);
    }
    if (!error.detail.isUndefined()) {
        object.insert(u"detail"_s, error.detail);
    }
    if (!error.field.isEmpty()) {
        object.insert(u"field"_s, error.field);
    }
    if (error.line > 0) {
        object.insert(u"line"_s, error.line);
        object.insert(u"column"_s, error.column);
    }
    if (error.retryAfterSeconds) {
        object.insert(u"retry_after_seconds"_s, *error.retryAfterSeconds);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ErrorKind errorKindFromName(const QString &name)
{
    if (name.isEmpty() || name == ApiError::kindName(ErrorKind::None)) {
        return ErrorKind::None;
    }
    for (int i = int(ErrorKind::InvalidInput); i <= int(ErrorKind::StreamIncomplete); ++i) {
        const auto kind = ErrorKind(i);
        if (ApiError::kindName(kind) == name) {
            return kind;
        }
    }
    return ErrorKind::Network;
}

ApiError errorFromJson(const QByteArray &json, const QString &kindName)
{
    ApiError error;
    error.kind = errorKindFromName(kindName);
    if (!error.isError()) {
        return error;
    }
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    error.httpStatus = object.value(u"http_status").toInt();
    error.type = object.value(u"type").toString();
    error.message = object.value(u"message").toString();
    error.detail = object.value(u"detail");
    error.field = object.value(u"field").toString();
    error.line = object.value(u"line").toInt();
    error.column = object.value(u"column").toInt();
    if (object.value(u"retry_after_seconds").isDouble()) {
        error.retryAfterSeconds = object.value(u"retry_after_seconds").toInt();
    }
    return error;
}

QString imageSourceName(ImageSource source)
{
    switch (source) {
    case ImageSource::HttpUrl:
        return u"url"_s;
    case ImageSource::DataUrl:
        return u"data_url"_s;
    case ImageSource::Base64:
        return u"base64"_s;
    case ImageSource::Invalid:
        break;
    }
    return u"invalid"_s;
}

ImageSource imageSourceFromName(const QString &name)
{
    if (name == u"url") {
        return ImageSource::HttpUrl;
    }
    if (name == u"data_url") {
        return ImageSource::DataUrl;
    }
    if (name == u"base64") {
        return ImageSource::Base64;
    }
    return ImageSource::Invalid;
}

} // namespace callpad::HistoryCodec
