#include "CostQuery.h"

#include "history/CostAggregator.h"
#include "history/HistoryExport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <functional>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CostQuery", text);
}

void setError(QString *error, const QString &message)
{
    if (error != nullptr) {
        *error = message;
    }
}

// Opens a read connection of this thread's own; false with *error when it cannot.
bool openReader(HistoryStore *store, const HistoryLocation &location, QString *error)
{
    if (location.path.isEmpty()) {
        setError(error, tr("The history is not open"));
        return false;
    }
    if (!store->open(location.path)) {
        setError(error, store->lastError());
        return false;
    }
    return true;
}

// Writes through QSaveFile, so a failed or interrupted export leaves any old file as it was.
bool writeAtomically(const QString &path, QString *error,
                     const std::function<bool(QIODevice *, QString *)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    QString writeError;
    if (!write(&file, &writeError)) {
        file.cancelWriting();
        setError(error, tr("Cannot export to %1: %2").arg(path, writeError));
        return false;
    }
    if (!file.commit()) {
        setError(error, tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace

CostQueryResult runCostQuery(const CostQuery &query)
{
    CostQueryResult result;
    result.series.bucket = query.bucket;
    result.series.groupBy = query.groupBy;
    HistoryStore store(query.location.options);
    if (!openReader(&store, query.location, &result.error)) {
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

std::optional<Spend> querySpend(const HistoryLocation &location, const QDateTime &now,
                                const QTimeZone &zone, QString *error)
{
    HistoryStore store(location.options);
    if (!openReader(&store, location, error)) {
        return std::nullopt;
    }
    const CostAggregator aggregator(store, zone);
    const Spend spend = aggregator.spend(now);
    if (!aggregator.lastError().isEmpty()) {
        setError(error, aggregator.lastError());
        return std::nullopt;
    }
    return spend;
}

bool exportHistoryFile(const HistoryLocation &location, const HistoryFilter &filter,
                       const QString &path, ExportFormat format, QString *error)
{
    HistoryStore store(location.options);
    if (!openReader(&store, location, error)) {
        return false;
    }
    return writeAtomically(path, error, [&](QIODevice *out, QString *writeError) {
        return format == ExportFormat::Jsonl
                ? HistoryExport::writeHistoryJsonl(store, filter, out, writeError)
                : HistoryExport::writeHistoryCsv(store, filter, out, writeError);
    });
}

bool exportTotalsFile(const CostQuery &query, const QString &path, ExportFormat format,
                      QString *error)
{
    HistoryStore store(query.location.options);
    if (!openReader(&store, query.location, error)) {
        return false;
    }
    const CostAggregator aggregator(store, query.zone);
    const QList<CostTotal> totals = aggregator.totals(query.filter, query.groupBy);
    if (!aggregator.lastError().isEmpty()) {
        setError(error, aggregator.lastError());
        return false;
    }
    return writeAtomically(path, error, [&](QIODevice *out, QString *writeError) {
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
