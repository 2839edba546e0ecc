#include "core/history/CostQuery.h"

#include "core/AtomicFile.h"
#include "core/history/CostAggregator.h"
#include "core/history/HistoryExport.h"
#include "core/history/HistoryStore.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace callpad {

CostQueryResult runCostQuery(const HistoryStore &store, const CostQuery &query)
{
    CostQueryResult result;
    result.series.bucket = query.bucket;
    result.series.groupBy = query.groupBy;
    if (!store.isOpen()) {
        result.error = CostQuery::tr("The history is not open");
        return result;
    }
    const CostAggregator aggregator(store, query.zone);
    const Result<CostSeries> series
            = aggregator.costSeries(query.filter, query.bucket, query.groupBy);
    if (!series) {
        result.error = series.error();
        return result;
    }
    result.series = *series;
    const Result<QList<CostTotal>> totals = aggregator.totals(query.filter, query.groupBy);
    if (!totals) {
        result.error = totals.error();
        return result;
    }
    result.totals = *totals;
    return result;
}

Status exportHistoryFile(const HistoryStore &store, const HistoryFilter &filter,
                         const QString &path, ExportFormat format)
{
    if (!store.isOpen()) {
        return Status::failure(CostQuery::tr("The history is not open"));
    }
    return writeFileAtomically(path, [&](QIODevice *out) {
        return format == ExportFormat::Jsonl ? HistoryExport::writeHistoryJsonl(store, filter, out)
                                             : HistoryExport::writeHistoryCsv(store, filter, out);
    });
}

Status exportTotalsFile(const HistoryStore &store, const CostQuery &query, const QString &path,
                        ExportFormat format)
{
    if (!store.isOpen()) {
        return Status::failure(CostQuery::tr("The history is not open"));
    }
    const Result<QList<CostTotal>> totals
            = CostAggregator(store, query.zone).totals(query.filter, query.groupBy);
    if (!totals) {
        return Status::failure(totals.error());
    }
    return writeFileAtomically(path, [&](QIODevice *out) {
        return format == ExportFormat::Jsonl ? HistoryExport::writeTotalsJsonl(*totals, out)
                                             : HistoryExport::writeTotalsCsv(*totals, out);
    });
}

ExportFormat exportFormatForPath(const QString &path, ExportFormat fallback)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"jsonl"_s || suffix == u"json"_s || suffix == u"ndjson"_s) {
        return ExportFormat::Jsonl;
    }
    if (suffix == u"csv"_s) {
        return ExportFormat::Csv;
    }
    return fallback;
}

} // namespace callpad
