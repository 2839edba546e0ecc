#include "cli/CliHistory.h"

#include "core/AppPaths.h"
#include "core/history/CostAggregator.h"
#include "core/history/HistoryEntry.h"
#include "core/history/HistoryExport.h"
#include "core/history/HistoryStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace callpad::CliHistory {

namespace {

// The translation context of the history commands' messages.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(callpad::CliHistory)
};

void print(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

QString pathOf(const CliOptions &options)
{
    return options.historyFile.isEmpty() ? AppPaths::standard().historyDatabase
                                         : options.historyFile;
}

QJsonValue optional(const auto &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue();
}

QJsonObject rowJson(const HistoryRow &row)
{
    return { { u"id"_s, row.id },
             { u"time"_s, row.time.toString(Qt::ISODateWithMs) },
             { u"source"_s, row.source },
             { u"function_id"_s, row.functionId },
             { u"function_name"_s, row.functionName },
             { u"revision_id"_s, row.revisionId },
             { u"preset"_s, row.presetName },
             { u"ok"_s, row.ok },
             { u"http_status"_s, row.httpStatus },
             { u"error_kind"_s, row.errorKind },
             { u"stream"_s, row.stream },
             { u"latency_ms"_s, row.latencyMs },
             { u"total_tokens"_s, optional(row.totalTokens) },
             { u"total_cost"_s, optional(row.totalCost) },
             { u"cached"_s, row.cached },
             { u"input_preview"_s, row.inputPreview } };
}

QJsonObject totalJson(const CostTotal &total)
{
    return { { u"group"_s, total.group.label },
             { u"key"_s, total.group.key },
             { u"calls"_s, total.calls },
             { u"failed_calls"_s, total.failedCalls },
             { u"input_tokens"_s, total.inputTokens },
             { u"output_tokens"_s, total.outputTokens },
             { u"reasoning_tokens"_s, total.reasoningTokens },
             { u"total_tokens"_s, total.totalTokens },
             { u"cost"_s, total.cost },
             { u"average_latency_ms"_s, total.averageLatencyMs },
             { u"cache_hit_rate"_s, total.cacheHitRate() } };
}

bool open(HistoryStore &store, const CliOptions &options, FILE *err)
{
    const Status opened = store.open(pathOf(options));
    if (!opened) {
        print(err,
              Messages::tr("Cannot open the history %1: %2\n")
                      .arg(pathOf(options), opened.error())
                      .toUtf8());
    }
    return opened.ok();
}

} // namespace

void record(const CliOptions &options, const CallResult &result, const CallDraft &draft, FILE *err)
{
    if (!options.recordHistory) {
        return;
    }
    HistoryStore store;
    if (!open(store, options, err)) {
        return;
    }
    const HistoryEntry entry = HistoryEntry::fromCall(result, draft, {}, {}, options.presetName,
                                                      u"cli"_s, options.settings.baseUrl);
    if (const Result<qint64> id = store.record(entry); !id) {
        print(err,
              Messages::tr("The call was not recorded in the history: %1\n")
                      .arg(id.error())
                      .toUtf8());
    }
}

int printHistory(const CliOptions &options, FILE *out, FILE *err)
{
    HistoryStore store;
    if (!open(store, options, err)) {
        return 5;
    }
    QFile device;
    if (!device.open(out, QIODevice::WriteOnly)) {
        return 5;
    }
    if (options.output == CliOptions::Output::Csv || options.output == CliOptions::Output::Jsonl) {
        const Status written = options.output == CliOptions::Output::Csv
                ? HistoryExport::writeHistoryCsv(store, options.historyFilter, &device)
                : HistoryExport::writeHistoryJsonl(store, options.historyFilter, &device);
        device.close();
        if (!written) {
            print(err, written.error().toUtf8() + '\n');
        }
        return written ? 0 : 5;
    }
    const QList<HistoryRow> rows
            = store.page(options.historyFilter, 0, options.historyLimit).valueOr({});
    QByteArray text;
    if (options.output == CliOptions::Output::Json) {
        QJsonArray data;
        for (const HistoryRow &row : rows) {
            data.append(rowJson(row));
        }
        const QJsonObject envelope {
            { u"meta"_s,
              QJsonObject {
                      { u"total_count"_s, store.count(options.historyFilter).valueOr(-1) } } },
            { u"data"_s, data }
        };
        text = QJsonDocument(envelope).toJson(QJsonDocument::Indented);
    } else {
        for (const HistoryRow &row : rows) {
            text += u"%1\t%2\t%3\t%4\t%5 ms\t%6\t%7\n"_s
                            .arg(row.time.toLocalTime().toString(Qt::ISODate),
                                 row.functionName.isEmpty() ? row.functionId : row.functionName,
                                 row.ok ? QString::number(row.httpStatus) : row.errorKind)
                            .arg(row.totalTokens ? QString::number(*row.totalTokens) : u"-"_s)
                            .arg(row.latencyMs)
                            .arg(row.totalCost ? HistoryExport::number(*row.totalCost) : u"-"_s,
                                 row.inputPreview)
                            .toUtf8();
        }
    }
    device.write(text);
    return 0;
}

int printCosts(const CliOptions &options, FILE *out, FILE *err)
{
    HistoryStore store;
    if (!open(store, options, err)) {
        return 5;
    }
    const Result<QList<CostTotal>> read
            = CostAggregator(store).totals(options.historyFilter, options.costGroupBy);
    if (!read) {
        print(err, read.error().toUtf8() + '\n');
        return 5;
    }
    const QList<CostTotal> &totals = *read;
    QFile device;
    if (!device.open(out, QIODevice::WriteOnly)) {
        return 5;
    }
    Status written = Status::success();
    switch (options.output) {
    case CliOptions::Output::Csv:
        written = HistoryExport::writeTotalsCsv(totals, &device);
        break;
    case CliOptions::Output::Jsonl:
        written = HistoryExport::writeTotalsJsonl(totals, &device);
        break;
    case CliOptions::Output::Json: {
        QJsonArray data;
        for (const CostTotal &total : totals) {
            data.append(totalJson(total));
        }
        device.write(QJsonDocument(QJsonObject { { u"data"_s, data } }).toJson());
        break;
    }
    case CliOptions::Output::Text:
        for (const CostTotal &total : totals) {
            device.write(u"%1\t%2 calls\t%3 tokens\t$%4\n"_s.arg(total.group.label)
                                 .arg(total.calls)
                                 .arg(total.totalTokens)
                                 .arg(HistoryExport::number(total.cost))
                                 .toUtf8());
        }
        break;
    }
    if (!written) {
        print(err, written.error().toUtf8() + '\n');
    }
    return written ? 0 : 5;
}

} // namespace callpad::CliHistory
