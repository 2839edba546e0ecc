#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>

#include <vector>

namespace callpad {

// Rebuilds one JSON value from leaves addressed by Opper's stream paths: dotted keys with [i]
// indexes ("response.people[0].name"). Objects keep their keys in first-seen order (toJson),
// arrays fill holes with null. When two paths disagree about a container (one wants an
// object, a later one an array), the later path wins, as in Opper's agent SDK.
class JsonPathTree final
{
public:
    // Paths deeper than this are refused, so a hostile path cannot exhaust the stack.
    static constexpr int kMaxDepth = 128;
    // Indexes above this are taken as object keys, so "[999999999]" cannot allocate an array.
    static constexpr int kMaxArrayIndex = 10000;

    // Sets the leaf at `path`. Returns false, changing nothing, for a path without segments or
    // one deeper than kMaxDepth.
    bool set(const QString &path, const QJsonValue &value);

    bool isEmpty() const { return m_root.kind == Kind::Leaf; }

    // The rebuilt value; null while empty. QJsonObject sorts keys, so this loses key order.
    QJsonValue toJsonValue() const;

    // The rebuilt value as JSON text with objects in first-seen key order; "null" while empty.
    QByteArray toJson(QJsonDocument::JsonFormat format = QJsonDocument::Indented) const;

private:
    enum class Kind { Leaf, Object, Array };
    struct Segment
    {
        QString key;
        int index = -1; // >= 0 for an array index
    };
    struct Node
    {
        Kind kind = Kind::Leaf;
        QString key; // object member name
        int index = -1; // array position
        QJsonValue leaf;
        std::vector<Node> children;
        QHash<QString, qsizetype> childAt; // key, or the index as text, to position in children
    };

    static QList<Segment> parsePath(const QString &path);
    static Node &child(Node &parent, const Segment &segment);
    static QJsonValue toValue(const Node &node);
    static void write(const Node &node, QByteArray &out, bool indented, int level);

    Node m_root;
};

} // namespace callpad
