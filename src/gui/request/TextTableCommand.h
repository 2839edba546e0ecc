#pragma once

#include <QList>
#include <QStringList>
#include <QUndoCommand>

namespace callpad {

class TextTableModel;

// One undoable change of a TextTableModel. The rows it needs to undo are kept in the command,
// so undo and redo work however far apart they are on the stack.
class TextTableCommand final : public QUndoCommand
{
public:
    enum class Kind { Insert, Remove, Move, Edit, Replace };

    static TextTableCommand *insert(TextTableModel *model, int row, const QList<QStringList> &rows,
                                    const QString &text);
    // `rows` in any order; duplicates are ignored.
    static TextTableCommand *remove(TextTableModel *model, QList<int> rows, const QString &text);
    static TextTableCommand *move(TextTableModel *model, int from, int to, const QString &text);
    static TextTableCommand *edit(TextTableModel *model, int row, int column,
                                  const QString &newText, const QString &undoText);
    static TextTableCommand *replace(TextTableModel *model, const QList<QStringList> &rows,
                                     const QString &text);

    [[nodiscard]] Kind kind() const { return m_kind; }

    void redo() override;
    void undo() override;

private:
    TextTableCommand(TextTableModel *model, Kind kind, const QString &text);

    TextTableModel *m_model;
    Kind m_kind;
    int m_row = 0;
    int m_column = 0;
    int m_to = 0;
    QList<int> m_rowNumbers; // Remove: ascending
    QList<QStringList> m_rows; // Insert, Remove: the rows; Replace: the new rows
    QList<QStringList> m_oldRows; // Replace
    QString m_oldText; // Edit
    QString m_newText; // Edit
};

} // namespace callpad
