#pragma once

#include "CostChart.h"
#include "CostQuery.h"

#include "history/CostSeries.h"
#include "history/HistoryFilter.h"

#include <QTimeZone>
#include <QTimer>
#include <QWidget>

#include <memory>

class QAction;
class QChart;
class QSortFilterProxyModel;

namespace Ui {
class CostPane;
}

namespace callpad {

class CostTotalsModel;
class HistoryStore;

// The Cost pane: spend (or tokens) per hour, day or week, stacked by function, revision or tag,
// with the running spend as a line; below it the totals per group and a one-line summary.
//
// The filter comes from the window's shared filter bar through setFilter(). Aggregation runs on
// a worker thread over a read connection of its own (CostQuery.h); a result that arrives after
// the pane's state has moved on is dropped. The pane refreshes, debounced, when the store
// reports a change, and polls the file's data version to pick up calls other programs record.
class CostPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostPane)

public:
    explicit CostPane(HistoryStore *store, QWidget *parent = nullptr);
    ~CostPane() override;

    void setFilter(const HistoryFilter &filter);
    [[nodiscard]] HistoryFilter filter() const { return m_filter; }

    [[nodiscard]] Bucket bucket() const;
    void setBucket(Bucket bucket);
    [[nodiscard]] GroupBy groupBy() const;
    void setGroupBy(GroupBy groupBy);
    [[nodiscard]] CostView view() const;
    void setView(CostView view);

    // The zone whose hours, days and weeks the buckets follow: the system's unless set (tests).
    void setTimeZone(const QTimeZone &zone);
    [[nodiscard]] QTimeZone timeZone() const { return m_zone; }

    // What is shown now: the last result that matched the pane's state.
    [[nodiscard]] const CostSeries &series() const { return m_series; }
    [[nodiscard]] const QList<CostTotal> &totals() const;
    // True while a refresh is pending or running.
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] QChart *chart() const;
    [[nodiscard]] CostTotalsModel *totalsModel() const { return m_model; }

    // The calls matching the filter, or the totals of the filter and grouping, written to `path`
    // atomically. Runs in the calling thread on a connection of its own; the actions below ask
    // for a file and run the same export on a worker.
    bool exportHistory(const QString &path, ExportFormat format, QString *error = nullptr) const;
    bool exportTotals(const QString &path, ExportFormat format, QString *error = nullptr) const;

    [[nodiscard]] QAction *exportHistoryAction() const { return m_exportHistoryAction; }
    [[nodiscard]] QAction *exportTotalsAction() const { return m_exportTotalsAction; }

public Q_SLOTS:
    // Schedules a new aggregation (debounced, so a burst of changes runs one query).
    void refresh();

Q_SIGNALS:
    // A new result is shown.
    void updated();
    // Reading or exporting failed; the message is for a status bar.
    void failed(const QString &message);
    // An export finished; the message is for a status bar.
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] CostQuery currentQuery() const;
    void startQuery();
    void apply(const CostQueryResult &result);
    void showChart();
    void showNotice(const QString &text, bool error);
    void pollDataVersion();
    void chooseExportFile(bool totals);

    std::unique_ptr<Ui::CostPane> m_ui;
    HistoryStore *m_store;
    CostTotalsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    CostChart *m_chart = nullptr;
    QAction *m_exportHistoryAction;
    QAction *m_exportTotalsAction;
    HistoryFilter m_filter;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    CostSeries m_series;
    QString m_error;
    QTimer m_refreshTimer;
    QTimer m_pollTimer;
    qint64 m_dataVersion = -1;
    quint64 m_generation = 0;
    quint64 m_shownGeneration = 0;
};

} // namespace callpad
