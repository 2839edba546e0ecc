#pragma once

#include "core/history/CostSeries.h"

#include <QAbstractTableModel>
#include <QList>

namespace callpad {

// The Cost pane's totals table: one row per function, revision or tag. Display text follows the
// locale; SortRole holds the raw number (or the label), so a QSortFilterProxyModel sorts by value.
class CostTotalsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostTotalsModel)

public:
    enum Column {
        GroupColumn,
        CallsColumn,
        InputTokensColumn,
        OutputTokensColumn,
        TotalTokensColumn,
        CostColumn,
        LatencyColumn,
        CacheHitColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;
    // The group's key (function id, revision id, "key=value"), for a row's selection.
    static constexpr int KeyRole = Qt::UserRole + 1;

    explicit CostTotalsModel(QObject *parent = nullptr);

    void setTotals(const QList<CostTotal> &totals, GroupBy groupBy);
    [[nodiscard]] const QList<CostTotal> &totals() const { return m_totals; }
    [[nodiscard]] GroupBy groupBy() const { return m_groupBy; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const CostTotal &total, int column) const;
    static QVariant sortValue(const CostTotal &total, int column);

    QList<CostTotal> m_totals;
    GroupBy m_groupBy = GroupBy::Function;
};

} // namespace callpad
