#pragma once

#include "history/HistoryFilter.h"
#include "history/HistoryStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace callpad {

// The recorded calls as a table, newest first, over a history of any size: the row count is one
// COUNT query and rows are read a page at a time when a view asks for them, keeping a bounded
// number of pages (least recently used go first). Refreshes on the store's changed() and, for
// writes by other processes (the CLI), by polling the store's data version.
class HistoryTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryTableModel)

public:
    enum Column {
        TimeColumn,
        FunctionColumn,
        RevisionColumn,
        StatusColumn,
        LatencyColumn,
        TokensColumn,
        CostColumn,
        CachedColumn,
        PresetColumn,
        InputColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64: the call's history id
        OkRole, // bool: the call succeeded
    };

    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 20;
    static constexpr int DefaultPollIntervalMs = 2000;

    explicit HistoryTableModel(HistoryStore *store, QObject *parent = nullptr);
    ~HistoryTableModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    // Searches only the rows already read (the base class would read every page to look): a
    // view's type-ahead finds what the user has seen and never loads the whole history.
    [[nodiscard]] QModelIndexList match(const QModelIndex &start, int role, const QVariant &value,
                                        int hits, Qt::MatchFlags flags) const override;

    [[nodiscard]] HistoryFilter filter() const { return m_filter; }
    // Resets the model to the calls matching `filter`.
    void setFilter(const HistoryFilter &filter);

    // The row at `row` (its page is read if not cached); nullopt when out of range.
    [[nodiscard]] std::optional<HistoryRow> rowAt(int row) const;
    // 0 when out of range.
    [[nodiscard]] qint64 idAt(int row) const;

    // Counts again and drops the cached pages. Rows added on top of the list (the usual case: a
    // call just finished) arrive as inserted rows, so selection and scroll position stay;
    // anything else resets the model.
    void refresh();

    // How often the store's data version is checked for other processes' writes; 0 stops it.
    void setPollInterval(int milliseconds);
    [[nodiscard]] int pollInterval() const { return m_pollTimer.interval(); }

    // How many pages were read from the store since construction (for tests and diagnostics).
    [[nodiscard]] qint64 pagesFetched() const { return m_pagesFetched; }
    [[nodiscard]] int cachedPageCount() const { return int(m_pages.size()); }

Q_SIGNALS:
    void countChanged(qint64 count);
    // Another process wrote to the history (seen by polling); the model has refreshed. Facet
    // pickers may want to refresh too.
    void externallyChanged();

private:
    const HistoryRow *cachedRow(int row) const;
    QVariant display(const HistoryRow &row, int column) const;
    QVariant toolTip(const HistoryRow &row, int column) const;
    qint64 countNow() const;
    void clearPages();
    void pollDataVersion();

    QPointer<HistoryStore> m_store;
    HistoryFilter m_filter;
    qint64 m_count = 0;
    mutable QHash<qint64, QList<HistoryRow>> m_pages; // page number -> its rows
    mutable QList<qint64> m_recentPages; // least recently used first
    mutable qint64 m_pagesFetched = 0;
    QTimer m_pollTimer;
    qint64 m_dataVersion = -1;
};

} // namespace callpad
