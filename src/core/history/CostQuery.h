#pragma once

#include "core/Result.h"
#include "core/history/CostSeries.h"
#include "core/history/HistoryFilter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace callpad {

class HistoryStore;

// The cost pane's reads and exports, run on the history service's read connection.
struct CostQuery
{
    Q_DECLARE_TR_FUNCTIONS(callpad::CostQuery)

public:
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
CostQueryResult runCostQuery(const HistoryStore &store, const CostQuery &query);

// The calls matching `filter`, written atomically (AtomicFile.h) to `path`.
Status exportHistoryFile(const HistoryStore &store, const HistoryFilter &filter,
                         const QString &path, ExportFormat format);

// The totals of `query` (its filter and grouping), written atomically to `path`.
Status exportTotalsFile(const HistoryStore &store, const CostQuery &query, const QString &path,
                        ExportFormat format);

// JSONL for a ".jsonl"/".json"/".ndjson" file name, else CSV unless `fallback` says otherwise.
ExportFormat exportFormatForPath(const QString &path, ExportFormat fallback = ExportFormat::Csv);

} // namespace callpad
