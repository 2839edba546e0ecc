#pragma once

#include "core/Result.h"
#include "core/protocol/CallRequest.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QTableView;
class QUndoStack;

namespace Ui {
class ExamplesEditor;
}

namespace callpad {

class ExamplesModel;
class JsonEditorDialog;

// The examples tab: a table of comment / input / output rows with add, duplicate, remove,
// move, JSON cell editing in a dialog and JSONL paste, all undoable on the editor's own stack.
class ExamplesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExamplesEditor)

public:
    explicit ExamplesEditor(QWidget *parent = nullptr);
    ~ExamplesEditor() override;

    [[nodiscard]] QList<ExampleDraft> examples() const;
    // Replaces the rows as one undoable step (nothing happens when they are equal).
    void setExamples(const QList<ExampleDraft> &examples);
    [[nodiscard]] int count() const;

    [[nodiscard]] bool sendExamples() const;
    void setSendExamples(bool send);

    void setInputSchema(const std::optional<QJsonObject> &schema);

    // Cells that would stop the call (empty or invalid JSON); 0 while examples are not sent.
    [[nodiscard]] int problemCount() const;
    // Example inputs that break the input schema; they do not stop the call.
    [[nodiscard]] int warningCount() const;

    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }
    [[nodiscard]] ExamplesModel *model() const { return m_model; }
    [[nodiscard]] QTableView *tableView() const;

    // Appends the examples of `text` (JSONL) as one undoable step. Returns how many were
    // added, or a failure naming the line when any line is bad (then none are).
    Result<int> appendJsonl(const QString &text);

    // The JSON cell editor while it is open, for tests and for the window to close it.
    [[nodiscard]] JsonEditorDialog *cellDialog() const;

public Q_SLOTS:
    void addExample();
    void duplicateExamples();
    void removeExamples();
    void moveExampleUp();
    void moveExampleDown();
    // Reads JSONL from the clipboard; a bad line is reported under the table.
    void pasteJsonl();
    // Comment: edits in place. Input/Output: opens the JSON editor dialog (window-modal,
    // not blocking); OK makes the change one undoable edit.
    void editCell(int row, int column);
    void selectCell(int row, int column);

Q_SIGNALS:
    void changed();
    void problemsChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    [[nodiscard]] QList<int> selectedRows() const;
    void moveCurrent(int delta);
    void showMessage(const QString &message);
    void updateButtons();

    std::unique_ptr<Ui::ExamplesEditor> m_ui;
    QUndoStack *m_undoStack;
    ExamplesModel *m_model;
    QPointer<JsonEditorDialog> m_cellDialog;
};

} // namespace callpad
