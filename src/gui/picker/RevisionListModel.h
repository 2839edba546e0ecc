#pragma once

#include "core/protocol/FunctionInfo.h"

#include <QAbstractTableModel>
#include <QList>

namespace callpad {

// One function's revisions as they arrive, page after page (rows only appended or all
// cleared). The API lists them newest first; CreatedAtRole lets a proxy make sure of it.
class RevisionListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevisionListModel)

public:
    enum Column { CreatedColumn, IdColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        CreatedAtRole, // QDateTime, UTC
    };
    Q_ENUM(Role)

    // How many leading characters of a revision id the list shows; enough to tell them apart.
    static constexpr int ShortIdLength = 8;

    explicit RevisionListModel(QObject *parent = nullptr);
    ~RevisionListModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void append(const QList<RevisionSummary> &revisions);
    void clear();

    // `row` must be in range.
    [[nodiscard]] const RevisionSummary &revision(int row) const { return m_revisions.at(row); }
    [[nodiscard]] int rowOf(const QString &revisionId) const;

private:
    QList<RevisionSummary> m_revisions;
};

} // namespace callpad
