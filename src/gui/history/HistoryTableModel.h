#pragma once

#include "core/Latest.h"
#include "core/history/HistoryFilter.h"
#include "core/history/HistoryStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

#include <optional>

namespace callpad {

class HistoryService;

// The recorded calls as a table, newest first, over a history of any size. Every read runs on
// the history service's thread: the row count is one COUNT query, and rows are read a page at a
// time when a view asks for them. A row whose page has not arrived yet shows a placeholder; the
// page fills in when it comes. A bounded number of pages is kept (least recently used go
// first). Refreshes on the service's changed() and externallyChanged() (the CLI wrote).
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

    explicit HistoryTableModel(HistoryService *history, QObject *parent = nullptr);
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

    // The filter last asked for (the rows shown follow it once its count has arrived).
    [[nodiscard]] HistoryFilter filter() const { return m_wantedFilter; }
    // Counts the calls matching `filter`, then resets the model to them. The old rows stay on
    // show until then, so typing in a search box does not blank the list.
    void setFilter(const HistoryFilter &filter);

    // The row at `row` if its page has arrived (asking for the page if not); nullopt otherwise.
    [[nodiscard]] std::optional<HistoryRow> rowAt(int row) const;
    // 0 when out of range or not read yet.
    [[nodiscard]] qint64 idAt(int row) const;

    // Counts again. Rows added on top of the list (the usual case: a call just finished) arrive
    // as inserted rows, so selection and scroll position stay; rows changed in place are read
    // again; anything else resets the model.
    void refresh();

    // True while a count or a page is on its way.
    [[nodiscard]] bool isLoading() const;
    // How many pages were asked of the history since construction (tests and diagnostics).
    [[nodiscard]] qint64 pagesFetched() const { return m_pagesFetched; }
    [[nodiscard]] int cachedPageCount() const { return int(m_pages.size()); }

Q_SIGNALS:
    void countChanged(qint64 count);
    // A page of rows arrived and is on show.
    void rowsLoaded(int first, int last);
    void failed(const QString &message);

private:
    const HistoryRow *cachedRow(int row) const;
    void requestPage(qint64 page) const;
    void pageArrived(qint64 page, const QList<HistoryRow> &rows);
    void counted(qint64 count);
    void insertOnTop(qint64 newCount, qint64 oldTopId, const QList<HistoryRow> &first);
    void resetTo(qint64 count);
    QVariant display(const HistoryRow &row, int column) const;
    QVariant toolTip(const HistoryRow &row, int column) const;
    void clearPages();

    QPointer<HistoryService> m_history;
    HistoryFilter m_filter; // what the rows on show match
    HistoryFilter m_wantedFilter; // what the next count is for
    qint64 m_count = 0;
    mutable QHash<qint64, QList<HistoryRow>> m_pages; // page number -> its rows
    mutable QList<qint64> m_recentPages; // least recently used first
    mutable QSet<qint64> m_requested; // pages on their way, for the current generation
    mutable quint64 m_generation = 0; // bumped whenever cached pages stop being valid
    mutable qint64 m_pagesFetched = 0;
    Latest m_countRequest;
};

} // namespace callpad
