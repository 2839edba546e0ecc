#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>

#include <memory>

namespace callpad {

// A read-only tree over a QJsonValue with columns Key | Value | Type. Rows are built lazily:
// a container's children exist only once a view asks for them (fetchMore), and then in chunks,
// so a 100k-element array costs nothing until it is expanded and little after that.
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role {
        // QString: the raw text for strings, compact JSON for anything else.
        FullValueRole = Qt::UserRole + 1,
        JsonValueRole, // QJsonValue of the item
        JsonPointerRole, // QString, see jsonPointer()
        JsonPathRole, // QString, see jsonPath()
    };

    static constexpr int FetchChunkSize = 1000;
    // DisplayRole shows at most this many characters of a string value.
    static constexpr int DisplayElideLength = 200;

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // Replaces the document. The first chunk of top-level rows is built at once.
    void setJson(const QJsonValue &value);
    void clear();
    [[nodiscard]] QJsonValue json() const { return m_document; }

    // The item's value; the whole document for the invalid (root) index.
    [[nodiscard]] QJsonValue valueAt(const QModelIndex &index) const;
    // RFC 6901 pointer ("/people/0/name", '~' and '/' escaped as ~0 and ~1); "" for the root.
    [[nodiscard]] QString jsonPointer(const QModelIndex &index) const;
    // Script-style path ("people[0].name", odd keys as ["a.b"]); "" for the root.
    [[nodiscard]] QString jsonPath(const QModelIndex &index) const;
    // Children the item has in the JSON, whether built yet or not.
    [[nodiscard]] int childCountInJson(const QModelIndex &parent) const;
    // Rows built so far over the whole tree: the measure of laziness.
    [[nodiscard]] qsizetype builtRowCount() const { return m_builtRows; }

    [[nodiscard]] static QString typeName(const QJsonValue &value);
    // One-line text for the Value column (strings quoted and elided, containers summarised).
    [[nodiscard]] static QString displayText(const QJsonValue &value);

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node;

    [[nodiscard]] Node *nodeFor(const QModelIndex &index) const;
    [[nodiscard]] int childTotal(const Node *node) const;
    void buildChildren(Node *node, int count);
    [[nodiscard]] QVariant displayData(const Node *node, int column) const;

    QJsonValue m_document;
    std::unique_ptr<Node> m_root;
    qsizetype m_builtRows = 0;
};

} // namespace callpad
