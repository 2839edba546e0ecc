#include "gui/request/TextTableCommand.h"

#include "gui/request/TextTableModel.h"

#include <algorithm>

namespace callpad {

TextTableCommand::TextTableCommand(TextTableModel *model, Kind kind, const QString &text)
    : QUndoCommand(text), m_model(model), m_kind(kind)
{
}

TextTableCommand *TextTableCommand::insert(TextTableModel *model, int row,
                                           const QList<QStringList> &rows, const QString &text)
{
    auto *command = new TextTableCommand(model, Kind::Insert, text);
    command->m_row = qBound(0, row, model->rowCount());
    command->m_rows = rows;
    return command;
}

TextTableCommand *TextTableCommand::remove(TextTableModel *model, QList<int> rows,
                                           const QString &text)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    auto *command = new TextTableCommand(model, Kind::Remove, text);
    for (int row : std::as_const(rows)) {
        if (row >= 0 && row < model->rowCount()) {
            command->m_rowNumbers << row;
            command->m_rows << model->textRows().at(row);
        }
    }
    return command;
}

TextTableCommand *TextTableCommand::move(TextTableModel *model, int from, int to,
                                         const QString &text)
{
    auto *command = new TextTableCommand(model, Kind::Move, text);
    command->m_row = from;
    command->m_to = to;
    return command;
}

TextTableCommand *TextTableCommand::edit(TextTableModel *model, int row, int column,
                                         const QString &newText, const QString &undoText)
{
    auto *command = new TextTableCommand(model, Kind::Edit, undoText);
    command->m_row = row;
    command->m_column = column;
    command->m_oldText = model->cellText(row, column);
    command->m_newText = newText;
    return command;
}

TextTableCommand *TextTableCommand::replace(TextTableModel *model, const QList<QStringList> &rows,
                                            const QString &text)
{
    auto *command = new TextTableCommand(model, Kind::Replace, text);
    command->m_oldRows = model->textRows();
    command->m_rows = rows;
    return command;
}

void TextTableCommand::redo()
{
    switch (m_kind) {
    case Kind::Insert:
        m_model->insertTextRows(m_row, m_rows);
        break;
    case Kind::Remove:
        // From the bottom up, so the remembered row numbers stay right.
        for (qsizetype i = m_rowNumbers.size() - 1; i >= 0; --i) {
            m_model->removeTextRows(m_rowNumbers.at(i), 1);
        }
        break;
    case Kind::Move:
        m_model->moveTextRow(m_row, m_to);
        break;
    case Kind::Edit:
        m_model->setCellText(m_row, m_column, m_newText);
        break;
    case Kind::Replace:
        m_model->setTextRows(m_rows);
        break;
    }
}

void TextTableCommand::undo()
{
    switch (m_kind) {
    case Kind::Insert:
        m_model->removeTextRows(m_row, int(m_rows.size()));
        break;
    case Kind::Remove:
        for (qsizetype i = 0; i < m_rowNumbers.size(); ++i) {
            m_model->insertTextRows(m_rowNumbers.at(i), { m_rows.at(i) });
        }
        break;
    case Kind::Move:
        m_model->moveTextRow(m_to, m_row);
        break;
    case Kind::Edit:
        m_model->setCellText(m_row, m_column, m_oldText);
        break;
    case Kind::Replace:
        m_model->setTextRows(m_oldRows);
        break;
    }
}

} // namespace callpad
