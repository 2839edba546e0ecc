#include "core/history/HistoryInserter.h"

#include "core/history/HistoryCodec.h"
#include "core/history/HistorySql.h"
#include "core/history/HistoryStore.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullable(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

// Text columns are NOT NULL, and a null QString binds as NULL: those values go through
// coalesce(), so an entry with unset strings records as empty ones. Bodies, token counts and
// costs (1-based columns 12, 22, 23 and 26 to 32) keep NULL for "absent".
QString placeholders()
{
    QStringList list;
    for (int column = 1; column <= 37; ++column) {
        const bool nullable
                = column == 12 || column == 22 || column == 23 || (column >= 26 && column <= 32);
        list << (nullable ? u"?"_s : u"coalesce(?, '')"_s);
    }
    return list.join(u", "_s);
}

} // namespace

HistoryInserter::HistoryInserter(const QSqlDatabase &db) : m_entry(db), m_tag(db), m_image(db)
{
    const bool prepared
            = m_entry.prepare(u"INSERT INTO history (time_ms, source, base_url, function_id, "
                              "function_name, revision_id, revision_label, preset_name, "
                              "request_method, request_url, request_headers, request_body, stream, "
                              "http_status, http_reason, response_headers, response_url, ok, "
                              "error_kind, error_summary, error_json, response_body, event_log, "
                              "event_count, latency_ms, input_tokens, output_tokens, "
                              "reasoning_tokens, total_tokens, cost_generation, cost_platform, "
                              "cost_total, cached, span_id, images_truncated, input_text, "
                              "output_text) VALUES ("_s
                              + placeholders() + u")"_s)
            && m_tag.prepare(u"INSERT OR REPLACE INTO history_tags (entry_id, key, value) "
                             "VALUES (?, ?, ?)"_s)
            && m_image.prepare(u"INSERT INTO history_images (entry_id, idx, source, url, "
                               "mime, size, truncated, bytes) VALUES (?, ?, ?, "
                               "coalesce(?, ''), coalesce(?, ''), ?, ?, ?)"_s);
    if (!prepared) {
        m_prepared = Status::failure(firstError());
    }
}

Result<qint64> HistoryInserter::insert(const HistoryEntry &source, qint64 imageCap)
{
    if (!m_prepared) {
        return Result<qint64>::failure(m_prepared.error());
    }
    HistoryEntry entry = source;
    applyImageCap(&entry, imageCap);
    if (entry.inputText.isEmpty()) {
        entry.inputText = HistoryEntry::deriveInputText(entry.requestBody);
    }
    if (entry.outputText.isEmpty()) {
        entry.outputText = HistoryEntry::deriveOutputText(entry);
    }
    const QDateTime time = entry.time.isValid() ? entry.time : QDateTime::currentDateTimeUtc();
    const QVariantList values {
        time.toMSecsSinceEpoch(),
        entry.source,
        entry.baseUrl.toString(),
        entry.functionId,
        entry.functionName,
        entry.revisionId,
        entry.revisionLabel,
        entry.presetName,
        QString::fromLatin1(entry.requestMethod),
        entry.requestUrl.toString(),
        QString::fromUtf8(
                HistoryCodec::headersToJson(HistoryCodec::maskSecretHeaders(entry.requestHeaders))),
        entry.requestBody,
        entry.stream,
        entry.httpStatus,
        QString::fromLatin1(entry.httpReason),
        QString::fromUtf8(HistoryCodec::headersToJson(
                HistoryCodec::maskSecretHeaders(entry.responseHeaders))),
        entry.responseUrl.toString(),
        entry.ok(),
        entry.errorKindName(),
        entry.errorSummary.isEmpty() ? entry.error.summary() : entry.errorSummary,
        QString::fromUtf8(HistoryCodec::errorToJson(entry.error)),
        entry.responseBody,
        entry.eventLog,
        entry.eventCount,
        entry.latencyMs,
        nullable(entry.inputTokens),
        nullable(entry.outputTokens),
        nullable(entry.reasoningTokens),
        nullable(entry.totalTokens),
        nullable(entry.costGeneration),
        nullable(entry.costPlatform),
        nullable(entry.costTotal),
        entry.cached,
        entry.spanId,
        entry.imagesTruncated(),
        entry.inputText,
        entry.outputText,
    };
    HistorySql::bind(m_entry, values);
    if (!m_entry.exec()) {
        return Result<qint64>::failure(m_entry.lastError().text());
    }
    const qint64 id = m_entry.lastInsertId().toLongLong();
    for (const Tag &tag : std::as_const(entry.tags)) {
        HistorySql::bind(m_tag, { id, tag.key, tag.value });
        if (!m_tag.exec()) {
            return Result<qint64>::failure(m_tag.lastError().text());
        }
    }
    for (int i = 0; i < entry.images.size(); ++i) {
        const HistoryImage &image = entry.images.at(i);
        HistorySql::bind(m_image,
                         { id, i, HistoryCodec::imageSourceName(image.source), image.url,
                           image.mimeType, image.size, image.truncated,
                           image.bytes.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                                 : QVariant(image.bytes) });
        if (!m_image.exec()) {
            return Result<qint64>::failure(m_image.lastError().text());
        }
    }
    return id;
}

void HistoryInserter::applyImageCap(HistoryEntry *entry, qint64 cap)
{
    qint64 kept = 0;
    for (HistoryImage &image : entry->images) {
        if (image.bytes.isEmpty()) {
            continue;
        }
        image.size = qMax<qint64>(image.size, image.bytes.size());
        if (kept + image.bytes.size() > cap) {
            image.bytes.clear();
            image.truncated = true;
        } else {
            kept += image.bytes.size();
        }
    }
}

QString HistoryInserter::firstError() const
{
    for (const QSqlQuery *query : { &m_entry, &m_tag, &m_image }) {
        if (query->lastError().isValid()) {
            return query->lastError().text();
        }
    }
    return HistoryStore::tr("Cannot prepare the history statements");
}

} // namespace callpad
