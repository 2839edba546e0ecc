#include "gui/picker/FunctionListModel.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace callpad {

FunctionListModel::FunctionListModel(QObject *parent) : QAbstractTableModel(parent) { }

FunctionListModel::~FunctionListModel() = default;

int FunctionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_functions.size());
}

int FunctionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FunctionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const FunctionSummary &function = m_functions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return function.name;
        case ModelColumn:
            return function.model;
        case DescriptionColumn:
            // One line in the list; the tooltip has the rest.
            return function.description.simplified();
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QString tip = function.description.isEmpty()
                ? function.name
                : tr("%1\n\n%2").arg(function.name, function.description);
        if (function.isV3) {
            tip = tr("%1\n\nA v3 function: the v2 call endpoints may not support it.").arg(tip);
        }
        return tr("%1\n\nId: %2").arg(tip, function.id);
    }
    case Qt::FontRole:
        if (function.isV3) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case IdRole:
        return function.id;
    case NameRole:
        return function.name;
    case DescriptionRole:
        return function.description;
    case ModelRole:
        return function.model;
    case RevisionIdRole:
        return function.revisionId;
    case SearchTextRole:
        return QString(function.name + u'\n' + function.description);
    default:
        return {};
    }
}

QVariant FunctionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ModelColumn:
        return tr("Model");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

QHash<int, QByteArray> FunctionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id"_ba);
    names.insert(NameRole, "name"_ba);
    names.insert(DescriptionRole, "description"_ba);
    names.insert(ModelRole, "model"_ba);
    names.insert(RevisionIdRole, "revisionId"_ba);
    return names;
}

void FunctionListModel::append(const QList<FunctionSummary> &functions)
{
    if (functions.isEmpty()) {
        return;
    }
    const int first = int(m_functions.size());
    beginInsertRows({}, first, first + int(functions.size()) - 1);
    m_functions += functions;
    endInsertRows();
}

void FunctionListModel::clear()
{
    if (m_functions.isEmpty()) {
        return;
    }
    beginResetModel();
    m_functions.clear();
    endResetModel();
}

int FunctionListModel::rowOf(const QString &functionId) const
{
    for (int row = 0; row < m_functions.size(); ++row) {
        if (m_functions.at(row).id.compare(functionId, Qt::CaseInsensitive) == 0) {
            return row;
        }
    }
    return -1;
}

} // namespace callpad
