// HistoryStore's queries: counts, pages, whole entries and the filter pickers' facets.
#include "core/history/HistoryStore.h"

#include "core/history/HistoryCodec.h"
#include "core/history/HistorySql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

constexpr int PreviewLength = 120;

const QString &rowColumns()
{
    static const QString columns
            = u"history.id, history.time_ms, history.source, history.function_id, "
              "history.function_name, history.revision_id, history.revision_label, "
              "history.preset_name, history.ok, history.http_status, history.error_kind, "
              "history.stream, history.latency_ms, history.total_tokens, history.cost_total, "
              "history.cached, substr(history.input_text, 1, %1)"_s.arg(PreviewLength + 1);
    return columns;
}

std::optional<qint64> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

QDateTime utcTime(const QVariant &ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

QString preview(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > PreviewLength || text.size() > PreviewLength) {
        return line.left(PreviewLength - 1) + QChar(0x2026);
    }
    return line;
}

HistoryRow readRow(const QSqlQuery &query)
{
    HistoryRow row;
    row.id = query.value(0).toLongLong();
    row.time = utcTime(query.value(1));
    row.source = query.value(2).toString();
    row.functionId = query.value(3).toString();
    row.functionName = query.value(4).toString();
    row.revisionId = query.value(5).toString();
    row.revisionLabel = query.value(6).toString();
    row.presetName = query.value(7).toString();
    row.ok = query.value(8).toBool();
    row.httpStatus = query.value(9).toInt();
    row.errorKind = query.value(10).toString();
    row.stream = query.value(11).toBool();
    row.latencyMs = query.value(12).toLongLong();
    row.totalTokens = optionalInt(query.value(13));
    row.totalCost = optionalDouble(query.value(14));
    row.cached = query.value(15).toBool();
    row.inputPreview = preview(query.value(16).toString());
    return row;
}

HistoryEntry readEntry(const QSqlQuery &query)
{
    const auto value = [&](const char *name) { return query.value(QLatin1StringView(name)); };
    HistoryEntry entry;
    entry.id = value("id").toLongLong();
    entry.time = utcTime(value("time_ms"));
    entry.source = value("source").toString();
    entry.baseUrl = QUrl(value("base_url").toString());
    entry.functionId = value("function_id").toString();
    entry.functionName = value("function_name").toString();
    entry.revisionId = value("revision_id").toString();
    entry.revisionLabel = value("revision_label").toString();
    entry.presetName = value("preset_name").toString();
    entry.requestMethod = value("request_method").toString().toLatin1();
    entry.requestUrl = QUrl(value("request_url").toString());
    entry.requestHeaders = HistoryCodec::headersFromJson(value("request_headers").toByteArray());
    entry.requestBody = value("request_body").toByteArray();
    entry.stream = value("stream").toBool();
    entry.httpStatus = value("http_status").toInt();
    entry.httpReason = value("http_reason").toString().toLatin1();
    entry.responseHeaders = HistoryCodec::headersFromJson(value("response_headers").toByteArray());
    entry.responseUrl = QUrl(value("response_url").toString());
    entry.error = HistoryCodec::errorFromJson(value("error_json").toByteArray(),
                                              value("error_kind").toString());
    entry.errorSummary = value("error_summary").toString();
    entry.responseBody = value("response_body").toByteArray();
    entry.eventLog = value("event_log").toByteArray();
    entry.eventCount = value("event_count").toInt();
    entry.latencyMs = value("latency_ms").toLongLong();
    entry.inputTokens = optionalInt(value("input_tokens"));
    entry.outputTokens = optionalInt(value("output_tokens"));
    entry.reasoningTokens = optionalInt(value("reasoning_tokens"));
    entry.totalTokens = optionalInt(value("total_tokens"));
    entry.costGeneration = optionalDouble(value("cost_generation"));
    entry.costPlatform = optionalDouble(value("cost_platform"));
    entry.costTotal = optionalDouble(value("cost_total"));
    entry.cached = value("cached").toBool();
    entry.spanId = value("span_id").toString();
    entry.inputText = value("input_text").toString();
    entry.outputText = value("output_text").toString();
    return entry;
}

} // namespace

Result<qint64> HistoryStore::count(const HistoryFilter &filter) const
{
    const SqlClause where = HistorySql::where(filter, m_fullTextSearch);
    QSqlQuery query(database());
    query.prepare(u"SELECT count(*) FROM history WHERE "_s + where.sql);
    HistorySql::bind(query, where.values);
    if (!query.exec() || !query.next()) {
        return Result<qint64>::failure(query.lastError().text());
    }
    return query.value(0).toLongLong();
}

Result<QList<HistoryRow>> HistoryStore::rows(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(sql);
    HistorySql::bind(query, values);
    if (!query.exec()) {
        return Result<QList<HistoryRow>>::failure(query.lastError().text());
    }
    QList<HistoryRow> result;
    while (query.next()) {
        result << readRow(query);
    }
    return result;
}

Result<QList<HistoryRow>> HistoryStore::page(const HistoryFilter &filter, qint64 offset,
                                             int limit) const
{
    // The ids come from the index alone; only the page's rows are read in full.
    const SqlClause ids = HistorySql::pageIds(filter, m_fullTextSearch, offset, limit);
    return rows(u"SELECT "_s + rowColumns() + u" FROM history WHERE history.id IN ("_s + ids.sql
                        + u") ORDER BY history.time_ms DESC, history.id DESC"_s,
                ids.values);
}

Result<QList<HistoryRow>> HistoryStore::pageAfter(const HistoryFilter &filter,
                                                  const HistoryCursor &after, int limit) const
{
    SqlClause where = HistorySql::where(filter, m_fullTextSearch);
    where.values << after.timeMs << after.id << qMax(limit, 0);
    return rows(u"SELECT "_s + rowColumns() + u" FROM history WHERE "_s + where.sql
                        + u" AND (history.time_ms, history.id) < (?, ?)"
                          " ORDER BY history.time_ms DESC, history.id DESC LIMIT ?"_s,
                where.values);
}

Result<std::optional<HistoryEntry>> HistoryStore::entry(qint64 id) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT * FROM history WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec()) {
        return Result<std::optional<HistoryEntry>>::failure(query.lastError().text());
    }
    if (!query.next()) {
        return std::optional<HistoryEntry>(); // not a failure: there is no such call
    }
    HistoryEntry result = readEntry(query);
    query.finish();

    query.prepare(u"SELECT key, value FROM history_tags WHERE entry_id = ? ORDER BY key"_s);
    query.addBindValue(id);
    if (query.exec()) {
        while (query.next()) {
            result.tags << Tag { query.value(0).toString(), query.value(1).toString() };
        }
    }
    query.prepare(u"SELECT source, url, mime, size, truncated, bytes FROM history_images "
                  "WHERE entry_id = ? ORDER BY idx"_s);
    query.addBindValue(id);
    if (query.exec()) {
        while (query.next()) {
            HistoryImage image;
            image.source = HistoryCodec::imageSourceFromName(query.value(0).toString());
            image.url = query.value(1).toString();
            image.mimeType = query.value(2).toString();
            image.size = query.value(3).toLongLong();
            image.truncated = query.value(4).toBool();
            image.bytes = query.value(5).toByteArray();
            result.images << image;
        }
    }
    return std::optional(std::move(result));
}

Result<QList<HistoryEntry>> HistoryStore::entries(const HistoryFilter &filter,
                                                  const std::optional<HistoryCursor> &after,
                                                  int limit) const
{
    SqlClause where = HistorySql::where(filter, m_fullTextSearch);
    QString sql = u"SELECT history.*, (SELECT json_group_array(json_array(key, value)) "
                  "FROM history_tags WHERE entry_id = history.id) AS tags_json, "
                  "(SELECT json_group_array(json_array(source, url, mime, size, truncated)) "
                  "FROM history_images WHERE entry_id = history.id) AS images_json "
                  "FROM history WHERE "_s
            + where.sql;
    if (after) {
        sql += u" AND (history.time_ms, history.id) < (?, ?)"_s;
        where.values << after->timeMs << after->id;
    }
    sql += u" ORDER BY history.time_ms DESC, history.id DESC LIMIT ?"_s;
    where.values << qMax(limit, 0);

    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(sql);
    HistorySql::bind(query, where.values);
    if (!query.exec()) {
        return Result<QList<HistoryEntry>>::failure(query.lastError().text());
    }
    QList<HistoryEntry> result;
    while (query.next()) {
        HistoryEntry entry = readEntry(query);
        const QJsonArray pairs
                = QJsonDocument::fromJson(query.value(u"tags_json"_s).toString().toUtf8()).array();
        for (const auto &pair : pairs) {
            entry.tags << Tag { pair[0].toString(), pair[1].toString() };
        }
        const QJsonArray images
                = QJsonDocument::fromJson(query.value(u"images_json"_s).toString().toUtf8())
                          .array();
        for (const auto &item : images) {
            HistoryImage image;
            image.source = HistoryCodec::imageSourceFromName(item[0].toString());
            image.url = item[1].toString();
            image.mimeType = item[2].toString();
            image.size = qint64(item[3].toDouble());
            image.truncated = item[4].toInt() != 0;
            entry.images << image;
        }
        result << entry;
    }
    return result;
}

Result<QList<HistoryFacet>> HistoryStore::functions() const
{
    return facets(u"SELECT function_id, max(function_name), count(*) AS calls FROM history "
                  "GROUP BY function_id ORDER BY calls DESC, function_id"_s,
                  {});
}

Result<QList<HistoryFacet>> HistoryStore::revisions(const QString &functionId) const
{
    if (functionId.isEmpty()) {
        return facets(u"SELECT revision_id, max(revision_label), count(*) AS calls FROM history "
                      "GROUP BY revision_id ORDER BY calls DESC, revision_id"_s,
                      {});
    }
    return facets(u"SELECT revision_id, max(revision_label), count(*) AS calls FROM history "
                  "WHERE function_id = ? GROUP BY revision_id ORDER BY calls DESC, revision_id"_s,
                  { functionId });
}

Result<QList<HistoryFacet>> HistoryStore::tags() const
{
    return facets(u"SELECT key, value, count(*) AS calls FROM history_tags "
                  "GROUP BY key, value ORDER BY calls DESC, key, value"_s,
                  {});
}

Result<QList<HistoryFacet>> HistoryStore::facets(const QString &sql,
                                                 const QVariantList &values) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(sql);
    HistorySql::bind(query, values);
    if (!query.exec()) {
        return Result<QList<HistoryFacet>>::failure(query.lastError().text());
    }
    QList<HistoryFacet> result;
    while (query.next()) {
        result << HistoryFacet { query.value(0).toString(), query.value(1).toString(),
                                 query.value(2).toLongLong() };
    }
    return result;
}

} // namespace callpad
