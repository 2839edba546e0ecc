#pragma once

#include "core/protocol/CallRequest.h"

#include <QWidget>

#include <memory>

class QTableView;
class QUndoStack;

namespace Ui {
class TagsEditor;
}

namespace callpad {

class TagsModel;

// The tags tab: a key/value table edited in place, with empty and duplicate keys flagged and
// every change undoable on the editor's own stack.
class TagsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagsEditor)

public:
    explicit TagsEditor(QWidget *parent = nullptr);
    ~TagsEditor() override;

    [[nodiscard]] QList<Tag> tags() const;
    // Replaces the rows as one undoable step (nothing happens when they are equal).
    void setTags(const QList<Tag> &tags);
    [[nodiscard]] int count() const;

    // Rows whose key is empty or used more than once.
    [[nodiscard]] int problemCount() const;

    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }
    [[nodiscard]] TagsModel *model() const { return m_model; }
    [[nodiscard]] QTableView *tableView() const;

public Q_SLOTS:
    // Appends an empty tag and starts editing its key.
    void addTag();
    void removeTags();
    void selectCell(int row, int column);

Q_SIGNALS:
    void changed();
    void problemsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] QList<int> selectedRows() const;
    void updateButtons();

    std::unique_ptr<Ui::TagsEditor> m_ui;
    QUndoStack *m_undoStack;
    TagsModel *m_model;
};

} // namespace callpad
