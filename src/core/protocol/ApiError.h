#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <optional>

namespace callpad {

// Everything that can go wrong with a call, in one taxonomy. The GUI shows it, the CLI maps
// it to an exit code, the history records it. Network code never opens a message box.
enum class ErrorKind {
    None,
    InvalidInput, // our own validation failed; nothing was sent
    Http, // the API answered a non-2xx status (Opper's {type, message, detail} or text)
    RateLimited, // HTTP 429, with retryAfterSeconds when the server said
    Timeout, // transfer timeout, or idle timeout on a stream
    ConnectionRefused, // nothing listens at the host and port
    ConnectionClosed, // the peer reset or closed the connection before the body was complete
    HostNotFound, // DNS failed
    Tls, // any TLS/SSL failure; never ignored
    Network, // any other transport failure
    Cancelled, // the user cancelled
    InvalidJson, // a 2xx body that is not JSON
    InvalidResponse, // JSON whose field has the wrong type; `field` names it
    TooLarge, // the response exceeded the size cap
    StreamError, // an SSE chunk with chunk_type "error"
    StreamIncomplete, // the stream ended in the middle of an event
};

struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(callpad::ApiError)

public:
    ErrorKind kind = ErrorKind::None;
    int httpStatus = 0; // 0 when no HTTP status was received
    QString type; // Opper's `type` (e.g. "NotFoundError"), or error_type of a stream chunk
    QString message; // Opper's `message`, or our own specific description
    QJsonValue detail; // Opper's `detail` as received (string, object or FastAPI list)
    QString field; // InvalidInput / InvalidResponse: the field at fault ("input",
                   // "examples[2].output")
    int line = 0; // InvalidInput on JSON text: 1-based line, 0 when unknown
    int column = 0; // 1-based column, 0 when unknown
    std::optional<int>
            retryAfterSeconds; // RateLimited, from Retry-After (delta-seconds or HTTP-date)

    // Longer messages are cut with an ellipsis where they are made and in summary(): a server
    // may answer with megabytes where a sentence belongs (a detail string standing in for the
    // message), and every label, status bar and log line shows the message. `detail` keeps all.
    static constexpr qsizetype MessageLimit = 1000;

    bool isError() const { return kind != ErrorKind::None; }

    // A readable rendering of `detail`: a string as is; a FastAPI list as "field → message" lines
    // ("body.input.x → field required"); any other JSON compactly.
    QString detailText() const;

    // The kind in a few words, for a banner's title or a table's status column: "HTTP 404 ·
    // NotFoundError", "Timed out", "Invalid input in examples[2].output".
    QString title() const;

    // One line for a status bar or stderr, e.g. "HTTP 404 NotFoundError: Function not found".
    // Its message part is cut to MessageLimit characters.
    QString summary() const;

    // `text` cut to `limit` characters, the last one an ellipsis: work bounded by `limit`.
    static QString cut(const QString &text, qsizetype limit = MessageLimit);

    // callpad-cli's exit code: 2 invalid input, 3 the API answered an error (Http, RateLimited,
    // StreamError), 4 network/TLS/timeout/cancel, 5 invalid or too large response.
    int exitCode() const;

    // A stable lowercase name for the kind ("http", "rate_limited", "timeout", ...), used in
    // history records and JSON output.
    static QString kindName(ErrorKind kind);

    // Our own validation and parsing failures, built in one place so every caller words them alike.
    static ApiError invalidInput(const QString &field, const QString &message, int line = 0,
                                 int column = 0);
    static ApiError invalidResponse(const QString &field, const QString &message);
};

// Everything a finished transfer left behind, captured before the reply is deleted.
struct TransferOutcome
{
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    int httpStatus = 0;
    QByteArray contentType;
    QByteArray retryAfter; // raw Retry-After header value
    QByteArray body;
    bool timedOut = false;
    bool cancelled = false;
    bool tooLarge = false;
    qint64 sizeCap = 0; // the cap that was exceeded, for the message
    QUrl url; // the request URL, so messages can name the host and port
    qint64 timeoutMs = 0; // the timeout that fired, for the message; 0 when unknown
};

// The one error-mapping function: network errors, HTTP statuses and Opper's error bodies in,
// a specific translated ApiError out. Returns kind None for a 2xx transfer with no failure
// (the caller then parses the body).
ApiError mapError(const TransferOutcome &outcome);
// The same with an injectable clock, which an HTTP-date Retry-After is measured against.
ApiError mapError(const TransferOutcome &outcome, const QDateTime &now);

// Retry-After as seconds from now: delta-seconds or an HTTP-date. nullopt when absent or bad.
std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace callpad
