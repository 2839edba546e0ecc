#include "gui/json/JsonTreeModel.h"

#include "core/Memory.h"
#include "core/protocol/JsonText.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace callpad {

struct JsonTreeModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    int arrayIndex = -1; // position in the parent array, -1 for object members
    bool isDocument = false; // a scalar document, shown as the only top-level row
    QString key;
    QJsonValue value;
    std::vector<std::unique_ptr<Node>> children; // built so far, in JSON order
};

namespace {

bool isContainer(const QJsonValue &value)
{
    return value.isObject() || value.isArray();
}

// Keys that can be written after a dot in JavaScript/jq style paths.
bool isIdentifier(const QString &key)
{
    if (key.isEmpty()) {
        return false;
    }
    for (qsizetype i = 0; i < key.size(); ++i) {
        const char16_t c = key.at(i).unicode();
        const bool letter
                = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u'$';
        const bool digit = c >= u'0' && c <= u'9';
        if (!letter && !(digit && i > 0)) {
            return false;
        }
    }
    return true;
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_document(QJsonValue::Undefined),
      m_root(std::make_unique<Node>())
{
    m_root->value = m_document;
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setJson(const QJsonValue &value)
{
    beginResetModel();
    QJsonValue oldDocument = std::exchange(m_document, value);
    std::unique_ptr<Node> oldRoot = std::exchange(m_root, std::make_unique<Node>());
    m_root->value = value;
    m_builtRows = 0;
    buildChildren(m_root.get(), std::min(childTotal(m_root.get()), FetchChunkSize));
    endResetModel();
    // The old tree may hold the last reference to a big document: freed off the GUI thread,
    // once the reset is over and no view can reach its nodes.
    releaseInBackground(std::move(oldRoot));
    releaseInBackground(std::move(oldDocument));
}

void JsonTreeModel::clear()
{
    setJson(QJsonValue(QJsonValue::Undefined));
}

JsonTreeModel::Node *JsonTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

int JsonTreeModel::childTotal(const Node *node) const
{
    if (node == m_root.get() && !isContainer(node->value)) {
        return node->value.isUndefined() ? 0 : 1;
    }
    if (node->value.isArray()) {
        return static_cast<int>(node->value.toArray().size());
    }
    if (node->value.isObject()) {
        return static_cast<int>(node->value.toObject().size());
    }
    return 0;
}

void JsonTreeModel::buildChildren(Node *node, int count)
{
    const int first = static_cast<int>(node->children.size());
    const auto add = [node](int row) {
        auto child = std::make_unique<Node>();
        child->parent = node;
        child->row = row;
        return child;
    };
    if (node == m_root.get() && !isContainer(node->value)) {
        if (count > 0 && first == 0) {
            auto child = add(0);
            child->isDocument = true;
            child->value = node->value;
            node->children.push_back(std::move(child));
        }
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        for (int i = first; i < first + count; ++i) {
            auto child = add(i);
            child->arrayIndex = i;
            child->value = array.at(i);
            node->children.push_back(std::move(child));
        }
    } else if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        auto it = object.constBegin() + first;
        for (int i = first; i < first + count; ++i, ++it) {
            auto child = add(i);
            child->key = it.key();
            child->value = it.value();
            node->children.push_back(std::move(child));
        }
    }
    m_builtRows += static_cast<qsizetype>(node->children.size()) - first;
}

QJsonValue JsonTreeModel::valueAt(const QModelIndex &index) const
{
    return nodeFor(index)->value;
}

QString JsonTreeModel::jsonPointer(const QModelIndex &index) const
{
    QStringList tokens;
    for (const Node *node = nodeFor(index); node && node != m_root.get(); node = node->parent) {
        if (node->isDocument) {
            continue;
        }
        if (node->arrayIndex >= 0) {
            tokens.prepend(QString::number(node->arrayIndex));
        } else {
            // RFC 6901: '~' first, so the '~' introduced for '/' is not escaped again.
            QString token = node->key;
            token.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
            tokens.prepend(token);
        }
    }
    QString pointer;
    for (const QString &token : std::as_const(tokens)) {
        pointer += u'/' + token;
    }
    return pointer;
}

QString JsonTreeModel::jsonPath(const QModelIndex &index) const
{
    std::vector<const Node *> chain;
    for (const Node *node = nodeFor(index); node && node != m_root.get(); node = node->parent) {
        if (!node->isDocument) {
            chain.push_back(node);
        }
    }
    QString path;
    // From the root down. (A reverse range needs <ranges>, which clang 14 cannot compile with
    // libstdc++ 12.)
    // NOLINTNEXTLINE(modernize-loop-convert)
    for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
        const Node *node = *it;
        if (node->arrayIndex >= 0) {
            path += u"[%1]"_s.arg(node->arrayIndex);
        } else if (isIdentifier(node->key)) {
            path += (path.isEmpty() ? QString() : u"."_s) + node->key;
        } else {
            path += u"[%1]"_s.arg(toJsonText(QJsonValue(node->key), false));
        }
    }
    return path;
}

int JsonTreeModel::childCountInJson(const QModelIndex &parent) const
{
    return childTotal(nodeFor(parent));
}

QString JsonTreeModel::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("boolean");
    case QJsonValue::Double:
        return tr("number");
    case QJsonValue::String:
        return tr("string");
    case QJsonValue::Array:
        return tr("array");
    case QJsonValue::Object:
        return tr("object");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString JsonTreeModel::displayText(const QJsonValue &value)
{
    if (value.isObject()) {
        const qsizetype size = value.toObject().size();
        return size == 1 ? tr("{1 key}") : tr("{%1 keys}").arg(size);
    }
    if (value.isArray()) {
        const qsizetype size = value.toArray().size();
        return size == 1 ? tr("[1 item]") : tr("[%1 items]").arg(size);
    }
    if (value.isString()) {
        QString text = value.toString();
        const bool elided = text.size() > DisplayElideLength;
        if (elided) {
            qsizetype cut = DisplayElideLength;
            if (text.at(cut - 1).isHighSurrogate()) {
                --cut; // never split a surrogate pair
            }
            text.truncate(cut);
        }
        QString quoted = toJsonText(QJsonValue(text), false);
        if (elided && quoted.endsWith(u'"')) {
            quoted.insert(quoted.size() - 1, QChar(u'\u2026'));
        }
        return quoted;
    }
    if (value.isUndefined()) {
        return {};
    }
    return toJsonText(value, false);
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || parent.column() > 0) {
        return {};
    }
    const Node *parentNode = nodeFor(parent);
    if (row >= static_cast<int>(parentNode->children.size())) {
        return {};
    }
    return createIndex(row, column, parentNode->children[static_cast<std::size_t>(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) {
        return {};
    }
    Node *parentNode = nodeFor(child)->parent;
    if (!parentNode || parentNode == m_root.get()) {
        return {};
    }
    return createIndex(parentNode->row, 0, parentNode);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    return static_cast<int>(nodeFor(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    // Reported from the JSON, not from built rows, so collapsed containers still show an arrow.
    return parent.column() <= 0 && childTotal(nodeFor(parent)) > 0;
}

bool JsonTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.column() > 0) {
        return false;
    }
    const Node *node = nodeFor(parent);
    return static_cast<int>(node->children.size()) < childTotal(node);
}

void JsonTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    Node *node = nodeFor(parent);
    const int first = static_cast<int>(node->children.size());
    const int count = std::min(FetchChunkSize, childTotal(node) - first);
    beginInsertRows(parent, first, first + count - 1);
    buildChildren(node, count);
    endInsertRows();
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this) {
        return {};
    }
    const Node *node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(node, index.column());
    case Qt::ToolTipRole:
        return index.column() == KeyColumn ? QVariant(jsonPath(index)) : QVariant();
    case FullValueRole:
        return node->value.isString() ? node->value.toString() : toJsonText(node->value, false);
    case JsonValueRole:
        return QVariant::fromValue(node->value);
    case JsonPointerRole:
        return jsonPointer(index);
    case JsonPathRole:
        return jsonPath(index);
    default:
        return {};
    }
}

QVariant JsonTreeModel::displayData(const Node *node, int column) const
{
    switch (column) {
    case KeyColumn:
        if (node->isDocument) {
            return tr("(root)");
        }
        return node->arrayIndex >= 0 ? u"[%1]"_s.arg(node->arrayIndex) : node->key;
    case ValueColumn:
        return displayText(node->value);
    case TypeColumn:
        return typeName(node->value);
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

Qt::ItemFlags JsonTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (childTotal(nodeFor(index)) == 0) {
        result |= Qt::ItemNeverHasChildren;
    }
    return result;
}

} // namespace callpad
