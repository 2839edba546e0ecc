#pragma once

#include "core/protocol/CallRequest.h"
#include "core/protocol/CallResult.h"
#include "core/protocol/ImageRef.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace callpad {

// One entry of a response's `images`, as the history keeps it. Inline images (data URLs and raw
// base64) are stored decoded, up to a per-call cap; URL entries keep only their URL.
struct HistoryImage
{
    ImageSource source = ImageSource::Invalid;
    QString url; // HttpUrl entries
    QString mimeType; // a data URL's type, else sniffed from the bytes
    QByteArray bytes; // decoded inline data; empty for URLs and for images over the cap
    qint64 size = 0; // the decoded size, also when the bytes were not kept
    bool truncated = false; // inline data over the cap: the bytes were dropped

    // Inline entries are cut out of the stored response body and replaced by this marker string,
    // so the body does not hold the data twice; toCallResult() puts the data back.
    static QString marker(int index);
    static bool isMarker(QStringView entry);

    friend bool operator==(const HistoryImage &, const HistoryImage &) = default;
};

// Everything the history keeps about one call, success or failure. Never a key: request headers
// are stored as recorded (HttpExchange masks Authorization), and the store masks any
// Authorization header again before writing, in case a caller built the entry by hand.
struct HistoryEntry
{
    qint64 id = 0; // 0 until recorded
    QDateTime time; // when the call started, UTC
    QString source; // "app" or "cli"
    QUrl baseUrl;
    QString functionId;
    QString functionName;
    QString revisionId;
    QString revisionLabel;
    QString presetName;

    // The request as sent.
    QByteArray requestMethod;
    QUrl requestUrl;
    HeaderList requestHeaders;
    QByteArray requestBody; // JSON
    bool stream = false;

    // What came back.
    int httpStatus = 0; // 0 when no status was received
    QByteArray httpReason;
    HeaderList responseHeaders;
    QUrl responseUrl;
    ApiError error; // kind None on success
    QString errorSummary; // error.summary() at recording time
    // The body as received (inline images replaced by markers); for streams, the assembled
    // response object as compact JSON, with the raw event log in `eventLog`.
    QByteArray responseBody;
    QByteArray eventLog;
    int eventCount = 0;
    qint64 latencyMs = 0;

    std::optional<qint64> inputTokens;
    std::optional<qint64> outputTokens;
    std::optional<qint64> reasoningTokens;
    std::optional<qint64> totalTokens;
    std::optional<double> costGeneration;
    std::optional<double> costPlatform;
    std::optional<double> costTotal;
    bool cached = false;
    QString spanId;
    QList<Tag> tags;
    QList<HistoryImage> images;

    // What text search looks at. Left empty, the store derives them when recording: the input
    // from the request body, the output from the response (and the error summary).
    QString inputText;
    QString outputText;

    bool ok() const { return !error.isError(); }
    QString errorKindName() const; // ApiError::kindName, empty on success
    bool imagesTruncated() const;

    // Builds the entry of a finished call. Inline images are decoded in full (the store applies
    // its cap). When nothing was sent (an invalid draft), the request body is rebuilt from the
    // draft if it checks out.
    static HistoryEntry fromCall(const CallResult &result, const CallDraft &draft,
                                 const QString &functionName, const QString &revisionLabel,
                                 const QString &presetName, const QString &source,
                                 const QUrl &baseUrl);

    // The texts search uses, derived from the stored bodies.
    static QString deriveInputText(const QByteArray &requestBody);
    static QString deriveOutputText(const HistoryEntry &entry);
};

// The result panes' view of a stored call, rebuilt as it was when it arrived: the response parsed
// again from the stored body (inline images put back from `images`; images over the cap stay
// markers), the request record, the status line and the error. Needs an entry with its images
// (HistoryStore::entry()).
CallResult toCallResult(const HistoryEntry &entry);

// The request of a stored call, back in form terms, with the entry's function and revision ids.
CallDraft restoreDraft(const HistoryEntry &entry);

} // namespace callpad
