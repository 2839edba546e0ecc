// toCallResult() and restoreDraft(), declared in HistoryEntry.h: a stored call back in the shape
// the result panes and the request form take.
#include "core/history/HistoryEntry.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

QByteArray withImagesRestored(QByteArray body, const QList<HistoryImage> &images)
{
    for (int i = 0; i < images.size(); ++i) {
        const HistoryImage &image = images.at(i);
        const bool isInline
                = image.source == ImageSource::DataUrl || image.source == ImageSource::Base64;
        if (!isInline || image.truncated || image.bytes.isEmpty()) {
            continue;
        }
        QByteArray data = image.bytes.toBase64();
        if (image.source == ImageSource::DataUrl) {
            data = "data:" + image.mimeType.toLatin1() + ";base64," + data;
        }
        const QByteArray marker = '"' + HistoryImage::marker(i).toLatin1() + '"';
        const qsizetype at = body.indexOf(marker);
        if (at >= 0) {
            body.replace(at, marker.size(), QByteArray('"' + data + '"'));
        }
    }
    return body;
}

// Whether the call left a response worth parsing: successes, and 2xx bodies that failed to parse
// in part (the panes show what did make sense, as they did live).
bool hasResponse(const HistoryEntry &entry)
{
    switch (entry.error.kind) {
    case ErrorKind::None:
    case ErrorKind::InvalidResponse:
        return true;
    case ErrorKind::InvalidJson:
        return !entry.stream;
    default:
        return false;
    }
}

} // namespace

CallResult toCallResult(const HistoryEntry &entry)
{
    CallResult result;
    result.request.method = entry.requestMethod;
    result.request.url = entry.requestUrl;
    result.request.headers = entry.requestHeaders;
    result.request.body = entry.requestBody;
    result.head.status = entry.httpStatus;
    result.head.reason = entry.httpReason;
    result.head.headers = entry.responseHeaders;
    result.head.url = entry.responseUrl;
    result.streamed = entry.stream;
    result.eventCount = entry.eventCount;
    result.startedAt = entry.time;
    result.latencyMs = entry.latencyMs;
    result.error = entry.error;

    if (entry.stream) {
        result.body = entry.eventLog;
        if (hasResponse(entry) && !entry.responseBody.isEmpty()) {
            const QJsonObject object = QJsonDocument::fromJson(entry.responseBody).object();
            result.response = callResponseFromJson(object).response;
        }
    } else {
        result.body = withImagesRestored(entry.responseBody, entry.images);
        if (hasResponse(entry)) {
            result.response = parseCallResponse(result.body).response;
        }
    }
    return result;
}

CallDraft restoreDraft(const HistoryEntry &entry)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(entry.requestBody, &error);
    CallDraft draft;
    if (error.error == QJsonParseError::NoError && document.isObject()) {
        draft = draftFromRequest(
                CallRequest::fromJson(document.object(), entry.functionId, entry.revisionId));
    } else {
        // Nothing usable was sent (a draft that failed its checks): what was typed, as typed.
        draft.inputText = entry.inputText;
        draft.tags = entry.tags;
    }
    draft.functionId = entry.functionId;
    draft.revisionId = entry.revisionId;
    return draft;
}

} // namespace callpad
