#include "core/history/HistoryExport.h"

#include "core/history/HistoryCodec.h"
#include "core/history/HistoryStore.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <functional>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString boolText(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

template<typename T> QString optionalText(const std::optional<T> &value)
{
    if (!value) {
        return {};
    }
    if constexpr (std::is_floating_point_v<T>) {
        return HistoryExport::number(*value);
    } else {
        return QString::number(*value);
    }
}

template<typename T>
void insertOptional(QJsonObject *object, const QString &key, const std::optional<T> &value)
{
    if (value) {
        object->insert(key, double(*value));
    }
}

QByteArray csvLine(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            line += ',';
        }
        line += HistoryExport::csvField(fields.at(i));
    }
    return line + "\r\n";
}

// A stored body inline: its JSON when it parses, else its text; null when there is none.
QJsonValue inlineJson(const QByteArray &body)
{
    if (body.isEmpty()) {
        return QJsonValue::Null;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && document.isObject()) {
        return document.object();
    }
    if (error.error == QJsonParseError::NoError && document.isArray()) {
        return document.array();
    }
    return QString::fromUtf8(body);
}

Status write(QIODevice *out, const QByteArray &bytes)
{
    if (out->write(bytes) != bytes.size()) {
        return Status::failure(
                HistoryExport::tr("Cannot write the export: %1").arg(out->errorString()));
    }
    return Status::success();
}

Status writePages(const HistoryStore &store, const HistoryFilter &filter, QIODevice *out,
                  const std::function<QByteArray(const HistoryEntry &)> &line)
{
    std::optional<HistoryCursor> cursor;
    for (;;) {
        const Result<QList<HistoryEntry>> read
                = store.entries(filter, cursor, HistoryExport::PageSize);
        if (!read) {
            return Status::failure(
                    HistoryExport::tr("Cannot read the history: %1").arg(read.error()));
        }
        const QList<HistoryEntry> &page = *read;
        if (page.isEmpty()) {
            return Status::success();
        }
        QByteArray chunk;
        for (const HistoryEntry &entry : page) {
            chunk += line(entry);
        }
        if (Status written = write(out, chunk); !written) {
            return written;
        }
        if (page.size() < HistoryExport::PageSize) {
            return Status::success();
        }
        cursor = HistoryCursor { page.last().time.toMSecsSinceEpoch(), page.last().id };
    }
}

QString tagsText(const QList<Tag> &tags)
{
    QStringList parts;
    for (const Tag &tag : tags) {
        parts << tag.key + u'=' + tag.value;
    }
    return parts.join(u';');
}

} // namespace

QByteArray HistoryExport::csvField(const QString &text)
{
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
            || text.contains(u'\r');
    if (!quote) {
        return text.toUtf8();
    }
    QString escaped = text;
    escaped.replace(u'"', u"\"\""_s);
    return '"' + escaped.toUtf8() + '"';
}

QString HistoryExport::number(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

QByteArray HistoryExport::historyCsvHeader()
{
    return csvLine({ u"id"_s,
                     u"time"_s,
                     u"source"_s,
                     u"base_url"_s,
                     u"function_id"_s,
                     u"function_name"_s,
                     u"revision_id"_s,
                     u"revision_label"_s,
                     u"preset"_s,
                     u"stream"_s,
                     u"status"_s,
                     u"http_status"_s,
                     u"error_kind"_s,
                     u"error_message"_s,
                     u"latency_ms"_s,
                     u"input_tokens"_s,
                     u"output_tokens"_s,
                     u"reasoning_tokens"_s,
                     u"total_tokens"_s,
                     u"cost_generation"_s,
                     u"cost_platform"_s,
                     u"cost_total"_s,
                     u"cached"_s,
                     u"span_id"_s,
                     u"tags"_s,
                     u"input"_s,
                     u"output"_s });
}

QByteArray HistoryExport::historyCsvLine(const HistoryEntry &entry)
{
    return csvLine({ QString::number(entry.id),
                     isoTime(entry.time),
                     entry.source,
                     entry.baseUrl.toString(),
                     entry.functionId,
                     entry.functionName,
                     entry.revisionId,
                     entry.revisionLabel,
                     entry.presetName,
                     boolText(entry.stream),
                     entry.ok() ? u"ok"_s : u"failed"_s,
                     entry.httpStatus > 0 ? QString::number(entry.httpStatus) : QString(),
                     entry.errorKindName(),
                     entry.errorSummary,
                     QString::number(entry.latencyMs),
                     optionalText(entry.inputTokens),
                     optionalText(entry.outputTokens),
                     optionalText(entry.reasoningTokens),
                     optionalText(entry.totalTokens),
                     optionalText(entry.costGeneration),
                     optionalText(entry.costPlatform),
                     optionalText(entry.costTotal),
                     boolText(entry.cached),
                     entry.spanId,
                     tagsText(entry.tags),
                     entry.inputText,
                     entry.outputText });
}

QByteArray HistoryExport::historyJsonLine(const HistoryEntry &entry)
{
    QJsonObject object {
        { u"id"_s, double(entry.id) },
        { u"time"_s, isoTime(entry.time) },
        { u"source"_s, entry.source },
        { u"base_url"_s, entry.baseUrl.toString() },
        { u"function_id"_s, entry.functionId },
        { u"function_name"_s, entry.functionName },
        { u"revision_id"_s, entry.revisionId },
        { u"revision_label"_s, entry.revisionLabel },
        { u"preset"_s, entry.presetName },
        { u"stream"_s, entry.stream },
        { u"ok"_s, entry.ok() },
        { u"http_status"_s, entry.httpStatus },
        { u"latency_ms"_s, double(entry.latencyMs) },
        { u"cached"_s, entry.cached },
        { u"span_id"_s, entry.spanId },
        { u"request"_s, inlineJson(entry.requestBody) },
        { u"response"_s, inlineJson(entry.responseBody) },
    };
    if (entry.stream) {
        object.insert(u"event_count"_s, entry.eventCount);
    }
    if (entry.error.isError()) {
        object.insert(u"error"_s,
                      QJsonObject { { u"kind"_s, entry.errorKindName() },
                                    { u"message"_s, entry.errorSummary } });
    } else {
        object.insert(u"error"_s, QJsonValue::Null);
    }
    QJsonObject usage;
    insertOptional(&usage, u"input_tokens"_s, entry.inputTokens);
    insertOptional(&usage, u"output_tokens"_s, entry.outputTokens);
    insertOptional(&usage, u"reasoning_tokens"_s, entry.reasoningTokens);
    insertOptional(&usage, u"total_tokens"_s, entry.totalTokens);
    object.insert(u"usage"_s, usage);
    QJsonObject cost;
    insertOptional(&cost, u"generation"_s, entry.costGeneration);
    insertOptional(&cost, u"platform"_s, entry.costPlatform);
    insertOptional(&cost, u"total"_s, entry.costTotal);
    object.insert(u"cost"_s, cost);
    QJsonObject tags;
    for (const Tag &tag : entry.tags) {
        tags.insert(tag.key, tag.value);
    }
    object.insert(u"tags"_s, tags);
    QJsonArray images;
    for (const HistoryImage &image : entry.images) {
        QJsonObject item { { u"source"_s, HistoryCodec::imageSourceName(image.source) },
                           { u"size"_s, double(image.size) },
                           { u"stored"_s, image.size > 0 && !image.truncated } };
        if (!image.url.isEmpty()) {
            item.insert(u"url"_s, image.url);
        }
        if (!image.mimeType.isEmpty()) {
            item.insert(u"mime"_s, image.mimeType);
        }
        images.append(item);
    }
    object.insert(u"images"_s, images);
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

Status HistoryExport::writeHistoryCsv(const HistoryStore &store, const HistoryFilter &filter,
                                      QIODevice *out)
{
    if (Status written = write(out, historyCsvHeader()); !written) {
        return written;
    }
    return writePages(store, filter, out, &HistoryExport::historyCsvLine);
}

Status HistoryExport::writeHistoryJsonl(const HistoryStore &store, const HistoryFilter &filter,
                                        QIODevice *out)
{
    return writePages(store, filter, out, &HistoryExport::historyJsonLine);
}

Status HistoryExport::writeTotalsCsv(const QList<CostTotal> &totals, QIODevice *out)
{
    QByteArray text = csvLine({ u"group_key"_s, u"group"_s, u"calls"_s, u"failed_calls"_s,
                                u"cached_calls"_s, u"input_tokens"_s, u"output_tokens"_s,
                                u"reasoning_tokens"_s, u"total_tokens"_s, u"cost"_s,
                                u"average_latency_ms"_s, u"cache_hit_rate"_s });
    for (const CostTotal &total : totals) {
        text += csvLine({ total.group.key, total.group.label, QString::number(total.calls),
                          QString::number(total.failedCalls), QString::number(total.cachedCalls),
                          QString::number(total.inputTokens), QString::number(total.outputTokens),
                          QString::number(total.reasoningTokens),
                          QString::number(total.totalTokens), number(total.cost),
                          number(total.averageLatencyMs), number(total.cacheHitRate()) });
    }
    return write(out, text);
}

Status HistoryExport::writeTotalsJsonl(const QList<CostTotal> &totals, QIODevice *out)
{
    QByteArray text;
    for (const CostTotal &total : totals) {
        const QJsonObject object {
            { u"group_key"_s, total.group.key },
            { u"group"_s, total.group.label },
            { u"calls"_s, double(total.calls) },
            { u"failed_calls"_s, double(total.failedCalls) },
            { u"cached_calls"_s, double(total.cachedCalls) },
            { u"input_tokens"_s, double(total.inputTokens) },
            { u"output_tokens"_s, double(total.outputTokens) },
            { u"reasoning_tokens"_s, double(total.reasoningTokens) },
            { u"total_tokens"_s, double(total.totalTokens) },
            { u"cost"_s, total.cost },
            { u"average_latency_ms"_s, total.averageLatencyMs },
            { u"cache_hit_rate"_s, total.cacheHitRate() },
        };
        text += QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    }
    return write(out, text);
}

} // namespace callpad
