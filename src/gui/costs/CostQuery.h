#pragma once

#include "history/CostSeries.h"
#include "history/HistoryFilter.h"
#include "history/HistoryStore.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace callpad {

// The cost pane's and the budget's reads, made on a connection of their own.
//
// A HistoryStore connection belongs to the thread that opened it, so work handed to a worker
// thread cannot use the window's store: each function here opens a second HistoryStore on the
// same file, reads, and closes it. SQLite's WAL journal lets it read while the window writes.
// Every function is safe to call from any thread, including the GUI thread (tests do).

// Where and how the window's store was opened, copied on the GUI thread for the worker.
struct HistoryLocation
{
    QString path;
    HistoryStore::Options options;

    static HistoryLocation of(const HistoryStore &store)
    {
        return { store.path(), store.options() };
    }
};

struct CostQuery
{
    HistoryLocation location;
    HistoryFilter filter;
    Bucket bucket = Bucket::Day;
    GroupBy groupBy = GroupBy::Function;
    QTimeZone zone = QTimeZone::systemTimeZone();
};

struct CostQueryResult
{
    CostSeries series;
    QList<CostTotal> totals;
    QString error; // empty on success
};

enum class ExportFormat { Csv, Jsonl };

// The series and the totals of one pane state.
CostQueryResult runCostQuery(const CostQuery &query);

// The whole history's spend today and this month (in `zone`); nullopt with *error on failure.
std::optional<Spend> querySpend(const HistoryLocation &location, const QDateTime &now,
                                const QTimeZone &zone, QString *error);

// The calls matching `filter`, written atomically (QSaveFile) to `path`.
bool exportHistoryFile(const HistoryLocation &location, const HistoryFilter &filter,
                       const QString &path, ExportFormat format, QString *error);

// The totals of `query` (its filter and grouping), written atomically to `path`.
bool exportTotalsFile(const CostQuery &query, const QString &path, ExportFormat format,
                      QString *error);

// JSONL for a ".jsonl"/".json"/".ndjson" file name, else CSV unless `fallback` says otherwise.
ExportFormat exportFormatForPath(const QString &path, ExportFormat fallback = ExportFormat::Csv);

} // namespace callpad
