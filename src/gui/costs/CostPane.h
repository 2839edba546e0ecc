#pragma once

#include "core/Latest.h"
#include "core/history/CostQuery.h"
#include "core/history/CostSeries.h"
#include "core/history/HistoryFilter.h"
#include "gui/costs/CostChart.h"

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
class HistoryService;

// The Cost pane: spend (or tokens) per hour, day or week, stacked by function, revision or tag,
// with the running spend as a line; below it the totals per group and a one-line summary.
//
// The filter comes from the window's shared filter bar through setFilter(). Aggregation runs on
// the history service's thread (CostQuery.h); a result that arrives after the pane's state has
// moved on is dropped. The pane refreshes, debounced, when the history changes, whoever wrote.
class CostPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostPane)

public:
    explicit CostPane(HistoryService *history, QWidget *parent = nullptr);
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
    // atomically on the history's thread; exportFinished() follows. The actions below ask for a
    // file first and show a failure in a message box too.
    void exportHistory(const QString &path, ExportFormat format);
    void exportTotals(const QString &path, ExportFormat format);

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
    // An export is done: `error` is empty when the file was written.
    void exportFinished(const QString &path, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] CostQuery currentQuery() const;
    void startQuery();
    void apply(const CostQueryResult &result);
    void showChart();
    void showNotice(const QString &text, bool error);
    void chooseExportFile(bool totals);
    // `title` non-empty: the user chose the file, so a failure shows a message box too.
    void startExport(const QString &path, ExportFormat format, bool totals, const QString &title);

    std::unique_ptr<Ui::CostPane> m_ui;
    HistoryService *m_history;
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
    Latest m_query;
};

} // namespace callpad
