#include "core/sse/StreamAssembler.h"

#include "core/protocol/JsonBytes.h"
#include "core/protocol/JsonText.h"
#include "core/sse/JsonPathTree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

// A leaf's concatenated text back to JSON: only exact JSON literals and numbers are converted.
QJsonValue coerceLeaf(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == "true"_L1) {
        return true;
    }
    if (trimmed == "false"_L1) {
        return false;
    }
    if (trimmed == "null"_L1) {
        return QJsonValue::Null;
    }
    static const QRegularExpression number(u"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"_s);
    static const QRegularExpression integer(u"^-?[0-9]+$"_s);
    if (number.match(trimmed).hasMatch()) {
        QJsonValue parsed = parseJsonBytes(trimmed.toUtf8());
        // Integers beyond 2^53 would silently lose digits as a double: keep the text.
        constexpr double kExactLimit = 9007199254740992.0;
        if (!parsed.isUndefined() && std::isfinite(parsed.toDouble())
            && !(integer.match(trimmed).hasMatch() && std::fabs(parsed.toDouble()) > kExactLimit)) {
            return parsed;
        }
    }
    return text;
}

QString displayText(const QJsonValue &delta)
{
    switch (delta.type()) {
    case QJsonValue::String:
        return delta.toString();
    case QJsonValue::Double:
        return QString::number(delta.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Bool:
        return delta.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(delta.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(delta.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

StreamAssembler::Update StreamAssembler::consume(const SseEvent &event)
{
    Update update;
    if (m_state != State::Running) {
        return update;
    }
    ++m_eventCount;
    const QByteArray data = event.data.trimmed();
    if (data.isEmpty()) {
        return update;
    }
    if (data == "[DONE]") {
        m_state = State::Done;
        return update;
    }
    // Wrapped in an array, so that scalar data parses and is reported as "not an object".
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson('[' + data + ']', &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.array().size() != 1) {
        parseError.error = QJsonParseError::GarbageAtEnd;
    }
    if (parseError.error != QJsonParseError::NoError) {
        fail(ErrorKind::InvalidJson,
             tr("Event %1 of the stream is not valid JSON: %2.")
                     .arg(m_eventCount)
                     .arg(parseError.errorString()),
             u"events[%1].data"_s.arg(m_eventCount));
        return update;
    }
    if (!doc.array().first().isObject()) {
        fail(ErrorKind::InvalidResponse,
             tr("Event %1 of the stream is not a JSON object.").arg(m_eventCount),
             u"events[%1].data"_s.arg(m_eventCount));
        return update;
    }
    const QJsonObject chunk = doc.array().first().toObject();
    const QString chunkSpan = chunk.value("span_id"_L1).toString();
    if (m_spanId.isEmpty() && !chunkSpan.isEmpty()) {
        m_spanId = chunkSpan;
        update.spanIdChanged = true;
    }
    const QString chunkType = chunk.value("chunk_type"_L1).toString();
    if (chunkType == "error"_L1) {
        const QString message = chunk.value("error_message"_L1).toString();
        fail(ErrorKind::StreamError,
             message.isEmpty() ? tr("The stream reported an error.") : message);
        m_error.type = chunk.value("error_type"_L1).toString();
        return update;
    }
    const QString path = chunk.value("json_path"_L1).toString();
    const bool structured = chunkType == "json"_L1 || !path.isEmpty();
    m_structured = m_structured || structured;
    if (!chunk.contains("delta"_L1)) {
        return update;
    }
    const QJsonValue delta = chunk.value("delta"_L1);
    update.delta = delta;
    if (structured) {
        update.jsonPath = path;
        appendStructured(path, delta);
    } else {
        update.textDelta = displayText(delta);
        m_text += update.textDelta;
    }
    return update;
}

void StreamAssembler::appendStructured(const QString &path, const QJsonValue &delta)
{
    auto it = m_buckets.find(path);
    if (it == m_buckets.end()) {
        m_paths.append(path);
        it = m_buckets.insert(path, Bucket());
    } else if (delta.isNull()) {
        return; // a null after real content is noise, as in Opper's agent SDK
    }
    it->text += displayText(delta);
    it->lastWasString = delta.isString();
    if (!it->lastWasString) {
        it->lastNonString = delta;
    }
}

QJsonValue StreamAssembler::bucketValue(const Bucket &bucket) const
{
    return bucket.lastWasString ? coerceLeaf(bucket.text) : bucket.lastNonString;
}

void StreamAssembler::fillTree(JsonPathTree &tree) const
{
    for (const QString &path : m_paths) {
        if (!path.isEmpty()) {
            tree.set(path, bucketValue(m_buckets.value(path)));
        }
    }
}

void StreamAssembler::fail(ErrorKind kind, const QString &message, const QString &field)
{
    m_state = State::Failed;
    m_error = ApiError();
    m_error.kind = kind;
    m_error.message = message;
    m_error.field = field;
}

void StreamAssembler::finish(bool streamCutMidEvent)
{
    if (m_state != State::Running) {
        return;
    }
    if (streamCutMidEvent) {
        fail(ErrorKind::StreamIncomplete, tr("The stream ended in the middle of an event."));
        return;
    }
    m_state = State::Done;
}

QJsonValue StreamAssembler::jsonPayload() const
{
    JsonPathTree tree;
    fillTree(tree);
    if (!tree.isEmpty()) {
        return tree.toJsonValue();
    }
    const auto root = m_buckets.constFind(QString());
    if (root == m_buckets.cend()) {
        return QJsonValue::Null;
    }
    if (!root->lastWasString) {
        return root->lastNonString;
    }
    const QJsonValue parsed = parseJsonBytes(root->text.toUtf8());
    return parsed.isUndefined() ? coerceLeaf(root->text) : parsed;
}

QByteArray StreamAssembler::jsonPayloadText() const
{
    JsonPathTree tree;
    fillTree(tree);
    if (!tree.isEmpty()) {
        return tree.toJson(QJsonDocument::Compact);
    }
    return toJsonUtf8(jsonPayload(), false);
}

QJsonObject StreamAssembler::toResponseObject() const
{
    QJsonObject response;
    if (!m_spanId.isEmpty()) {
        response.insert("span_id"_L1, m_spanId);
    }
    if (m_structured) {
        response.insert("json_payload"_L1, jsonPayload());
    } else {
        response.insert("message"_L1, m_text);
    }
    response.insert("cached"_L1, false);
    return response;
}

} // namespace callpad
