#include "core/sse/JsonPathTree.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace callpad {

namespace {

// A leaf value (or a key) as JSON text, with Qt doing the escaping.
QByteArray scalarJson(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return wrapped.sliced(1, wrapped.size() - 2);
}

void newLine(QByteArray &out, bool indented, int level)
{
    if (indented) {
        out.append('\n');
        out.append(QByteArray(qsizetype(level) * 4, ' '));
    }
}

} // namespace

QList<JsonPathTree::Segment> JsonPathTree::parsePath(const QString &path)
{
    QList<Segment> segments;
    QString name;
    const auto flushName = [&] {
        const QString key = name.trimmed();
        if (!key.isEmpty()) {
            segments.append(Segment { key, -1 });
        }
        name.clear();
    };
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (c == u'.') {
            flushName();
            continue;
        }
        if (c == u'[') {
            const qsizetype close = path.indexOf(u']', i + 1);
            const QStringView digits
                    = QStringView(path).sliced(i + 1, close < 0 ? 0 : close - i - 1);
            const bool isIndex = close > i && !digits.isEmpty()
                    && std::all_of(digits.begin(), digits.end(),
                                   [](QChar d) { return d >= u'0' && d <= u'9'; });
            if (isIndex) {
                flushName();
                bool ok = false;
                const int index = digits.toInt(&ok);
                // Huge indexes stay keys, so that "[999999999]" cannot allocate an array.
                segments.append(ok && index <= kMaxArrayIndex ? Segment { QString(), index }
                                                              : Segment { digits.toString(), -1 });
                i = close;
                continue;
            }
        }
        name.append(c);
    }
    flushName();
    return segments;
}

JsonPathTree::Node &JsonPathTree::child(Node &parent, const Segment &segment)
{
    const bool isIndex = segment.index >= 0;
    const Kind wanted = isIndex ? Kind::Array : Kind::Object;
    if (parent.kind != wanted) {
        parent = Node { wanted, parent.key, parent.index, QJsonValue(), {}, {} };
    }
    const QString lookup = isIndex ? QString::number(segment.index) : segment.key;
    if (const auto it = parent.childAt.constFind(lookup); it != parent.childAt.cend()) {
        return parent.children[static_cast<size_t>(it.value())];
    }
    parent.childAt.insert(lookup, static_cast<qsizetype>(parent.children.size()));
    parent.children.push_back(
            Node { Kind::Leaf, segment.key, segment.index, QJsonValue(), {}, {} });
    return parent.children.back();
}

bool JsonPathTree::set(const QString &path, const QJsonValue &value)
{
    const QList<Segment> segments = parsePath(path);
    if (segments.isEmpty() || segments.size() > kMaxDepth) {
        return false;
    }
    Node *node = &m_root;
    for (const Segment &segment : segments) {
        node = &child(*node, segment);
    }
    *node = Node { Kind::Leaf, node->key, node->index, value, {}, {} };
    return true;
}

QJsonValue JsonPathTree::toValue(const Node &node)
{
    switch (node.kind) {
    case Kind::Leaf:
        return node.leaf;
    case Kind::Object: {
        QJsonObject object;
        for (const Node &member : node.children) {
            object.insert(member.key, toValue(member));
        }
        return object;
    }
    case Kind::Array: {
        int size = 0;
        for (const Node &item : node.children) {
            size = std::max(size, item.index + 1);
        }
        QJsonArray array;
        for (int i = 0; i < size; ++i) {
            array.append(QJsonValue::Null);
        }
        for (const Node &item : node.children) {
            array.replace(item.index, toValue(item));
        }
        return array;
    }
    }
    return {};
}

QJsonValue JsonPathTree::toJsonValue() const
{
    return isEmpty() ? QJsonValue(QJsonValue::Null) : toValue(m_root);
}

void JsonPathTree::write(const Node &node, QByteArray &out, bool indented, int level)
{
    if (node.kind == Kind::Leaf) {
        out.append(scalarJson(node.leaf));
        return;
    }
    const bool isObject = node.kind == Kind::Object;
    std::vector<const Node *> items;
    if (isObject) {
        for (const Node &member : node.children) {
            items.push_back(&member);
        }
    } else {
        int size = 0;
        for (const Node &item : node.children) {
            size = std::max(size, item.index + 1);
        }
        items.assign(static_cast<size_t>(size), nullptr);
        for (const Node &item : node.children) {
            items[static_cast<size_t>(item.index)] = &item;
        }
    }
    out.append(isObject ? '{' : '[');
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            out.append(',');
        }
        newLine(out, indented, level + 1);
        if (isObject) {
            out.append(scalarJson(items[i]->key));
            out.append(indented ? ": " : ":");
        }
        if (items[i] == nullptr) {
            out.append("null");
        } else {
            write(*items[i], out, indented, level + 1);
        }
    }
    if (!items.empty()) {
        newLine(out, indented, level);
    }
    out.append(isObject ? '}' : ']');
}

QByteArray JsonPathTree::toJson(QJsonDocument::JsonFormat format) const
{
    if (isEmpty()) {
        return QByteArrayLiteral("null");
    }
    QByteArray out;
    write(m_root, out, format == QJsonDocument::Indented, 0);
    return out;
}

} // namespace callpad
