#include "gui/picker/RevisionListModel.h"

#include "gui/common/LocalTime.h"

#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace callpad {

RevisionListModel::RevisionListModel(QObject *parent) : QAbstractTableModel(parent) { }

RevisionListModel::~RevisionListModel() = default;

int RevisionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_revisions.size());
}

int RevisionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevisionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RevisionSummary &revision = m_revisions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CreatedColumn) {
            return formatLocalTime(revision.createdAt);
        }
        if (index.column() == IdColumn) {
            return revision.id.left(ShortIdLength);
        }
        return {};
    case Qt::ToolTipRole:
        return tr("Created %1\nId: %2")
                .arg(formatLocalTime(revision.createdAt, QLocale::LongFormat), revision.id);
    case Qt::FontRole:
        if (index.column() == IdColumn) {
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        }
        return {};
    case IdRole:
        return revision.id;
    case CreatedAtRole:
        return revision.createdAt;
    default:
        return {};
    }
}

QVariant RevisionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case CreatedColumn:
        return tr("Created");
    case IdColumn:
        return tr("Revision");
    default:
        return {};
    }
}

QHash<int, QByteArray> RevisionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id"_ba);
    names.insert(CreatedAtRole, "createdAt"_ba);
    return names;
}

void RevisionListModel::append(const QList<RevisionSummary> &revisions)
{
    if (revisions.isEmpty()) {
        return;
    }
    const int first = int(m_revisions.size());
    beginInsertRows({}, first, first + int(revisions.size()) - 1);
    m_revisions += revisions;
    endInsertRows();
}

void RevisionListModel::clear()
{
    if (m_revisions.isEmpty()) {
        return;
    }
    beginResetModel();
    m_revisions.clear();
    endResetModel();
}

int RevisionListModel::rowOf(const QString &revisionId) const
{
    for (int row = 0; row < m_revisions.size(); ++row) {
        if (m_revisions.at(row).id.compare(revisionId, Qt::CaseInsensitive) == 0) {
            return row;
        }
    }
    return -1;
}

} // namespace callpad
