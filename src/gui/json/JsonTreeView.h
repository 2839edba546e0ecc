#pragma once

#include <QJsonValue>
#include <QTreeView>

class QAction;

namespace callpad {

class JsonTreeModel;

// Tree view of a JSON document with copy actions (value, path, JSON pointer) and bounded
// expand/collapse of a subtree. Rows of big containers are fetched as the user scrolls.
class JsonTreeView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeView)

public:
    // "Expand subtree" stops after making this many rows visible, so a huge document
    // cannot freeze the window.
    static constexpr int ExpandRowLimit = 5000;

    explicit JsonTreeView(QWidget *parent = nullptr);
    ~JsonTreeView() override;

    // The view's own model. The copy actions work through data roles, so they keep working if a
    // proxy over this model is set with setModel().
    [[nodiscard]] JsonTreeModel *jsonModel() const { return m_model; }
    void setJson(const QJsonValue &value);

    [[nodiscard]] QAction *copyValueAction() const { return m_copyValueAction; }
    [[nodiscard]] QAction *copyPathAction() const { return m_copyPathAction; }
    [[nodiscard]] QAction *copyPointerAction() const { return m_copyPointerAction; }
    [[nodiscard]] QAction *expandSubtreeAction() const { return m_expandSubtreeAction; }
    [[nodiscard]] QAction *collapseSubtreeAction() const { return m_collapseSubtreeAction; }

    // Expands `index` and its descendants breadth-first until `rowLimit` rows were revealed.
    // Returns the number of rows revealed.
    int expandSubtree(const QModelIndex &index, int rowLimit = ExpandRowLimit);
    // Collapses `index` and every expanded descendant.
    void collapseSubtree(const QModelIndex &index);

    void setSelectionModel(QItemSelectionModel *selectionModel) override;

public Q_SLOTS:
    // Each acts on the current item and does nothing without one.
    void copyValue();
    void copyPath();
    void copyPointer();
    void expandCurrentSubtree();
    void collapseCurrentSubtree();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void copyRole(int role);
    void updateActions();
    void fetchMoreAtBottom(int scrollValue);
    void fetchFirstChunk(const QModelIndex &index);
    [[nodiscard]] QAction *actionForKey(const QKeyEvent *event) const;

    JsonTreeModel *m_model;
    QAction *m_copyValueAction;
    QAction *m_copyPathAction;
    QAction *m_copyPointerAction;
    QAction *m_expandSubtreeAction;
    QAction *m_collapseSubtreeAction;
};

} // namespace callpad
