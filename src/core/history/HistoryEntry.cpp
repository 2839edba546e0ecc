#include "core/history/HistoryEntry.h"

#include "core/history/HistoryCodec.h"
#include "core/protocol/JsonBytes.h"
#include "core/protocol/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

constexpr QStringView MarkerPrefix = u"callpad-history:image/";

// A string exactly as QJsonDocument writes it, quotes included, to find it in a body verbatim.
QByteArray jsonQuoted(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return array.sliced(1, array.size() - 2);
}

struct ExtractedImages
{
    QList<HistoryImage> images;
    QByteArray body;
};

// Decodes the inline images and cuts their data out of the body. The body keeps its bytes as
// received when every entry is found verbatim after the "images" key (the usual case); otherwise
// it is re-serialized with the markers in place, which loses only its key order and spacing.
ExtractedImages extractImages(const QStringList &entries, const QByteArray &body)
{
    ExtractedImages extracted;
    extracted.body = body;
    QList<int> inlineIndexes;
    for (int i = 0; i < entries.size(); ++i) {
        const ImageRef ref = classifyImage(entries.at(i));
        HistoryImage image;
        image.source = ref.source;
        if (ref.source == ImageSource::HttpUrl) {
            image.url = entries.at(i).trimmed();
        } else if (ref.source == ImageSource::DataUrl || ref.source == ImageSource::Base64) {
            const Result<QByteArray> bytes = decodeImageData(entries.at(i));
            if (bytes) {
                image.bytes = *bytes;
                image.mimeType = ref.mimeType;
                image.size = image.bytes.size();
                inlineIndexes << i;
            } else {
                image = HistoryImage();
            }
        }
        extracted.images << image;
    }
    if (inlineIndexes.isEmpty()) {
        return extracted;
    }
    qsizetype position = extracted.body.indexOf("\"images\"");
    bool verbatim = position >= 0;
    for (int i : std::as_const(inlineIndexes)) {
        if (!verbatim) {
            break;
        }
        const QByteArray quoted = jsonQuoted(entries.at(i));
        const qsizetype at = extracted.body.indexOf(quoted, position);
        if (at < 0) {
            verbatim = false;
            break;
        }
        const QByteArray marker = jsonQuoted(HistoryImage::marker(i));
        extracted.body.replace(at, quoted.size(), marker);
        position = at + marker.size();
    }
    if (verbatim) {
        return extracted;
    }
    QJsonObject object = QJsonDocument::fromJson(body).object();
    QJsonArray images = object.value(u"images").toArray();
    for (int i : std::as_const(inlineIndexes)) {
        if (i < images.size()) {
            images[i] = HistoryImage::marker(i);
        }
    }
    object.insert(u"images"_s, images);
    extracted.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return extracted;
}

std::optional<QJsonObject> jsonObject(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

} // namespace

QString HistoryImage::marker(int index)
{
    return MarkerPrefix + QString::number(index);
}

bool HistoryImage::isMarker(QStringView entry)
{
    return entry.startsWith(MarkerPrefix);
}

QString HistoryEntry::errorKindName() const
{
    return error.isError() ? ApiError::kindName(error.kind) : QString();
}

bool HistoryEntry::imagesTruncated() const
{
    return std::any_of(images.cbegin(), images.cend(),
                       [](const HistoryImage &image) { return image.truncated; });
}

HistoryEntry HistoryEntry::fromCall(const CallResult &result, const CallDraft &draft,
                                    const QString &functionName, const QString &revisionLabel,
                                    const QString &presetName, const QString &source,
                                    const QUrl &baseUrl)
{
    HistoryEntry entry;
    entry.time = result.startedAt.isValid() ? result.startedAt.toUTC()
                                            : QDateTime::currentDateTimeUtc();
    entry.source = source;
    entry.baseUrl = baseUrl;
    entry.functionId = draft.functionId.trimmed();
    entry.functionName = functionName;
    entry.revisionId = draft.revisionId.trimmed();
    entry.revisionLabel = revisionLabel;
    entry.presetName = presetName;

    entry.requestMethod = result.request.method;
    entry.requestUrl = result.request.url;
    entry.requestHeaders = HistoryCodec::maskSecretHeaders(result.request.headers);
    entry.requestBody = result.request.body;
    entry.tags = draft.tags;
    if (entry.requestBody.isEmpty()) {
        const DraftCheck check = checkDraft(draft);
        if (check.ok()) {
            entry.requestBody = check.request->toBody();
        } else {
            entry.inputText = draft.inputText;
        }
    } else if (const auto body = jsonObject(entry.requestBody)) {
        // The tags that were sent, which is what the call carried.
        entry.tags = CallRequest::fromJson(*body, {}, {}).tags;
    }
    entry.stream = result.streamed;

    entry.httpStatus = result.head.status != 0 ? result.head.status : result.error.httpStatus;
    entry.httpReason = result.head.reason;
    entry.responseHeaders = HistoryCodec::maskSecretHeaders(result.head.headers);
    entry.responseUrl = result.head.url;
    entry.error = result.error;
    entry.errorSummary = result.error.summary();
    entry.latencyMs = result.latencyMs;
    entry.eventCount = result.eventCount;

    const CallResponse &response = result.response;
    if (result.streamed) {
        entry.eventLog = result.body;
        if (!response.raw.isEmpty() || response.hasJsonPayload()) {
            entry.responseBody = response.toJson();
        }
    } else {
        ExtractedImages extracted = extractImages(response.images, result.body);
        entry.responseBody = extracted.body;
        entry.images = extracted.images;
    }
    if (response.usage) {
        entry.inputTokens = response.usage->inputTokens;
        entry.outputTokens = response.usage->outputTokens;
        entry.reasoningTokens = response.usage->reasoningTokens;
        entry.totalTokens = response.usage->totalTokens;
    }
    if (response.cost) {
        entry.costGeneration = response.cost->generation;
        entry.costPlatform = response.cost->platform;
        entry.costTotal = response.cost->total;
    }
    entry.cached = response.cached;
    entry.spanId = response.spanId;

    if (entry.inputText.isEmpty()) {
        entry.inputText = deriveInputText(entry.requestBody);
    }
    entry.outputText = deriveOutputText(entry);
    return entry;
}

QString HistoryEntry::deriveInputText(const QByteArray &requestBody)
{
    const auto body = jsonObject(requestBody);
    if (!body || !body->contains(u"input")) {
        return {};
    }
    const QJsonValue input = body->value(u"input");
    return input.isString() ? input.toString() : toJsonText(input, false);
}

QString HistoryEntry::deriveOutputText(const HistoryEntry &entry)
{
    QStringList parts;
    const bool hasResponse
            = entry.error.kind == ErrorKind::None || entry.error.kind == ErrorKind::InvalidResponse;
    // The payload is indexed as the text it came as: a big one is never parsed into a tree here.
    const std::optional<JsonMemberSplit> body
            = hasResponse ? splitJsonMember(entry.responseBody, "json_payload"_L1) : std::nullopt;
    if (body) {
        const QJsonValue message = body->rest.value(u"message");
        if (message.isString()) {
            parts << message.toString();
        } else if (!body->member.isEmpty() && body->member != "null") {
            parts << QString::fromUtf8(body->member);
        }
    }
    if (entry.error.isError()) {
        parts << (entry.errorSummary.isEmpty() ? entry.error.summary() : entry.errorSummary);
    }
    return parts.join(u'\n');
}

} // namespace callpad
