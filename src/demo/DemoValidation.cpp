#include "demo/DemoValidation.h"

#include "demo/DemoCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace callpad {

using namespace Qt::StringLiterals;

namespace DemoValidation {

namespace {

QJsonArray loc(std::initializer_list<QJsonValue> parts)
{
    QJsonArray out;
    for (const QJsonValue &part : parts) {
        out.append(part);
    }
    return out;
}

ValidationIssue stringType(const QJsonArray &where, const QJsonValue &value)
{
    return { where, u"Input should be a valid string"_s, u"string_type"_s, value, {} };
}

void checkExamples(const QJsonValue &examples, QList<ValidationIssue> &issues)
{
    if (examples.isUndefined() || examples.isNull()) {
        return;
    }
    if (!examples.isArray()) {
        issues.append({ loc({ u"body"_s, u"examples"_s }),
                        u"Input should be a valid list"_s,
                        u"list_type"_s,
                        examples,
                        {} });
        return;
    }
    const QJsonArray list = examples.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QJsonValue item = list.at(i);
        if (!item.isObject()) {
            issues.append(
                    { loc({ u"body"_s, u"examples"_s, i }),
                      u"Input should be a valid dictionary or object to extract fields from"_s,
                      u"model_attributes_type"_s,
                      item,
                      {} });
            continue;
        }
        const QJsonObject example = item.toObject();
        for (const QString &required : { u"input"_s, u"output"_s }) {
            if (!example.contains(required)) {
                issues.append({ loc({ u"body"_s, u"examples"_s, i, required }),
                                u"Field required"_s,
                                u"missing"_s,
                                example,
                                {} });
            }
        }
        const QJsonValue comment = example.value(u"comment"_s);
        if (!comment.isUndefined() && !comment.isNull() && !comment.isString()) {
            issues.append(stringType(loc({ u"body"_s, u"examples"_s, i, u"comment"_s }), comment));
        }
    }
}

void checkTags(const QJsonValue &tags, QList<ValidationIssue> &issues)
{
    if (tags.isUndefined() || tags.isNull()) {
        return;
    }
    if (!tags.isObject()) {
        issues.append({ loc({ u"body"_s, u"tags"_s }),
                        u"Input should be a valid dictionary"_s,
                        u"dict_type"_s,
                        tags,
                        {} });
        return;
    }
    const QJsonObject object = tags.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString()) {
            issues.append(stringType(loc({ u"body"_s, u"tags"_s, it.key() }), it.value()));
        }
    }
}

void checkParentSpan(const QJsonValue &parent, QList<ValidationIssue> &issues)
{
    if (parent.isUndefined() || parent.isNull()) {
        return;
    }
    const QJsonArray where = loc({ u"body"_s, u"parent_span_id"_s });
    if (!parent.isString()) {
        issues.append({ where,
                        u"UUID input should be a string, bytes or UUID object"_s,
                        u"uuid_type"_s,
                        parent,
                        {} });
    } else if (!normalizeUuid(parent.toString())) {
        pathUuid(parent.toString(), QString(), issues);
        issues.last().loc = where;
    }
}

} // namespace

std::optional<QString> normalizeUuid(const QString &text)
{
    static const QRegularExpression hex(u"^[0-9a-fA-F]{32}$"_s);
    QString s = text.trimmed();
    if (s.startsWith(u"urn:uuid:"_s, Qt::CaseInsensitive)) {
        s = s.mid(9);
    }
    if (s.startsWith(QLatin1Char('{')) && s.endsWith(QLatin1Char('}'))) {
        s = s.mid(1, s.size() - 2);
    }
    if (s.size() == 36) {
        for (int i : { 8, 13, 18, 23 }) {
            if (s.at(i) != QLatin1Char('-')) {
                return std::nullopt;
            }
        }
        s.remove(QLatin1Char('-'));
    }
    if (!hex.match(s).hasMatch()) {
        return std::nullopt;
    }
    s = s.toLower();
    return s.left(8) + u'-' + s.mid(8, 4) + u'-' + s.mid(12, 4) + u'-' + s.mid(16, 4) + u'-'
            + s.mid(20);
}

QString pathUuid(const QString &value, const QString &name, QList<ValidationIssue> &issues)
{
    if (const auto normalized = normalizeUuid(value)) {
        return *normalized;
    }
    const bool lengthFits = value.size() == 32 || value.size() == 36;
    const QString error = lengthFits
            ? u"invalid character: expected an optional prefix of `urn:uuid:` followed by "
              "[0-9a-fA-F-]"_s
            : u"invalid length: expected length 32 for simple format, found %1"_s.arg(value.size());
    issues.append({ loc({ u"path"_s, name }), u"Input should be a valid UUID, "_s + error,
                    u"uuid_parsing"_s, value, QJsonObject { { u"error"_s, error } } });
    return {};
}

int queryInt(const QUrlQuery &query, const QString &name, int fallback, int min, int max,
             QList<ValidationIssue> &issues)
{
    if (!query.hasQueryItem(name)) {
        return fallback;
    }
    const QString text = query.queryItemValue(name, QUrl::FullyDecoded);
    const QJsonArray where = loc({ u"query"_s, name });
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok) {
        issues.append({ where,
                        u"Input should be a valid integer, unable to parse string as an integer"_s,
                        u"int_parsing"_s,
                        text,
                        {} });
        return fallback;
    }
    if (value < min) {
        issues.append({ where, u"Input should be greater than or equal to %1"_s.arg(min),
                        u"greater_than_equal"_s, text, QJsonObject { { u"ge"_s, min } } });
        return fallback;
    }
    if (max >= 0 && value > max) {
        issues.append({ where, u"Input should be less than or equal to %1"_s.arg(max),
                        u"less_than_equal"_s, text, QJsonObject { { u"le"_s, max } } });
        return fallback;
    }
    return value;
}

std::optional<DemoResponse> callBody(const QByteArray &body, QJsonObject &parsed,
                                     QList<ValidationIssue> &issues)
{
    if (body.trimmed().isEmpty()) {
        issues.append({ loc({ u"body"_s }), u"Field required"_s, u"missing"_s, QJsonValue(), {} });
        return std::nullopt;
    }
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return DemoErrors::badRequest(
                u"Invalid JSON body: %1 at offset %2"_s.arg(error.errorString()).arg(error.offset));
    }
    if (!doc.isObject()) {
        issues.append({ loc({ u"body"_s }),
                        u"Input should be a valid dictionary or object to extract fields from"_s,
                        u"model_attributes_type"_s,
                        doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(),
                        {} });
        return std::nullopt;
    }
    parsed = doc.object();
    checkParentSpan(parsed.value(u"parent_span_id"_s), issues);
    checkExamples(parsed.value(u"examples"_s), issues);
    checkTags(parsed.value(u"tags"_s), issues);
    return std::nullopt;
}

void input(const DemoFunction &function, const QJsonValue &value, QList<ValidationIssue> &issues)
{
    if (value.isUndefined() || value.isNull()) {
        issues.append({ loc({ u"body"_s, u"input"_s }),
                        u"Field required"_s,
                        u"missing"_s,
                        QJsonValue(),
                        {} });
        return;
    }
    if (!value.isObject()) {
        issues.append({ loc({ u"body"_s, u"input"_s }),
                        u"Input should be a valid dictionary"_s,
                        u"dict_type"_s,
                        value,
                        {} });
        return;
    }
    const QJsonObject object = value.toObject();
    const QJsonObject properties = function.inputSchema.value(u"properties"_s).toObject();
    for (const auto &required : function.inputSchema.value(u"required"_s).toArray()) {
        if (!object.contains(required.toString())) {
            issues.append({ loc({ u"body"_s, u"input"_s, required }),
                            u"Field required"_s,
                            u"missing"_s,
                            object,
                            {} });
        }
    }
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (!object.contains(it.key())) {
            continue;
        }
        const QJsonValue field = object.value(it.key());
        const QJsonObject schema = it.value().toObject();
        const QString type = schema.value(u"type"_s).toString();
        const QJsonArray where = loc({ u"body"_s, u"input"_s, it.key() });
        if (type == u"string"_s && !field.isString()) {
            issues.append(stringType(where, field));
        } else if (type == u"integer"_s) {
            const double number = field.toDouble();
            if (!field.isDouble() || number != std::floor(number)) {
                issues.append(
                        { where, u"Input should be a valid integer"_s, u"int_type"_s, field, {} });
            } else if (schema.contains(u"minimum"_s)
                       && number < schema.value(u"minimum"_s).toDouble()) {
                const int min = schema.value(u"minimum"_s).toInt();
                issues.append({ where, u"Input should be greater than or equal to %1"_s.arg(min),
                                u"greater_than_equal"_s, field, QJsonObject { { u"ge"_s, min } } });
            } else if (schema.contains(u"maximum"_s)
                       && number > schema.value(u"maximum"_s).toDouble()) {
                const int max = schema.value(u"maximum"_s).toInt();
                issues.append({ where, u"Input should be less than or equal to %1"_s.arg(max),
                                u"less_than_equal"_s, field, QJsonObject { { u"le"_s, max } } });
            }
        }
    }
}

} // namespace DemoValidation
} // namespace callpad
