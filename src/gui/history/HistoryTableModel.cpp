#include "gui/history/HistoryTableModel.h"

#include "core/history/HistoryCodec.h"
#include "core/history/HistoryService.h"
#include "gui/common/LocalTime.h"
#include "gui/common/Palette.h"
#include "gui/common/UsageFormat.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

constexpr int ShortIdLength = 8;

QString statusText(const HistoryRow &row)
{
    if (row.ok) {
        return row.httpStatus > 0 ? QString::number(row.httpStatus) : HistoryTableModel::tr("OK");
    }
    ApiError error;
    error.kind = HistoryCodec::errorKindFromName(row.errorKind);
    error.httpStatus = row.httpStatus;
    return error.title();
}

bool isNumeric(int column)
{
    return column == HistoryTableModel::LatencyColumn || column == HistoryTableModel::TokensColumn
            || column == HistoryTableModel::CostColumn;
}

} // namespace

HistoryTableModel::HistoryTableModel(HistoryService *history, QObject *parent)
    : QAbstractTableModel(parent), m_history(history)
{
    setObjectName(u"historyTableModel"_s);
    if (m_history) {
        connect(m_history, &HistoryService::opened, this, &HistoryTableModel::refresh);
        connect(m_history, &HistoryService::changed, this, &HistoryTableModel::refresh);
        connect(m_history, &HistoryService::externallyChanged, this, &HistoryTableModel::refresh);
        refresh();
    }
}

HistoryTableModel::~HistoryTableModel() = default;

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(qMin<qint64>(m_count, INT_MAX));
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::ForegroundRole:
    case IdRole:
    case OkRole:
        break;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter
                                   | (isNumeric(index.column()) ? Qt::AlignRight : Qt::AlignLeft));
    default:
        return {}; // no page is read for roles without content
    }
    const HistoryRow *row = cachedRow(index.row());
    if (!row) {
        // Its page is on its way.
        return role == Qt::DisplayRole && index.column() == TimeColumn ? QVariant(tr("…"))
                                                                       : QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case Qt::ToolTipRole:
        return toolTip(*row, index.column());
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && !row->ok) {
            return errorColor(QGuiApplication::palette().color(QPalette::Base));
        }
        return {};
    case IdRole:
        return row->id;
    case OkRole:
        return row->ok;
    default:
        return {};
    }
}

QVariant HistoryTableModel::display(const HistoryRow &row, int column) const
{
    switch (column) {
    case TimeColumn:
        return formatLocalTime(row.time, QLocale::ShortFormat);
    case FunctionColumn:
        return row.functionName.isEmpty() ? row.functionId : row.functionName;
    case RevisionColumn:
        return row.revisionId.left(ShortIdLength);
    case StatusColumn:
        return statusText(row);
    case LatencyColumn:
        return formatLatency(row.latencyMs);
    case TokensColumn:
        return formatTokenCount(row.totalTokens);
    case CostColumn:
        return formatUsd(row.totalCost);
    case CachedColumn:
        return row.cached ? tr("Yes") : QString();
    case PresetColumn:
        return row.presetName;
    case InputColumn:
        return row.inputPreview;
    default:
        return {};
    }
}

QVariant HistoryTableModel::toolTip(const HistoryRow &row, int column) const
{
    switch (column) {
    case TimeColumn:
        return formatLocalTime(row.time, QLocale::LongFormat);
    case FunctionColumn:
        return row.functionId;
    case RevisionColumn:
        return row.revisionLabel.isEmpty() || row.revisionLabel == row.revisionId
                ? row.revisionId
                : tr("%1\n%2").arg(row.revisionLabel, row.revisionId);
    case StatusColumn:
        return row.stream ? tr("%1 (streamed)").arg(statusText(row)) : statusText(row);
    case InputColumn:
        return row.inputPreview;
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(Qt::AlignVCenter
                                   | (isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case FunctionColumn:
        return tr("Function");
    case RevisionColumn:
        return tr("Revision");
    case StatusColumn:
        return tr("Status");
    case LatencyColumn:
        return tr("Latency");
    case TokensColumn:
        return tr("Tokens");
    case CostColumn:
        return tr("Cost");
    case CachedColumn:
        return tr("Cached");
    case PresetColumn:
        return tr("Preset");
    case InputColumn:
        return tr("Input");
    default:
        return {};
    }
}

QModelIndexList HistoryTableModel::match(const QModelIndex &start, int role, const QVariant &value,
                                         int hits, Qt::MatchFlags flags) const
{
    QModelIndexList found;
    if (!start.isValid() || start.model() != this || hits == 0) {
        return found;
    }
    QList<int> rows;
    QList<qint64> pages = m_pages.keys();
    std::sort(pages.begin(), pages.end());
    for (const qint64 page : std::as_const(pages)) {
        const int first = int(page * PageSize);
        for (int row = first; row < first + m_pages.value(page).size(); ++row) {
            rows << row;
        }
    }
    // From `start` down, then (with Wrap) from the top back to it, as the base class does.
    const auto split = std::lower_bound(rows.cbegin(), rows.cend(), start.row());
    QList<int> ordered(split, rows.cend());
    if (flags.testFlag(Qt::MatchWrap)) {
        ordered += QList<int>(rows.cbegin(), split);
    }

    const int type = int(flags.toInt() & 0x0F);
    const Qt::CaseSensitivity sensitivity
            = flags.testFlag(Qt::MatchCaseSensitive) ? Qt::CaseSensitive : Qt::CaseInsensitive;
    const QString wanted = value.toString();
    for (const int row : std::as_const(ordered)) {
        const QModelIndex candidate = index(row, start.column());
        const QVariant data = candidate.data(role);
        const QString text = data.toString();
        bool matches = false;
        switch (type) {
        case Qt::MatchExactly:
            matches = data == value;
            break;
        case Qt::MatchContains:
            matches = text.contains(wanted, sensitivity);
            break;
        case Qt::MatchStartsWith:
            matches = text.startsWith(wanted, sensitivity);
            break;
        case Qt::MatchEndsWith:
            matches = text.endsWith(wanted, sensitivity);
            break;
        default: // fixed string and anything else: the whole text
            matches = text.compare(wanted, sensitivity) == 0;
            break;
        }
        if (matches) {
            found << candidate;
            if (hits > 0 && found.size() >= hits) {
                break;
            }
        }
    }
    return found;
}

void HistoryTableModel::setFilter(const HistoryFilter &filter)
{
    m_wantedFilter = filter;
    refresh();
}

std::optional<HistoryRow> HistoryTableModel::rowAt(int row) const
{
    const HistoryRow *cached = cachedRow(row);
    return cached ? std::optional<HistoryRow>(*cached) : std::nullopt;
}

qint64 HistoryTableModel::idAt(int row) const
{
    const HistoryRow *cached = cachedRow(row);
    return cached ? cached->id : 0;
}

bool HistoryTableModel::isLoading() const
{
    return m_countRequest.isPending() || !m_requested.isEmpty();
}

void HistoryTableModel::refresh()
{
    if (!m_history || !m_history->isOpen()) {
        return; // opened() brings the first count
    }
    const HistoryFilter filter = m_wantedFilter;
    m_history->count(filter, this, m_countRequest.wrap([this, filter](const Result<qint64> &count) {
        if (!count) {
            Q_EMIT failed(count.error());
        }
        if (!(filter == m_filter)) {
            m_filter = filter;
            resetTo(count.valueOr(0));
            return;
        }
        counted(count.valueOr(0));
    }));
}

void HistoryTableModel::counted(qint64 newCount)
{
    const auto oldFirst = m_pages.constFind(0);
    const qint64 oldTopId
            = oldFirst != m_pages.constEnd() && !oldFirst->isEmpty() ? oldFirst->first().id : 0;
    // New calls on top: the old first row moved down by exactly as many rows as were added.
    // Only checked when the first page was on show anyway.
    if (oldTopId != 0 && newCount > m_count) {
        ++m_pagesFetched;
        m_history->fetchPage(m_filter, 0, PageSize, this,
                             m_countRequest.wrap([this, newCount, oldTopId](
                                                         const Result<QList<HistoryRow>> &first) {
                                 insertOnTop(newCount, oldTopId, first.valueOr({}));
                             }));
        return;
    }
    if (newCount == m_count && newCount > 0) {
        // Same length: rows may have changed in place. The pages last looked at stay on show
        // and are read again; the others go and are read when next shown.
        const QList<qint64> keep = m_recentPages.mid(qMax(0, int(m_recentPages.size()) - 2));
        clearPages();
        for (const qint64 page : keep) {
            requestPage(page);
        }
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    resetTo(newCount);
}

void HistoryTableModel::insertOnTop(qint64 newCount, qint64 oldTopId,
                                    const QList<HistoryRow> &first)
{
    const qint64 added = newCount - m_count;
    if (added <= 0 || added >= first.size() || first.at(int(added)).id != oldTopId) {
        resetTo(newCount);
        return;
    }
    // Views and proxies still read the old rows while the insertion is announced.
    beginInsertRows({}, 0, int(added - 1));
    clearPages();
    m_pages.insert(0, first);
    m_recentPages.append(0);
    m_count = newCount;
    endInsertRows();
    Q_EMIT countChanged(m_count);
}

void HistoryTableModel::resetTo(qint64 count)
{
    beginResetModel();
    clearPages();
    m_count = count;
    endResetModel();
    Q_EMIT countChanged(m_count);
}

const HistoryRow *HistoryTableModel::cachedRow(int row) const
{
    if (row < 0 || row >= m_count) {
        return nullptr;
    }
    const qint64 pageNumber = row / PageSize;
    const auto found = m_pages.constFind(pageNumber);
    if (found == m_pages.constEnd()) {
        requestPage(pageNumber);
        return nullptr;
    }
    if (m_recentPages.last() != pageNumber) {
        m_recentPages.removeOne(pageNumber);
        m_recentPages.append(pageNumber);
    }
    const qint64 offset = row - pageNumber * PageSize;
    return offset < found->size() ? &found->at(int(offset)) : nullptr;
}

void HistoryTableModel::requestPage(qint64 page) const
{
    if (!m_history || m_requested.contains(page)) {
        return;
    }
    m_requested.insert(page);
    ++m_pagesFetched;
    // Asking is not a change of the model: it is why this const function may ask.
    auto *self = const_cast<HistoryTableModel *>(this);
    m_history->fetchPage(
            m_filter, page * PageSize, PageSize, self,
            [self, page, generation = m_generation](const Result<QList<HistoryRow>> &rows) {
                if (generation != self->m_generation) {
                    return; // the pages were dropped since it was asked for
                }
                if (!rows) {
                    self->m_requested.remove(page);
                    Q_EMIT self->failed(rows.error());
                    return;
                }
                self->pageArrived(page, rows.value());
            });
}

void HistoryTableModel::pageArrived(qint64 page, const QList<HistoryRow> &rows)
{
    m_requested.remove(page);
    m_recentPages.removeOne(page);
    while (m_pages.size() >= MaxCachedPages && !m_recentPages.isEmpty()) {
        m_pages.remove(m_recentPages.takeFirst());
    }
    m_pages.insert(page, rows);
    m_recentPages.append(page);
    const int first = int(page * PageSize);
    const int last = int(qMin<qint64>(first + PageSize, m_count)) - 1;
    if (last >= first) {
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
        Q_EMIT rowsLoaded(first, last);
    }
}

void HistoryTableModel::clearPages()
{
    m_pages.clear();
    m_recentPages.clear();
    m_requested.clear();
    ++m_generation;
}

} // namespace callpad
