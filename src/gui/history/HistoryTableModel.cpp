#include "HistoryTableModel.h"

#include "Palette.h"
#include "history/HistoryCodec.h"
#include "picker/LocalTime.h"
#include "results/ErrorBanner.h"
#include "results/UsageFormat.h"

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
    return ErrorBanner::titleFor(error);
}

bool isNumeric(int column)
{
    return column == HistoryTableModel::LatencyColumn || column == HistoryTableModel::TokensColumn
            || column == HistoryTableModel::CostColumn;
}

} // namespace

HistoryTableModel::HistoryTableModel(HistoryStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    setObjectName(u"historyTableModel"_s);
    if (m_store) {
        connect(m_store, &HistoryStore::changed, this, &HistoryTableModel::refresh);
        m_dataVersion = m_store->isOpen() ? m_store->dataVersion() : -1;
    }
    m_count = countNow();
    connect(&m_pollTimer, &QTimer::timeout, this, &HistoryTableModel::pollDataVersion);
    setPollInterval(DefaultPollIntervalMs);
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
        return {};
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
    beginResetModel();
    m_filter = filter;
    clearPages();
    m_count = countNow();
    endResetModel();
    Q_EMIT countChanged(m_count);
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

void HistoryTableModel::refresh()
{
    const qint64 oldCount = m_count;
    const qint64 newCount = countNow();
    const auto oldFirst = m_pages.constFind(0);
    const qint64 oldTopId
            = oldFirst != m_pages.constEnd() && !oldFirst->isEmpty() ? oldFirst->first().id : 0;

    // New calls on top: the old first row moved down by exactly as many rows as were added.
    // Only checked when the first page was on show anyway, so no page is read just for this.
    if (oldTopId != 0 && newCount > oldCount && m_store) {
        QList<HistoryRow> first = m_store->page(m_filter, 0, PageSize);
        ++m_pagesFetched;
        const qint64 added = newCount - oldCount;
        if (added < first.size() && first.at(int(added)).id == oldTopId) {
            // Views and proxies still read the old rows while the insertion is announced.
            beginInsertRows({}, 0, int(added - 1));
            clearPages();
            m_pages.insert(0, std::move(first));
            m_recentPages.append(0);
            m_count = newCount;
            endInsertRows();
            Q_EMIT countChanged(m_count);
            return;
        }
    }
    if (newCount == oldCount && newCount > 0) {
        // Same length: rows may have changed in place; views re-read what they show.
        clearPages();
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    clearPages();
    m_count = newCount;
    endResetModel();
    Q_EMIT countChanged(m_count);
}

void HistoryTableModel::setPollInterval(int milliseconds)
{
    if (milliseconds <= 0) {
        m_pollTimer.stop();
        return;
    }
    m_pollTimer.start(milliseconds);
}

const HistoryRow *HistoryTableModel::cachedRow(int row) const
{
    if (row < 0 || row >= m_count || !m_store) {
        return nullptr;
    }
    const qint64 pageNumber = row / PageSize;
    auto found = m_pages.constFind(pageNumber);
    if (found == m_pages.constEnd()) {
        while (m_pages.size() >= MaxCachedPages && !m_recentPages.isEmpty()) {
            m_pages.remove(m_recentPages.takeFirst());
        }
        ++m_pagesFetched;
        found = m_pages.insert(pageNumber,
                               m_store->page(m_filter, pageNumber * PageSize, PageSize));
        m_recentPages.append(pageNumber);
    } else if (m_recentPages.last() != pageNumber) {
        m_recentPages.removeOne(pageNumber);
        m_recentPages.append(pageNumber);
    }
    const qint64 offset = row - pageNumber * PageSize;
    return offset < found->size() ? &found->at(int(offset)) : nullptr;
}

qint64 HistoryTableModel::countNow() const
{
    if (!m_store || !m_store->isOpen()) {
        return 0;
    }
    return qMax<qint64>(0, m_store->count(m_filter));
}

void HistoryTableModel::clearPages()
{
    m_pages.clear();
    m_recentPages.clear();
}

void HistoryTableModel::pollDataVersion()
{
    if (!m_store || !m_store->isOpen()) {
        return;
    }
    const qint64 version = m_store->dataVersion();
    if (version == m_dataVersion) {
        return;
    }
    const bool seenBefore = m_dataVersion != -1;
    m_dataVersion = version;
    if (seenBefore) {
        refresh();
        Q_EMIT externallyChanged();
    }
}

} // namespace callpad
