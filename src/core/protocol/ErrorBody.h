#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace callpad {

// What the body of an error response says, read leniently: Opper's {type, message, detail},
// FastAPI's bare {detail}, an {error: ...} object from a proxy, or no JSON at all.
struct ErrorBody
{
    QString type;
    QString message;
    QJsonValue detail; // Undefined when the body had none
};

ErrorBody readErrorBody(const QByteArray &body, const QByteArray &contentType);

// A short plain-text rendering of a body that is not JSON, e.g. a proxy's HTML error page: tags,
// scripts and styles removed, entities decoded, whitespace collapsed, capped at maxChars with "…".
QString plainTextPreview(const QByteArray &body, const QByteArray &contentType, int maxChars = 300);

} // namespace callpad
