#include "gui/presets/PresetListModel.h"

#include <QApplication>
#include <QFileInfo>
#include <QFont>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

QString sameFile(const QString &path)
{
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

} // namespace

PresetListModel::PresetListModel(PresetStore *store, QObject *parent)
    : QAbstractListModel(parent), m_store(store)
{
    if (m_store) {
        connect(m_store, &PresetStore::entriesChanged, this, &PresetListModel::reload);
    }
    reload();
}

PresetListModel::~PresetListModel() = default;

int PresetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant PresetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PresetEntry &e = m_entries.at(index.row());
    const bool current = !m_currentPath.isEmpty() && e.path == m_currentPath;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return e.name;
    case Qt::ToolTipRole: {
        if (!e.ok()) {
            return e.error;
        }
        QString tip = e.name;
        if (!e.description.isEmpty()) {
            tip += u'\n' + e.description;
        }
        if (!e.functionName.isEmpty()) {
            tip += u'\n' + tr("Function: %1").arg(e.functionName);
        }
        return QString(tip + u'\n' + e.fileName);
    }
    case Qt::StatusTipRole:
        return e.ok() ? e.fileName : e.error;
    case Qt::DecorationRole:
        if (!e.ok()) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return {};
    case Qt::FontRole:
        if (current) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        return e.ok() ? e.description : e.error;
    case PathRole:
        return e.path;
    case FileNameRole:
        return e.fileName;
    case DescriptionRole:
        return e.description;
    case FunctionNameRole:
        return e.functionName;
    case ErrorRole:
        return e.error;
    case IsCurrentRole:
        return current;
    case IsDirtyRole:
        return current && m_currentDirty;
    case SearchTextRole:
        return QString(e.name + u'\n' + e.description + u'\n' + e.functionName + u'\n'
                       + e.fileName);
    default:
        return {};
    }
}

QHash<int, QByteArray> PresetListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PathRole, "path"_ba);
    names.insert(FileNameRole, "fileName"_ba);
    names.insert(NameRole, "name"_ba);
    names.insert(DescriptionRole, "description"_ba);
    names.insert(FunctionNameRole, "functionName"_ba);
    names.insert(ErrorRole, "error"_ba);
    names.insert(IsCurrentRole, "isCurrent"_ba);
    names.insert(IsDirtyRole, "isDirty"_ba);
    names.insert(SearchTextRole, "searchText"_ba);
    return names;
}

int PresetListModel::rowOf(const QString &path) const
{
    const QString wanted = sameFile(path);
    if (wanted.isEmpty()) {
        return -1;
    }
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).path == wanted) {
            return row;
        }
    }
    return -1;
}

void PresetListModel::setCurrent(const QString &path, bool dirty)
{
    const QString wanted = sameFile(path);
    if (wanted == m_currentPath && dirty == m_currentDirty) {
        return;
    }
    const QString previous = m_currentPath;
    m_currentPath = wanted;
    m_currentDirty = dirty;
    emitRowChanged(previous);
    if (wanted != previous) {
        emitRowChanged(wanted);
    }
}

void PresetListModel::reload()
{
    const QList<PresetEntry> entries = m_store ? m_store->entries() : QList<PresetEntry>();
    if (entries == m_entries) {
        return;
    }
    // A reset is simplest and the list is small; the panel restores the selection by path.
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void PresetListModel::emitRowChanged(const QString &path)
{
    const int row = rowOf(path);
    if (row >= 0) {
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed);
    }
}

} // namespace callpad
