#include "core/schema/SchemaRefs.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QUrl>

#include <utility>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

// A schema document larger than this is only partly checked for cycles.
constexpr qsizetype kMaxNodes = 20000;

struct Edges
{
    QList<QString> sameInstance; // subschemas applied to the same instance value
    QList<QString> descending; // subschemas applied to a part of it
};

// The JSON pointer of a local reference ("#/a%20b" -> "/a b"); nullopt for any other.
std::optional<QString> local(const QString &ref)
{
    if (!ref.startsWith(u'#')) {
        return std::nullopt;
    }
    return QUrl::fromPercentEncoding(ref.sliced(1).toUtf8());
}

Edges edgesOf(const QJsonObject &root, const QString &pointer, const QJsonObject &schema)
{
    Edges edges;
    if (const QJsonValue ref = schema.value("$ref"_L1); ref.isString()) {
        const std::optional<QString> target = local(ref.toString());
        if (target && SchemaRefs::at(root, *target)) {
            edges.sameInstance.append(*target);
        }
    }
    for (const auto keyword : { "allOf"_L1, "anyOf"_L1, "oneOf"_L1 }) {
        const QJsonArray branches = schema.value(keyword).toArray();
        for (qsizetype i = 0; i < branches.size(); ++i) {
            edges.sameInstance.append(pointer % u'/' % keyword % u'/' % QString::number(i));
        }
    }
    for (const auto keyword : { "not"_L1, "if"_L1, "then"_L1, "else"_L1 }) {
        if (schema.value(keyword).isObject()) {
            edges.sameInstance.append(pointer % u'/' % keyword);
        }
    }
    const QJsonObject dependencies = schema.value("dependencies"_L1).toObject();
    for (auto it = dependencies.constBegin(); it != dependencies.constEnd(); ++it) {
        if (it.value().isObject()) {
            edges.sameInstance.append(pointer % "/dependencies/"_L1
                                      % SchemaRefs::escapeToken(it.key()));
        }
    }
    for (const auto keyword : { "properties"_L1, "patternProperties"_L1 }) {
        const QJsonObject members = schema.value(keyword).toObject();
        for (auto it = members.constBegin(); it != members.constEnd(); ++it) {
            edges.descending.append(pointer % u'/' % keyword % u'/'
                                    % SchemaRefs::escapeToken(it.key()));
        }
    }
    for (const auto keyword : { "additionalProperties"_L1, "additionalItems"_L1, "contains"_L1,
                                "propertyNames"_L1, "items"_L1 }) {
        if (schema.value(keyword).isObject()) {
            edges.descending.append(pointer % u'/' % keyword);
        }
    }
    const QJsonArray tuple = schema.value("items"_L1).toArray();
    for (qsizetype i = 0; i < tuple.size(); ++i) {
        edges.descending.append(pointer % "/items/"_L1 % QString::number(i));
    }
    return edges;
}

} // namespace

std::optional<QJsonValue> SchemaRefs::at(const QJsonValue &document, const QString &pointer)
{
    if (pointer.isEmpty()) {
        return document;
    }
    if (!pointer.startsWith(u'/')) {
        return std::nullopt;
    }
    QJsonValue current = document;
    const QList<QStringView> tokens = QStringView(pointer).sliced(1).split(u'/');
    for (const QStringView raw : tokens) {
        QString token = raw.toString();
        token.replace("~1"_L1, "/"_L1).replace("~0"_L1, "~"_L1);
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            if (!object.contains(token)) {
                return std::nullopt;
            }
            current = object.value(token);
        } else if (current.isArray()) {
            bool ok = false;
            const qsizetype index = token.toLongLong(&ok);
            const QJsonArray array = current.toArray();
            if (!ok || index < 0 || index >= array.size()) {
                return std::nullopt;
            }
            current = array.at(index);
        } else {
            return std::nullopt;
        }
    }
    return current;
}

std::optional<QJsonValue> SchemaRefs::resolve(const QJsonObject &root, const QString &ref)
{
    const std::optional<QString> pointer = local(ref);
    return pointer ? at(root, *pointer) : std::nullopt;
}

QString SchemaRefs::escapeToken(const QString &token)
{
    QString escaped = token;
    return escaped.replace(u'~', "~0"_L1).replace(u'/', "~1"_L1);
}

std::optional<QString> SchemaRefs::findEndlessCycle(const QJsonObject &root)
{
    // Every subschema reachable from the root, with its edges.
    QHash<QString, QList<QString>> sameInstance;
    QList<QString> queue { QString() };
    sameInstance.insert(QString(), {});
    for (qsizetype next = 0; next < queue.size() && queue.size() < kMaxNodes; ++next) {
        const QString pointer = queue.at(next);
        const QJsonObject schema = at(root, pointer).value_or(QJsonValue()).toObject();
        const Edges edges = edgesOf(root, pointer, schema);
        sameInstance[pointer] = edges.sameInstance;
        for (const QString &target : edges.sameInstance + edges.descending) {
            if (!sameInstance.contains(target)) {
                sameInstance.insert(target, {});
                queue.append(target);
            }
        }
    }

    // Depth-first search on the same-instance edges; meeting a node still on the path is a cycle.
    enum class Mark { Unseen, OnPath, Done };
    QHash<QString, Mark> marks;
    for (const QString &start : std::as_const(queue)) {
        if (marks.value(start, Mark::Unseen) != Mark::Unseen) {
            continue;
        }
        QList<std::pair<QString, qsizetype>> path { { start, 0 } };
        marks.insert(start, Mark::OnPath);
        while (!path.isEmpty()) {
            auto &[node, edge] = path.last();
            const QList<QString> targets = sameInstance.value(node);
            if (edge >= targets.size()) {
                marks.insert(node, Mark::Done);
                path.removeLast();
                continue;
            }
            const QString &target = targets.at(edge++);
            const Mark mark = marks.value(target, Mark::Unseen);
            if (mark == Mark::OnPath) {
                return u"#"_s + target;
            }
            if (mark == Mark::Unseen) {
                marks.insert(target, Mark::OnPath);
                path.append({ target, 0 });
            }
        }
    }
    return std::nullopt;
}

} // namespace callpad
