#include "core/schema/SchemaTemplate.h"

#include "core/schema/SchemaRefs.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

constexpr int kMaxDepth = 32; // nesting of the skeleton, and of $ref/allOf expansion
// A skeleton is a starting point: minItems and minLength are honoured up to a small size only.
constexpr int kMaxItems = 16;
constexpr int kMaxLength = 64;

// A JSON value whose objects keep their keys in insertion order.
struct Skeleton
{
    enum class Kind { Value, Object, Array };
    Kind kind = Kind::Value;
    QJsonValue value; // Kind::Value: any JSON, containers included
    QList<QString> keys; // Kind::Object: member names, parallel to children
    std::vector<Skeleton> children;
    bool truncated = false; // stopped because the schema recursed into itself

    static Skeleton of(const QJsonValue &json)
    {
        return Skeleton { Kind::Value, json, {}, {}, false };
    }
};

QJsonValue toJson(const Skeleton &node)
{
    switch (node.kind) {
    case Skeleton::Kind::Value:
        return node.value;
    case Skeleton::Kind::Object: {
        QJsonObject object;
        for (size_t i = 0; i < node.children.size(); ++i) {
            object.insert(node.keys.at(static_cast<qsizetype>(i)), toJson(node.children[i]));
        }
        return object;
    }
    case Skeleton::Kind::Array: {
        QJsonArray array;
        for (const Skeleton &item : node.children) {
            array.append(toJson(item));
        }
        return array;
    }
    }
    return {};
}

QByteArray valueText(const QJsonValue &value, bool indented, int level)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    QByteArray text = wrapped.sliced(1, wrapped.size() - 2);
    if (indented && (value.isObject() || value.isArray())) {
        const QJsonDocument doc = value.isObject() ? QJsonDocument(value.toObject())
                                                   : QJsonDocument(value.toArray());
        text = doc.toJson(QJsonDocument::Indented).trimmed();
        text.replace('\n', QByteArray('\n' + QByteArray(qsizetype(level) * 4, ' ')));
    }
    return text;
}

void write(const Skeleton &node, QByteArray &out, bool indented, int level)
{
    if (node.kind == Skeleton::Kind::Value) {
        out += valueText(node.value, indented, level);
        return;
    }
    const bool isObject = node.kind == Skeleton::Kind::Object;
    out += isObject ? '{' : '[';
    for (size_t i = 0; i < node.children.size(); ++i) {
        out += i > 0 ? "," : "";
        if (indented) {
            out += '\n' + QByteArray(qsizetype(level + 1) * 4, ' ');
        }
        if (isObject) {
            out += valueText(node.keys.at(static_cast<qsizetype>(i)), false, 0);
            out += indented ? ": " : ":";
        }
        write(node.children[i], out, indented, level + 1);
    }
    if (indented && !node.children.empty()) {
        out += '\n' + QByteArray(qsizetype(level) * 4, ' ');
    }
    out += isObject ? '}' : ']';
}

// The schema's type, or the first of a list that is not "null"; guessed from keywords if absent.
QString typeOf(const QJsonObject &schema)
{
    const QJsonValue type = schema.value("type"_L1);
    if (type.isString()) {
        return type.toString();
    }
    if (type.isArray()) {
        const QJsonArray types = type.toArray();
        for (const auto &candidate : types) {
            if (candidate.isString() && candidate.toString() != "null"_L1) {
                return candidate.toString();
            }
        }
        return types.isEmpty() ? QString() : u"null"_s;
    }
    if (schema.contains("properties"_L1) || schema.contains("required"_L1)) {
        return u"object"_s;
    }
    if (schema.contains("items"_L1) || schema.contains("prefixItems"_L1)) {
        return u"array"_s;
    }
    return {};
}

Skeleton emptyOf(const QJsonObject &schema)
{
    const QString type = typeOf(schema);
    Skeleton skeleton;
    if (type == "object"_L1) {
        skeleton.kind = Skeleton::Kind::Object;
    } else if (type == "array"_L1) {
        skeleton.kind = Skeleton::Kind::Array;
    } else if (type == "string"_L1) {
        skeleton.value = QString();
    } else if (type == "number"_L1 || type == "integer"_L1) {
        skeleton.value = 0;
    } else if (type == "boolean"_L1) {
        skeleton.value = false;
    }
    skeleton.truncated = true;
    return skeleton;
}

void mergeInto(QJsonObject &target, const QJsonObject &branch)
{
    for (auto it = branch.constBegin(); it != branch.constEnd(); ++it) {
        if (it.key() == "properties"_L1) {
            QJsonObject properties = target.value(it.key()).toObject();
            const QJsonObject more = it.value().toObject();
            for (auto p = more.constBegin(); p != more.constEnd(); ++p) {
                if (!properties.contains(p.key())) {
                    properties.insert(p.key(), p.value());
                }
            }
            target.insert(it.key(), properties);
        } else if (it.key() == "required"_L1) {
            QJsonArray required = target.value(it.key()).toArray();
            for (const auto &name : it.value().toArray()) {
                if (!required.contains(name)) {
                    required.append(name);
                }
            }
            target.insert(it.key(), required);
        } else if (!target.contains(it.key())) {
            target.insert(it.key(), it.value());
        }
    }
}

class TemplateBuilder final
{
public:
    explicit TemplateBuilder(QJsonObject root) : m_root(std::move(root)) { }

    Skeleton build(const QJsonValue &schema, int depth);

private:
    QJsonObject flatten(QJsonObject schema, int depth, QList<QString> &expanded,
                        bool &recursive) const;
    Skeleton buildFlat(const QJsonObject &schema, int depth);
    Skeleton buildObject(const QJsonObject &schema, int depth);
    Skeleton buildArray(const QJsonObject &schema, int depth);
    bool isNullOnly(const QJsonValue &branch) const;

    const QJsonObject m_root;
    QList<QString> m_refStack; // references being expanded above the current node
};

// Follows $ref (its siblings override the target) and merges allOf, recording the references
// it went through; `recursive` is set when one of them is already being expanded.
QJsonObject TemplateBuilder::flatten(QJsonObject schema, int depth, QList<QString> &expanded,
                                     bool &recursive) const
{
    for (int hops = 0; schema.value("$ref"_L1).isString() && hops < kMaxDepth; ++hops) {
        const QString ref = schema.value("$ref"_L1).toString();
        schema.remove("$ref"_L1);
        const std::optional<QJsonValue> target = SchemaRefs::resolve(m_root, ref);
        if (!target || !target->isObject()) {
            break;
        }
        QJsonObject merged = target->toObject();
        for (auto it = schema.constBegin(); it != schema.constEnd(); ++it) {
            merged.insert(it.key(), it.value());
        }
        schema = merged;
        if (m_refStack.contains(ref) || expanded.contains(ref)) {
            recursive = true;
            schema.remove("$ref"_L1);
            return schema;
        }
        expanded.append(ref);
    }
    schema.remove("$ref"_L1);
    const QJsonArray allOf = schema.value("allOf"_L1).toArray();
    if (!allOf.isEmpty() && depth < kMaxDepth) {
        schema.remove("allOf"_L1);
        for (const auto &branch : allOf) {
            if (branch.isObject()) {
                mergeInto(schema, flatten(branch.toObject(), depth + 1, expanded, recursive));
            }
        }
    }
    return schema;
}

Skeleton TemplateBuilder::build(const QJsonValue &schema, int depth)
{
    if (!schema.isObject()) {
        return Skeleton::of(QJsonValue::Null); // true, false, or not a schema at all
    }
    QList<QString> expanded;
    bool recursive = false;
    const QJsonObject flat = flatten(schema.toObject(), depth, expanded, recursive);
    if (recursive || depth >= kMaxDepth) {
        return emptyOf(flat);
    }
    m_refStack += expanded;
    Skeleton skeleton = buildFlat(flat, depth);
    m_refStack.resize(m_refStack.size() - expanded.size());
    return skeleton;
}

bool TemplateBuilder::isNullOnly(const QJsonValue &branch) const
{
    QJsonObject schema = branch.toObject();
    if (schema.value("$ref"_L1).isString()) {
        schema = SchemaRefs::resolve(m_root, schema.value("$ref"_L1).toString())
                         .value_or(QJsonValue())
                         .toObject();
    }
    return typeOf(schema) == "null"_L1
            || (schema.contains("const"_L1) && schema.value("const"_L1).isNull());
}

Skeleton TemplateBuilder::buildFlat(const QJsonObject &schema, int depth)
{
    for (const auto keyword : { "const"_L1, "default"_L1 }) {
        if (schema.contains(keyword)) {
            return Skeleton::of(schema.value(keyword));
        }
    }
    for (const auto keyword : { "enum"_L1, "examples"_L1 }) {
        const QJsonArray values = schema.value(keyword).toArray();
        if (!values.isEmpty()) {
            return Skeleton::of(values.first());
        }
    }
    if (schema.contains("example"_L1)) {
        return Skeleton::of(schema.value("example"_L1));
    }
    const QString type = typeOf(schema);
    if (type.isEmpty()) {
        for (const auto keyword : { "anyOf"_L1, "oneOf"_L1 }) {
            const QJsonArray branches = schema.value(keyword).toArray();
            if (branches.isEmpty()) {
                continue;
            }
            const auto it = std::find_if(
                    branches.begin(), branches.end(),
                    [this](const QJsonValue &branch) { return !isNullOnly(branch); });
            return build(it != branches.end() ? *it : branches.first(), depth + 1);
        }
        return Skeleton::of(QJsonValue::Null);
    }
    if (type == "object"_L1) {
        return buildObject(schema, depth);
    }
    if (type == "array"_L1) {
        return buildArray(schema, depth);
    }
    if (type == "string"_L1) {
        static const QHash<QString, QString> placeholders {
            { u"date"_s, u"1970-01-01"_s },
            { u"date-time"_s, u"1970-01-01T00:00:00Z"_s },
            { u"time"_s, u"00:00:00Z"_s },
            { u"email"_s, u"user@example.com"_s },
            { u"uri"_s, u"https://example.com"_s },
            { u"uuid"_s, u"00000000-0000-0000-0000-000000000000"_s }
        };
        const QString format = placeholders.value(schema.value("format"_L1).toString());
        const int minLength = std::clamp(schema.value("minLength"_L1).toInt(), 0, kMaxLength);
        return Skeleton::of(format.size() >= minLength ? format : QString(minLength, u'x'));
    }
    if (type == "number"_L1 || type == "integer"_L1) {
        const bool integer = type == "integer"_L1;
        double value = 0;
        if (schema.value("minimum"_L1).isDouble()) {
            value = schema.value("minimum"_L1).toDouble();
        } else if (schema.value("exclusiveMinimum"_L1).isDouble()) {
            value = schema.value("exclusiveMinimum"_L1).toDouble() + 1;
        } else if (schema.value("maximum"_L1).isDouble()
                   && schema.value("maximum"_L1).toDouble() < 0) {
            value = schema.value("maximum"_L1).toDouble();
        } else if (schema.value("exclusiveMaximum"_L1).isDouble()
                   && schema.value("exclusiveMaximum"_L1).toDouble() <= 0) {
            value = schema.value("exclusiveMaximum"_L1).toDouble() - 1;
        }
        const double step = schema.value("multipleOf"_L1).toDouble();
        if (step > 0 && std::isfinite(value / step)) {
            value = std::ceil(value / step) * step;
        }
        if (integer || !std::isfinite(value)) {
            value = std::isfinite(value) ? std::ceil(value) : 0;
        }
        return Skeleton::of(value);
    }
    if (type == "boolean"_L1) {
        return Skeleton::of(false);
    }
    return Skeleton::of(QJsonValue::Null);
}

Skeleton TemplateBuilder::buildObject(const QJsonObject &schema, int depth)
{
    Skeleton object;
    object.kind = Skeleton::Kind::Object;
    const QJsonObject properties = schema.value("properties"_L1).toObject();
    QList<QString> keys;
    for (const auto &name : schema.value("required"_L1).toArray()) {
        if (name.isString() && !keys.contains(name.toString())) {
            keys.append(name.toString());
        }
    }
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
        if (!keys.contains(it.key())) {
            keys.append(it.key());
        }
    }
    for (const QString &key : std::as_const(keys)) {
        object.keys.append(key);
        object.children.push_back(build(properties.value(key), depth + 1));
    }
    return object;
}

Skeleton TemplateBuilder::buildArray(const QJsonObject &schema, int depth)
{
    Skeleton array;
    array.kind = Skeleton::Kind::Array;
    const QJsonValue items = schema.value("items"_L1);
    const QJsonArray tuple
            = items.isArray() ? items.toArray() : schema.value("prefixItems"_L1).toArray();
    if (!tuple.isEmpty()) {
        for (const auto &item : tuple) {
            array.children.push_back(build(item, depth + 1));
        }
        return array;
    }
    if (!items.isObject() || schema.value("maxItems"_L1).toInt(1) < 1) {
        return array;
    }
    const Skeleton item = build(items, depth + 1);
    if (item.truncated) {
        return array;
    }
    const int count = std::clamp(schema.value("minItems"_L1).toInt(1), 1, kMaxItems);
    array.children.assign(static_cast<size_t>(count), item);
    return array;
}

} // namespace

QJsonValue templateFromSchema(const QJsonObject &schema)
{
    return toJson(TemplateBuilder(schema).build(schema, 0));
}

QByteArray templateTextFromSchema(const QJsonObject &schema, QJsonDocument::JsonFormat format)
{
    QByteArray out;
    write(TemplateBuilder(schema).build(schema, 0), out, format == QJsonDocument::Indented, 0);
    return out;
}

} // namespace callpad
