#pragma once

#include "gui/request/CellProblem.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPalette>
#include <QStringList>

class QUndoStack;

namespace callpad {

class TextTableCommand;

// A table whose cells are text, edited by the user, validated as a whole after every change.
// The examples and tags tables build on it. Every user-facing change goes through the undo
// stack when one is set (add, remove, move, edit, replace), so Ctrl+Z works the same in both.
class TextTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextTableModel)

public:
    // What the model shows for one cell besides its text.
    struct CellState
    {
        CellProblem problem;
        QString display; // the text as shown in the table

        friend bool operator==(const CellState &, const CellState &) = default;
    };

    explicit TextTableModel(QStringList headers, QObject *parent = nullptr);
    ~TextTableModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    // An inline edit becomes an undoable edit of the cell.
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // Without a stack, changes apply directly and cannot be undone.
    void setUndoStack(QUndoStack *stack);
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }
    // The palette the problem tints are derived from.
    void setPalette(const QPalette &palette);

    [[nodiscard]] const QList<QStringList> &textRows() const { return m_rows; }
    [[nodiscard]] QString cellText(int row, int column) const;
    [[nodiscard]] CellProblem cellProblem(int row, int column) const;
    [[nodiscard]] int errorCount() const { return m_errorCount; }
    [[nodiscard]] int warningCount() const { return m_warningCount; }

    // The user's edits, each one undo step.
    void addRows(int row, const QList<QStringList> &rows, const QString &undoText);
    void removeRowsAt(const QList<int> &rows, const QString &undoText);
    void moveRowTo(int from, int to, const QString &undoText);
    void editCell(int row, int column, const QString &text);
    void replaceRows(const QList<QStringList> &rows, const QString &undoText);

Q_SIGNALS:
    // After any change of the rows (including undo and redo).
    void changed();
    // The error or warning counts changed.
    void problemsChanged();
    // A change touched this cell: views move the selection there so undo shows what it undid.
    void cellTouched(int row, int column);

protected:
    // Whether a column is edited in place (the others are edited by the view's owner).
    [[nodiscard]] virtual bool isInlineEditable(int column) const;
    // The state of every cell of `rows`; by default no problem and the text as display.
    [[nodiscard]] virtual QList<QList<CellState>>
    computeStates(const QList<QStringList> &rows) const;
    // A tooltip for a cell without a problem; empty for none.
    [[nodiscard]] virtual QString plainToolTip(int row, int column) const;
    // Re-runs validation, e.g. after a schema change.
    void revalidate();
    [[nodiscard]] QStringList emptyRow() const;

private:
    friend class TextTableCommand;

    // The raw changes behind the commands; they never touch the undo stack.
    void insertTextRows(int row, const QList<QStringList> &rows);
    void removeTextRows(int row, int count);
    void moveTextRow(int from, int to);
    void setCellText(int row, int column, const QString &text);
    void setTextRows(const QList<QStringList> &rows);
    void apply(TextTableCommand *command);
    void afterChange();

    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<QList<CellState>> m_states;
    QPalette m_palette;
    QUndoStack *m_undoStack = nullptr;
    int m_errorCount = 0;
    int m_warningCount = 0;
};

} // namespace callpad
