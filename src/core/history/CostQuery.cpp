#include "core/history/CostQuery.h"

#include "core/AtomicFile.h"
#include "core/history/CostAggregator.h"
#include "core/history/HistoryExport.h"
#include "core/history/HistoryStore.h"

#include <QFileInfo>

#include <functional>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

// The exports' writers report through an out-parameter; the file is written atomically.
Status writeExport(const QString &path, const std::function<bool(QIODevice *, QString *)> &write)
{
    return writeFileAtomically(path, [&write](QIODevice *out) {
        QString error;
        return write(out, &error) ? Status::success() : Status::failure(error);
    });
}

} // namespace

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
    result.series = aggregator.costSeries(query.filter, query.bucket, query.groupBy);
    if (aggregator.lastError().isEmpty()) {
        result.totals = aggregator.totals(query.filter, query.groupBy);
    }
    result.error = aggregator.lastError();
    return result;
}

Status exportHistoryFile(const HistoryStore &store, const HistoryFilter &filter,
                         const QString &path, ExportFormat format)
{
    if (!store.isOpen()) {
        return Status::failure(CostQuery::tr("The history is not open"));
    }
    return writeExport(path, [&](QIODevice *out, QString *writeError) {
        return format == ExportFormat::Jsonl
                ? HistoryExport::writeHistoryJsonl(store, filter, out, writeError)
                : HistoryExport::writeHistoryCsv(store, filter, out, writeError);
    });
}

Status exportTotalsFile(const HistoryStore &store, const CostQuery &query, const QString &path,
                        ExportFormat format)
{
    if (!store.isOpen()) {
        return Status::failure(CostQuery::tr("The history is not open"));
    }
    const CostAggregator aggregator(store, query.zone);
    const QList<CostTotal> totals = aggregator.totals(query.filter, query.groupBy);
    if (!aggregator.lastError().isEmpty()) {
        return Status::failure(aggregator.lastError());
    }
    return writeExport(path, [&](QIODevice *out, QString *writeError) {
        return format == ExportFormat::Jsonl
                ? HistoryExport::writeTotalsJsonl(totals, out, writeError)
                : HistoryExport::writeTotalsCsv(totals, out, writeError);
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
