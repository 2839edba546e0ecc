#include "gui/request/TagsModel.h"

#include <QHash>

namespace callpad {

TagsModel::TagsModel(QObject *parent) : TextTableModel({ tr("Key"), tr("Value") }, parent) { }

TagsModel::~TagsModel() = default;

QList<Tag> TagsModel::tags() const
{
    QList<Tag> list;
    list.reserve(textRows().size());
    for (const QStringList &row : textRows()) {
        list << Tag { row.value(KeyColumn), row.value(ValueColumn) };
    }
    return list;
}

void TagsModel::setTags(const QList<Tag> &tags)
{
    QList<QStringList> rows;
    rows.reserve(tags.size());
    for (const Tag &tag : tags) {
        rows << QStringList { tag.key, tag.value };
    }
    replaceRows(rows, tr("Replace Tags"));
}

QList<QList<TextTableModel::CellState>>
TagsModel::computeStates(const QList<QStringList> &rows) const
{
    // Exact comparison, as checkDraft() does: "env" and "env " are two keys.
    QHash<QString, int> uses;
    for (const QStringList &row : rows) {
        ++uses[row.value(KeyColumn)];
    }
    QList<QList<CellState>> states;
    states.reserve(rows.size());
    for (const QStringList &row : rows) {
        const QString key = row.value(KeyColumn);
        QList<CellState> cells(ColumnCount);
        cells[KeyColumn].display = key;
        cells[ValueColumn].display = row.value(ValueColumn);
        if (key.trimmed().isEmpty()) {
            cells[KeyColumn].problem = { ProblemLevel::Error, tr("The tag key is empty") };
        } else if (uses.value(key) > 1) {
            cells[KeyColumn].problem = { ProblemLevel::Error, tr("Duplicate key \"%1\"").arg(key) };
        }
        states << cells;
    }
    return states;
}

QString TagsModel::plainToolTip(int row, int column) const
{
    return cellText(row, column);
}

} // namespace callpad
