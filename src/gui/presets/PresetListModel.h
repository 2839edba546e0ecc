#pragma once

#include "core/presets/PresetStore.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

namespace callpad {

// The presets folder as a list, one row per PresetEntry, kept in step with the store: it
// refreshes whenever the store's entries change (its own writes and other programs' alike).
// Broken files stay listed, greyed and with their error as tooltip, so nothing disappears
// silently. The open preset is marked (IsCurrentRole) so the view can highlight it.
class PresetListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetListModel)

public:
    enum Role {
        PathRole = Qt::UserRole + 1,
        FileNameRole,
        NameRole,
        DescriptionRole,
        FunctionNameRole,
        ErrorRole, // empty for a good file
        IsCurrentRole,
        IsDirtyRole, // the open preset has unsaved edits (false on every other row)
        SearchTextRole, // name, description and function name, for a filter proxy
    };
    Q_ENUM(Role)

    explicit PresetListModel(PresetStore *store, QObject *parent = nullptr);
    ~PresetListModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // `row` must be in range.
    [[nodiscard]] const PresetEntry &entry(int row) const { return m_entries.at(row); }
    // The row of the file at `path`, -1 when it is not listed.
    [[nodiscard]] int rowOf(const QString &path) const;

    // The open preset (empty path = none) and whether it has unsaved edits.
    void setCurrent(const QString &path, bool dirty);
    [[nodiscard]] QString currentPath() const { return m_currentPath; }

    // Rereads the store's entries; called on PresetStore::entriesChanged.
    void reload();

private:
    void emitRowChanged(const QString &path);

    QPointer<PresetStore> m_store;
    QList<PresetEntry> m_entries;
    QString m_currentPath;
    bool m_currentDirty = false;
};

} // namespace callpad
