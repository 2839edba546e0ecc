#include "gui/costs/CostTotalsModel.h"

#include "gui/common/UsageFormat.h"

#include <QLocale>

#include <cmath>

namespace callpad {

CostTotalsModel::CostTotalsModel(QObject *parent) : QAbstractTableModel(parent) { }

void CostTotalsModel::setTotals(const QList<CostTotal> &totals, GroupBy groupBy)
{
    const bool headerChanged = groupBy != m_groupBy;
    beginResetModel();
    m_totals = totals;
    m_groupBy = groupBy;
    endResetModel();
    if (headerChanged) {
        Q_EMIT headerDataChanged(Qt::Horizontal, GroupColumn, GroupColumn);
    }
}

int CostTotalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_totals.size());
}

int CostTotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant CostTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CostTotal &total = m_totals.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(total, index.column());
    case SortRole:
        return sortValue(total, index.column());
    case KeyRole:
        return total.group.key;
    case Qt::TextAlignmentRole:
        return index.column() == GroupColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == GroupColumn) {
            return total.group.key.isEmpty() ? total.group.label : total.group.key;
        }
        if (index.column() == CallsColumn) {
            return tr("%1 failed, %2 served from cache")
                    .arg(QLocale().toString(total.failedCalls),
                         QLocale().toString(total.cachedCalls));
        }
        if (index.column() == TotalTokensColumn && total.reasoningTokens > 0) {
            return tr("Of which %1 reasoning").arg(formatTokenCount(total.reasoningTokens));
        }
        return {};
    default:
        return {};
    }
}

QVariant CostTotalsModel::display(const CostTotal &total, int column) const
{
    const QLocale locale;
    switch (column) {
    case GroupColumn:
        return total.group.label;
    case CallsColumn:
        return locale.toString(total.calls);
    case InputTokensColumn:
        return formatTokenCount(total.inputTokens, locale);
    case OutputTokensColumn:
        return formatTokenCount(total.outputTokens, locale);
    case TotalTokensColumn:
        return formatTokenCount(total.totalTokens, locale);
    case CostColumn:
        return formatUsd(total.cost, locale);
    case LatencyColumn:
        return formatLatency(qRound64(total.averageLatencyMs), locale);
    case CacheHitColumn:
        return tr("%1%").arg(locale.toString(std::round(total.cacheHitRate() * 1000) / 10, 'f', 1));
    default:
        return {};
    }
}

QVariant CostTotalsModel::sortValue(const CostTotal &total, int column)
{
    switch (column) {
    case GroupColumn:
        return total.group.label;
    case CallsColumn:
        return total.calls;
    case InputTokensColumn:
        return total.inputTokens;
    case OutputTokensColumn:
        return total.outputTokens;
    case TotalTokensColumn:
        return total.totalTokens;
    case CostColumn:
        return total.cost;
    case LatencyColumn:
        return total.averageLatencyMs;
    case CacheHitColumn:
        return total.cacheHitRate();
    default:
        return {};
    }
}

QVariant CostTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case GroupColumn:
        switch (m_groupBy) {
        case GroupBy::Function:
            return tr("Function");
        case GroupBy::Revision:
            return tr("Revision");
        case GroupBy::Tag:
            return tr("Tag");
        }
        return {};
    case CallsColumn:
        return tr("Calls");
    case InputTokensColumn:
        return tr("Input");
    case OutputTokensColumn:
        return tr("Output");
    case TotalTokensColumn:
        return tr("Total tokens");
    case CostColumn:
        return tr("Cost");
    case LatencyColumn:
        return tr("Avg latency");
    case CacheHitColumn:
        return tr("Cache hits");
    default:
        return {};
    }
}

} // namespace callpad
