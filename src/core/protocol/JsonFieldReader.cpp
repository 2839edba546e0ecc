#include "core/protocol/JsonFieldReader.h"

#include "core/protocol/ErrorBody.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53

} // namespace

JsonFieldReader::JsonFieldReader(ApiError *error, QString path)
    : m_error(error), m_path(std::move(path))
{
}

JsonFieldReader JsonFieldReader::child(const QString &key) const
{
    return JsonFieldReader(m_error, fieldPath(key));
}

JsonFieldReader JsonFieldReader::element(qsizetype index) const
{
    return JsonFieldReader(m_error, m_path + u'[' + QString::number(index) + u']');
}

QString JsonFieldReader::fieldPath(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void JsonFieldReader::fail(const QString &field, const QString &message) const
{
    if (m_error && !m_error->isError()) {
        *m_error = ApiError::invalidResponse(field, message);
    }
}

std::optional<QString> JsonFieldReader::string(const QJsonObject &object, const QString &key) const
{
    const QJsonValue value = object.value(key);
    if (absent(value)) {
        return std::nullopt;
    }
    if (!value.isString()) {
        fail(fieldPath(key), tr("field %1 should be a string").arg(fieldPath(key)));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<bool> JsonFieldReader::boolean(const QJsonObject &object, const QString &key) const
{
    const QJsonValue value = object.value(key);
    if (absent(value)) {
        return std::nullopt;
    }
    if (!value.isBool()) {
        fail(fieldPath(key), tr("field %1 should be true or false").arg(fieldPath(key)));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<double> JsonFieldReader::number(const QJsonObject &object, const QString &key) const
{
    const QJsonValue value = object.value(key);
    if (absent(value)) {
        return std::nullopt;
    }
    if (!value.isDouble()) {
        fail(fieldPath(key), tr("field %1 should be a number").arg(fieldPath(key)));
        return std::nullopt;
    }
    return value.toDouble();
}

std::optional<qint64> JsonFieldReader::wholeNumber(const QJsonObject &object,
                                                   const QString &key) const
{
    const std::optional<double> value = number(object, key);
    if (!value) {
        return std::nullopt;
    }
    if (!std::isfinite(*value) || std::abs(*value) > kMaxExactInteger) {
        fail(fieldPath(key), tr("field %1 is out of range").arg(fieldPath(key)));
        return std::nullopt;
    }
    return qint64(std::llround(*value));
}

std::optional<QJsonObject> JsonFieldReader::object(const QJsonObject &object,
                                                   const QString &key) const
{
    return child(key).objectValue(object.value(key));
}

std::optional<QJsonObject> JsonFieldReader::objectValue(const QJsonValue &value) const
{
    if (absent(value)) {
        return std::nullopt;
    }
    if (!value.isObject()) {
        fail(m_path, tr("field %1 should be an object").arg(m_path));
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QJsonArray> JsonFieldReader::array(const QJsonObject &object,
                                                 const QString &key) const
{
    const QJsonValue value = object.value(key);
    if (absent(value)) {
        return std::nullopt;
    }
    if (!value.isArray()) {
        fail(fieldPath(key), tr("field %1 should be an array").arg(fieldPath(key)));
        return std::nullopt;
    }
    return value.toArray();
}

std::optional<QStringList> JsonFieldReader::stringList(const QJsonObject &object,
                                                       const QString &key) const
{
    const std::optional<QJsonArray> items = array(object, key);
    if (!items) {
        return std::nullopt;
    }
    QStringList strings;
    strings.reserve(items->size());
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QJsonValue item = items->at(i);
        if (!item.isString()) {
            const QString itemPath = child(key).element(i).path();
            fail(itemPath, tr("field %1 should be a string").arg(itemPath));
            continue;
        }
        strings << item.toString();
    }
    return strings;
}

std::optional<QDateTime> JsonFieldReader::dateTime(const QJsonObject &object,
                                                   const QString &key) const
{
    const std::optional<QString> text = string(object, key);
    if (!text) {
        return std::nullopt;
    }
    const QDateTime parsed = parseRfc3339(*text);
    if (!parsed.isValid()) {
        fail(fieldPath(key), tr("field %1 should be an RFC 3339 date-time").arg(fieldPath(key)));
        return std::nullopt;
    }
    return parsed;
}

std::optional<QJsonObject> JsonFieldReader::parseObject(const QByteArray &body, ApiError *error)
{
    ApiError result;
    result.kind = ErrorKind::InvalidJson;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (body.trimmed().isEmpty()) {
        result.message = tr("The response body is empty");
    } else if (parseError.error != QJsonParseError::NoError) {
        result.message = tr("The response is not valid JSON: %1 at byte %2")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset);
        result.detail = plainTextPreview(body, {});
    } else if (!document.isObject()) {
        result.message = tr("The response is a JSON array where an object was expected");
    } else {
        return document.object();
    }
    if (error) {
        *error = result;
    }
    return std::nullopt;
}

QDateTime parseRfc3339(QStringView text)
{
    static const QRegularExpression pattern(
            u"^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?"
            u"(?:([Zz])|([+-])(\\d{2}):?(\\d{2}))?$"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch()) {
        return {};
    }
    const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(),
                     m.capturedView(3).toInt());
    // A leap second (":60") is real in RFC 3339 but not in QTime.
    const int second = qMin(m.capturedView(6).toInt(), 59);
    const int ms
            = m.capturedView(7).isEmpty() ? 0 : QString(m.captured(7) + u"00"_s).left(3).toInt();
    const QTime time(m.capturedView(4).toInt(), m.capturedView(5).toInt(), second, ms);
    if (!date.isValid() || !time.isValid()) {
        return {};
    }
    int offset = 0;
    if (!m.capturedView(9).isEmpty()) {
        const int hours = m.capturedView(10).toInt();
        const int minutes = m.capturedView(11).toInt();
        if (hours > 23 || minutes > 59) {
            return {};
        }
        offset = (hours * 60 + minutes) * 60 * (m.capturedView(9) == u"-" ? -1 : 1);
    }
    return QDateTime(date, time, QTimeZone(offset)).toUTC();
}

} // namespace callpad
