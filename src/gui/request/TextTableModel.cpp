#include "gui/request/TextTableModel.h"

#include "gui/request/TextTableCommand.h"

#include <QUndoStack>
#include <utility>

namespace callpad {

TextTableModel::TextTableModel(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent), m_headers(std::move(headers))
{
}

TextTableModel::~TextTableModel() = default;

int TextTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TextTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant TextTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const CellState &state = m_states.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return state.display;
    case Qt::EditRole:
        return m_rows.at(index.row()).at(index.column());
    case Qt::ToolTipRole:
        return state.problem.level == ProblemLevel::None ? plainToolTip(index.row(), index.column())
                                                         : state.problem.message;
    case Qt::BackgroundRole:
        if (state.problem.level != ProblemLevel::None) {
            return problemTint(m_palette, state.problem.level);
        }
        return {};
    default:
        return {};
    }
}

QVariant TextTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Vertical) {
        return section + 1;
    }
    return section >= 0 && section < m_headers.size() ? QVariant(m_headers.at(section))
                                                      : QVariant();
}

Qt::ItemFlags TextTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && isInlineEditable(index.column())) {
        result |= Qt::ItemIsEditable;
    }
    return result;
}

bool TextTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    editCell(index.row(), index.column(), value.toString());
    return true;
}

void TextTableModel::setUndoStack(QUndoStack *stack)
{
    m_undoStack = stack;
}

void TextTableModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           { Qt::BackgroundRole });
    }
}

QString TextTableModel::cellText(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_headers.size()) {
        return {};
    }
    return m_rows.at(row).at(column);
}

CellProblem TextTableModel::cellProblem(int row, int column) const
{
    if (row < 0 || row >= m_states.size() || column < 0 || column >= m_headers.size()) {
        return {};
    }
    return m_states.at(row).at(column).problem;
}

void TextTableModel::addRows(int row, const QList<QStringList> &rows, const QString &undoText)
{
    if (!rows.isEmpty()) {
        apply(TextTableCommand::insert(this, row, rows, undoText));
    }
}

void TextTableModel::removeRowsAt(const QList<int> &rows, const QString &undoText)
{
    if (!rows.isEmpty()) {
        apply(TextTableCommand::remove(this, rows, undoText));
    }
}

void TextTableModel::moveRowTo(int from, int to, const QString &undoText)
{
    if (from != to && from >= 0 && to >= 0 && from < rowCount() && to < rowCount()) {
        apply(TextTableCommand::move(this, from, to, undoText));
    }
}

void TextTableModel::editCell(int row, int column, const QString &text)
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount()
        || cellText(row, column) == text) {
        return;
    }
    const QString undoText = tr("Edit %1 of row %2").arg(m_headers.at(column)).arg(row + 1);
    apply(TextTableCommand::edit(this, row, column, text, undoText));
}

void TextTableModel::replaceRows(const QList<QStringList> &rows, const QString &undoText)
{
    if (rows != m_rows) {
        apply(TextTableCommand::replace(this, rows, undoText));
    }
}

void TextTableModel::apply(TextTableCommand *command)
{
    if (m_undoStack) {
        m_undoStack->push(command); // runs redo()
    } else {
        command->redo();
        delete command;
    }
}

QStringList TextTableModel::emptyRow() const
{
    QStringList row;
    row.resize(m_headers.size());
    return row;
}

void TextTableModel::insertTextRows(int row, const QList<QStringList> &rows)
{
    row = qBound(0, row, rowCount());
    beginInsertRows({}, row, row + int(rows.size()) - 1);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QStringList cells = rows.at(i);
        cells.resize(m_headers.size());
        m_rows.insert(row + i, cells);
        m_states.insert(row + i, QList<CellState>(m_headers.size()));
    }
    endInsertRows();
    afterChange();
    Q_EMIT cellTouched(row, 0);
}

void TextTableModel::removeTextRows(int row, int count)
{
    if (row < 0 || count <= 0 || row + count > rowCount()) {
        return;
    }
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    m_states.remove(row, count);
    endRemoveRows();
    afterChange();
    Q_EMIT cellTouched(qMin(row, rowCount() - 1), 0);
}

void TextTableModel::moveTextRow(int from, int to)
{
    if (from == to || from < 0 || to < 0 || from >= rowCount() || to >= rowCount()) {
        return;
    }
    // beginMoveRows wants the row the moved one ends up in front of, before the removal.
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_rows.move(from, to);
    m_states.move(from, to);
    endMoveRows();
    afterChange();
    Q_EMIT cellTouched(to, 0);
}

void TextTableModel::setCellText(int row, int column, const QString &text)
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount()) {
        return;
    }
    m_rows[row][column] = text;
    const QModelIndex cell = index(row, column);
    Q_EMIT dataChanged(cell, cell);
    afterChange();
    Q_EMIT cellTouched(row, column);
}

void TextTableModel::setTextRows(const QList<QStringList> &rows)
{
    beginResetModel();
    m_rows.clear();
    for (QStringList cells : rows) {
        cells.resize(m_headers.size());
        m_rows << cells;
    }
    m_states = QList<QList<CellState>>(m_rows.size(), QList<CellState>(m_headers.size()));
    endResetModel();
    afterChange();
    Q_EMIT cellTouched(0, 0);
}

void TextTableModel::revalidate()
{
    afterChange();
}

void TextTableModel::afterChange()
{
    QList<QList<CellState>> states = computeStates(m_rows);
    // A subclass that got the shape wrong must not make data() read out of bounds.
    states.resize(m_rows.size());
    for (QList<CellState> &row : states) {
        row.resize(m_headers.size());
    }
    int errors = 0;
    int warnings = 0;
    for (int row = 0; row < states.size(); ++row) {
        for (int column = 0; column < states.at(row).size(); ++column) {
            const CellState &state = states.at(row).at(column);
            errors += state.problem.level == ProblemLevel::Error ? 1 : 0;
            warnings += state.problem.level == ProblemLevel::Warning ? 1 : 0;
            if (state != m_states.at(row).at(column)) {
                m_states[row][column] = state;
                const QModelIndex cell = index(row, column);
                Q_EMIT dataChanged(cell, cell);
            }
        }
    }
    const bool countsChanged = errors != m_errorCount || warnings != m_warningCount;
    m_errorCount = errors;
    m_warningCount = warnings;
    Q_EMIT changed();
    if (countsChanged) {
        Q_EMIT problemsChanged();
    }
}

bool TextTableModel::isInlineEditable(int column) const
{
    Q_UNUSED(column);
    return true;
}

QList<QList<TextTableModel::CellState>>
TextTableModel::computeStates(const QList<QStringList> &rows) const
{
    QList<QList<CellState>> states;
    states.reserve(rows.size());
    for (const QStringList &cells : rows) {
        QList<CellState> row;
        for (const QString &text : cells) {
            row << CellState { {}, text };
        }
        states << row;
    }
    return states;
}

QString TextTableModel::plainToolTip(int row, int column) const
{
    Q_UNUSED(row);
    Q_UNUSED(column);
    return {};
}

} // namespace callpad
