#pragma once

#include "core/protocol/ApiError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace callpad {

// Reads typed fields of API responses leniently: a missing or null field gives nullopt; a field of
// the wrong type also gives nullopt and records an InvalidResponse error naming the full path
// ("usage.input_tokens", "images[2]"). Only the first error is kept, so parsing can go on and
// return everything that did make sense.
class JsonFieldReader final
{
    Q_DECLARE_TR_FUNCTIONS(callpad::JsonFieldReader)

public:
    explicit JsonFieldReader(ApiError *error, QString path = {});

    JsonFieldReader child(const QString &key) const; // "usage" -> "usage.output_tokens_details"
    JsonFieldReader element(qsizetype index) const; // "data" -> "data[3]"
    QString path() const { return m_path; }
    QString fieldPath(const QString &key) const;

    std::optional<QString> string(const QJsonObject &object, const QString &key) const;
    std::optional<bool> boolean(const QJsonObject &object, const QString &key) const;
    std::optional<double> number(const QJsonObject &object, const QString &key) const;
    // 25 and 25.0 both read as 25; fractions are rounded; beyond ±2^53 is an error.
    std::optional<qint64> wholeNumber(const QJsonObject &object, const QString &key) const;
    std::optional<QJsonObject> object(const QJsonObject &object, const QString &key) const;
    std::optional<QJsonArray> array(const QJsonObject &object, const QString &key) const;
    std::optional<QStringList> stringList(const QJsonObject &object, const QString &key) const;
    // RFC 3339, with an offset or Z, with or without fractional seconds.
    std::optional<QDateTime> dateTime(const QJsonObject &object, const QString &key) const;

    // The same checks on a value at this reader's own path (an array element, say).
    std::optional<QJsonObject> objectValue(const QJsonValue &value) const;

    void fail(const QString &field, const QString &message) const;

    // A whole response body that must be a JSON object; InvalidJson otherwise, with a short
    // plain-text preview of what came instead in `detail`.
    static std::optional<QJsonObject> parseObject(const QByteArray &body, ApiError *error);

private:
    static bool absent(const QJsonValue &value) { return value.isUndefined() || value.isNull(); }

    ApiError *m_error;
    QString m_path;
};

// RFC 3339 date-time ("2024-05-01T12:00:00Z", "2024-05-01T12:00:00.123456+02:00"), in UTC.
// A missing offset is read as UTC. Invalid QDateTime when the text is not such a date.
QDateTime parseRfc3339(QStringView text);

} // namespace callpad
