#include "core/protocol/ApiError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

#include <climits>

using namespace Qt::StringLiterals;
using namespace callpad;

Q_DECLARE_METATYPE(callpad::TransferOutcome)
Q_DECLARE_METATYPE(callpad::ErrorKind)
Q_DECLARE_METATYPE(callpad::ApiError)

namespace {

const QDateTime kNow(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());

TransferOutcome http(int status, const QByteArray &body, QNetworkReply::NetworkError qtError,
                     const QByteArray &contentType = "application/json")
{
    TransferOutcome outcome;
    outcome.httpStatus = status;
    outcome.body = body;
    outcome.networkError = qtError;
    outcome.contentType = contentType;
    outcome.url = QUrl(u"https://api.opper.ai/v2/functions/x/call/y"_s);
    return outcome;
}

TransferOutcome transport(QNetworkReply::NetworkError qtError, const QString &qtText,
                          const QString &url = u"http://127.0.0.1:8080/v2/functions"_s)
{
    TransferOutcome outcome;
    outcome.networkError = qtError;
    outcome.networkErrorString = qtText;
    outcome.url = QUrl(url);
    return outcome;
}

ApiError error(ErrorKind kind, const QString &message)
{
    ApiError e;
    e.kind = kind;
    e.message = message;
    return e;
}

} // namespace

class TestApiError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsTransfers_data();
    void mapsTransfers();
    void taxonomy_data();
    void taxonomy();
    void detailText_data();
    void detailText();
    void summary_data();
    void summary();
    void retryAfter_data();
    void retryAfter();
    void mapsRealConnectionRefused();
    void hugeErrorBodiesMakeABoundedMessage_data();
    void hugeErrorBodiesMakeABoundedMessage();
};

void TestApiError::mapsTransfers_data()
{
    QTest::addColumn<TransferOutcome>("outcome");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("detailText");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<QString>("summary");

    using NR = QNetworkReply;
    const auto none = -1;

    QTest::newRow("HTTP 200 is no error")
            << http(200, R"({"span_id":"x"})", NR::NoError) << ErrorKind::None << QString()
            << QString() << QString() << none << QString();
    QTest::newRow("HTTP 400 BadRequestError")
            << http(400,
                    R"({"type":"BadRequestError","message":"The request is invalid","detail":"input is required"})",
                    NR::ProtocolInvalidOperationError)
            << ErrorKind::Http << u"BadRequestError"_s << u"The request is invalid"_s
            << u"input is required"_s << none
            << u"HTTP 400 BadRequestError: The request is invalid (input is required)"_s;
    QTest::newRow("HTTP 401 UnauthorizedError")
            << http(401,
                    R"({"type":"UnauthorizedError","message":"The request is unauthorized","detail":"The API key is invalid"})",
                    NR::AuthenticationRequiredError)
            << ErrorKind::Http << u"UnauthorizedError"_s << u"The request is unauthorized"_s
            << u"The API key is invalid"_s << none
            << u"HTTP 401 UnauthorizedError: The request is unauthorized (The API key is invalid)"_s;
    QTest::newRow("HTTP 403 account suspended")
            << http(403, R"({"type":"HTTPException","message":"Account suspended","detail":null})",
                    NR::ContentAccessDenied)
            << ErrorKind::Http << u"HTTPException"_s << u"Account suspended"_s << QString() << none
            << u"HTTP 403 HTTPException: Account suspended"_s;
    QTest::newRow("HTTP 404 Opper body") << http(
            404,
            R"({"type":"NotFoundError","message":"Function not found","detail":"Function not found"})",
            NR::ContentNotFoundError) << ErrorKind::Http
                                         << u"NotFoundError"_s << u"Function not found"_s
                                         << u"Function not found"_s << none
                                         << u"HTTP 404 NotFoundError: Function not found"_s;
    QTest::newRow("HTTP 404 FastAPI detail only")
            << http(404, R"({"detail":"Parent span not found"})", NR::ContentNotFoundError)
            << ErrorKind::Http << QString() << u"Parent span not found"_s
            << u"Parent span not found"_s << none << u"HTTP 404: Parent span not found"_s;
    QTest::newRow("HTTP 409 ConflictError")
            << http(409,
                    R"({"type":"ConflictError","message":"The resource already exists","detail":"Function name taken"})",
                    NR::ContentConflictError)
            << ErrorKind::Http << u"ConflictError"_s << u"The resource already exists"_s
            << u"Function name taken"_s << none
            << u"HTTP 409 ConflictError: The resource already exists (Function name taken)"_s;
    QTest::newRow("HTTP 422 FastAPI list")
            << http(422,
                    R"({"type":"RequestValidationError","message":"The request is invalid","detail":[
                  {"loc":["body","input","x"],"msg":"field required","type":"missing"},
                  {"loc":["body","examples",0,"output"],"msg":"str type expected","type":"string_type"}]})",
                    NR::UnknownContentError)
            << ErrorKind::Http << u"RequestValidationError"_s << u"The request is invalid"_s
            << u"body.input.x → field required\nbody.examples.0.output → str type expected"_s
            << none
            << u"HTTP 422 RequestValidationError: The request is invalid (body.input.x → field required (and 1 more))"_s;
    QTest::newRow("HTTP 422 bare FastAPI list")
            << http(422,
                    R"({"detail":[{"loc":["body","tags","env"],"msg":"Input should be a valid string","type":"string_type"}]})",
                    NR::UnknownContentError)
            << ErrorKind::Http << QString() << u"The request is invalid"_s
            << u"body.tags.env → Input should be a valid string"_s << none
            << u"HTTP 422: The request is invalid (body.tags.env → Input should be a valid string)"_s;
    {
        TransferOutcome outcome = http(429, {}, NR::UnknownContentError);
        outcome.retryAfter = "7";
        QTest::newRow("HTTP 429 with delta Retry-After")
                << outcome << ErrorKind::RateLimited << QString() << u"Rate limited"_s << QString()
                << 7 << u"HTTP 429: Rate limited (retry after 7 s)"_s;
        outcome.retryAfter = "Wed, 01 May 2024 12:01:30 GMT";
        outcome.body = R"({"type":"RateLimitError","message":"Too many requests"})";
        QTest::newRow("HTTP 429 with HTTP-date Retry-After")
                << outcome << ErrorKind::RateLimited << u"RateLimitError"_s
                << u"Too many requests"_s << QString() << 90
                << u"HTTP 429 RateLimitError: Too many requests (retry after 90 s)"_s;
        outcome.retryAfter = "soon";
        outcome.body.clear();
        QTest::newRow("HTTP 429 with unreadable Retry-After")
                << outcome << ErrorKind::RateLimited << QString() << u"Rate limited"_s << QString()
                << none << u"HTTP 429: Rate limited"_s;
    }
    QTest::newRow("HTTP 500 JSON") << http(
            500,
            R"({"type":"InternalServerError","message":"Something broke","detail":{"trace":"abc"}})",
            NR::InternalServerError)
                                   << ErrorKind::Http << u"InternalServerError"_s
                                   << u"Something broke"_s << u"{\"trace\":\"abc\"}"_s << none
                                   << u"HTTP 500 InternalServerError: Something broke"_s;
    QTest::newRow("HTTP 502 HTML page from a proxy") << http(
            502,
            "<html>\r\n<head><title>502 Bad Gateway</title><style>b{}</style></head>\r\n<body>\r\n"
            "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx &amp; co</center>\r\n"
            "<script>alert(1)</script></body>\r\n</html>\r\n",
            NR::UnknownServerError, "text/html") << ErrorKind::Http
                                                     << QString() << u"502 Bad Gateway nginx & co"_s
                                                     << QString() << none
                                                     << u"HTTP 502: 502 Bad Gateway nginx & co"_s;
    QTest::newRow("HTTP 503 HTML with only a title")
            << http(503,
                    "<!DOCTYPE html><html><head><title>Down &amp; out</title></head><body>"
                    "<!-- nothing --></body></html>",
                    NR::ServiceUnavailableError, "text/html; charset=utf-8")
            << ErrorKind::Http << QString() << u"Down & out"_s << QString() << none
            << u"HTTP 503: Down & out"_s;
    QTest::newRow("HTTP 502 HTML with a less-than sign and numeric entities")
            << http(502, "<p>1 < 2 &#8594; &#x263A;</p>", NR::UnknownServerError, "text/html")
            << ErrorKind::Http << QString() << u"1 < 2 → ☺"_s << QString() << none
            << u"HTTP 502: 1 < 2 → ☺"_s;
    QTest::newRow("HTTP 502 hostile HTML of unclosed scripts")
            << http(502, QByteArray("<script>").repeated(20000) + "text", NR::UnknownServerError,
                    "text/html")
            << ErrorKind::Http << QString() << u"Bad gateway"_s << QString() << none
            << u"HTTP 502: Bad gateway"_s;
    QTest::newRow("HTTP 503 plain text")
            << http(503, "upstream connect error or\n  disconnect/reset before headers",
                    NR::ServiceUnavailableError, "text/plain")
            << ErrorKind::Http << QString()
            << u"upstream connect error or disconnect/reset before headers"_s << QString() << none
            << u"HTTP 503: upstream connect error or disconnect/reset before headers"_s;
    QTest::newRow("HTTP 504 empty body")
            << http(504, {}, NR::UnknownServerError, {}) << ErrorKind::Http << QString()
            << u"Gateway timeout"_s << QString() << none << u"HTTP 504: Gateway timeout"_s;
    QTest::newRow("HTTP 500 JSON string body")
            << http(500, "\"Internal Server Error\"", NR::InternalServerError) << ErrorKind::Http
            << QString() << u"Internal Server Error"_s << u"Internal Server Error"_s << none
            << u"HTTP 500: Internal Server Error"_s;
    QTest::newRow("HTTP 400 proxy error object")
            << http(400, R"({"error":{"type":"invalid_request","message":"Bad header"}})",
                    NR::ProtocolInvalidOperationError)
            << ErrorKind::Http << u"invalid_request"_s << u"Bad header"_s << QString() << none
            << u"HTTP 400 invalid_request: Bad header"_s;
    QTest::newRow("HTTP 404 unknown JSON shape")
            << http(404, R"({"foo":"bar"})", NR::ContentNotFoundError) << ErrorKind::Http
            << QString() << u"Not found"_s << u"{\"foo\":\"bar\"}"_s << none
            << u"HTTP 404: Not found"_s;
    QTest::newRow("HTTP 500 long text is capped")
            << http(500, QByteArray("word ").repeated(200), NR::InternalServerError, "text/plain")
            << ErrorKind::Http << QString()
            << (u"word "_s.repeated(60).left(299).trimmed() + u"…"_s) << QString() << none
            << (u"HTTP 500: "_s + u"word "_s.repeated(60).left(299).trimmed() + u"…"_s);
    {
        TransferOutcome outcome = transport(NR::OperationCanceledError, u"Operation canceled"_s);
        outcome.timedOut = true;
        outcome.timeoutMs = 30000;
        QTest::newRow("timeout with duration")
                << outcome << ErrorKind::Timeout << QString()
                << u"Timed out after 30 s waiting for 127.0.0.1:8080"_s << QString() << none
                << u"Timed out after 30 s waiting for 127.0.0.1:8080"_s;
        outcome.url = QUrl(u"https://api.opper.ai/v2"_s);
        outcome.timeoutMs = 0;
        outcome.httpStatus = 200; // an idle stream that stopped after the headers
        QTest::newRow("timeout without duration")
                << outcome << ErrorKind::Timeout << QString()
                << u"Timed out waiting for api.opper.ai:443"_s << QString() << none
                << u"Timed out waiting for api.opper.ai:443"_s;
    }
    QTest::newRow("QNAM transfer timeout")
            << transport(NR::TimeoutError, u"Socket operation timed out"_s, QString())
            << ErrorKind::Timeout << QString() << u"The request timed out"_s
            << u"Socket operation timed out"_s << none << u"The request timed out"_s;
    QTest::newRow("connection refused")
            << transport(NR::ConnectionRefusedError, u"Connection refused"_s)
            << ErrorKind::ConnectionRefused << QString()
            << u"Connection refused by 127.0.0.1:8080"_s << u"Connection refused"_s << none
            << u"Connection refused by 127.0.0.1:8080"_s;
    QTest::newRow("connection refused over IPv6")
            << transport(NR::ConnectionRefusedError, {}, u"http://[::1]:9/"_s)
            << ErrorKind::ConnectionRefused << QString() << u"Connection refused by [::1]:9"_s
            << QString() << none << u"Connection refused by [::1]:9"_s;
    QTest::newRow("connection closed")
            << transport(NR::RemoteHostClosedError, u"Connection closed"_s)
            << ErrorKind::ConnectionClosed << QString()
            << u"127.0.0.1:8080 closed the connection before the response was complete"_s
            << u"Connection closed"_s << none
            << u"127.0.0.1:8080 closed the connection before the response was complete"_s;
    QTest::newRow("host not found")
            << transport(NR::HostNotFoundError, u"Host nowhere.invalid not found"_s,
                         u"https://nowhere.invalid/v2"_s)
            << ErrorKind::HostNotFound << QString() << u"Host nowhere.invalid not found"_s
            << u"Host nowhere.invalid not found"_s << none << u"Host nowhere.invalid not found"_s;
    QTest::newRow("TLS handshake failed")
            << transport(NR::SslHandshakeFailedError,
                         u"The certificate is self-signed, and untrusted"_s,
                         u"https://localhost:8443/v2"_s)
            << ErrorKind::Tls << QString()
            << u"TLS handshake with localhost:8443 failed: The certificate is self-signed, and untrusted"_s
            << u"The certificate is self-signed, and untrusted"_s << none
            << u"TLS handshake with localhost:8443 failed: The certificate is self-signed, and untrusted"_s;
    QTest::newRow("TLS trouble reported as unknown error")
            << transport(NR::UnknownNetworkError, u"TLS initialization failed"_s, u"https://h:1/"_s)
            << ErrorKind::Tls << QString()
            << u"TLS handshake with h:1 failed: TLS initialization failed"_s
            << u"TLS initialization failed"_s << none
            << u"TLS handshake with h:1 failed: TLS initialization failed"_s;
    {
        TransferOutcome outcome = transport(NR::OperationCanceledError, u"Operation canceled"_s);
        outcome.cancelled = true;
        QTest::newRow("cancelled by the user")
                << outcome << ErrorKind::Cancelled << QString() << u"The request was cancelled"_s
                << QString() << none << u"The request was cancelled"_s;
    }
    QTest::newRow("cancelled without the flag")
            << transport(NR::OperationCanceledError, u"Operation canceled"_s)
            << ErrorKind::Cancelled << QString() << u"The request was cancelled"_s
            << u"Operation canceled"_s << none << u"The request was cancelled"_s;
    {
        TransferOutcome outcome = transport(NR::OperationCanceledError, {});
        outcome.httpStatus = 200;
        outcome.tooLarge = true;
        outcome.sizeCap = qint64(64) * 1024 * 1024;
        QTest::newRow("too large")
                << outcome << ErrorKind::TooLarge << QString()
                << u"The response exceeded the size limit of 64 MiB"_s << QString() << none
                << u"The response exceeded the size limit of 64 MiB"_s;
        outcome.sizeCap = qint64(1536) * 1024;
        QTest::newRow("too large, fractional cap")
                << outcome << ErrorKind::TooLarge << QString()
                << u"The response exceeded the size limit of 1.5 MiB"_s << QString() << none
                << u"The response exceeded the size limit of 1.5 MiB"_s;
    }
    QTest::newRow("other transport error")
            << transport(NR::TemporaryNetworkFailureError, u"Temporary network failure."_s)
            << ErrorKind::Network << QString()
            << u"Network error with 127.0.0.1:8080: Temporary network failure."_s
            << u"Temporary network failure."_s << none
            << u"Network error with 127.0.0.1:8080: Temporary network failure."_s;
    QTest::newRow("proxy refused")
            << transport(NR::ProxyConnectionRefusedError, u"Proxy connection refused"_s, QString())
            << ErrorKind::Network << QString() << u"Network error: Proxy connection refused"_s
            << u"Proxy connection refused"_s << none
            << u"Network error: Proxy connection refused"_s;
    QTest::newRow("content error without a status")
            << transport(NR::ContentNotFoundError, {}, QString()) << ErrorKind::Network << QString()
            << u"Network error (code 203)"_s << QString() << none << u"Network error (code 203)"_s;
}

void TestApiError::mapsTransfers()
{
    QFETCH(TransferOutcome, outcome);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, type);
    QFETCH(QString, message);
    QFETCH(QString, detailText);
    QFETCH(int, retryAfter);
    QFETCH(QString, summary);

    const ApiError e = mapError(outcome, kNow);
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.isError(), kind != ErrorKind::None);
    QCOMPARE(e.httpStatus, outcome.httpStatus);
    QCOMPARE(e.type, type);
    QCOMPARE(e.message, message);
    QCOMPARE(e.detailText(), detailText);
    QCOMPARE(e.retryAfterSeconds.value_or(-1), retryAfter);
    QCOMPARE(e.summary(), summary);
}

void TestApiError::taxonomy_data()
{
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("none") << ErrorKind::None << u"none"_s << 0;
    QTest::newRow("invalid input") << ErrorKind::InvalidInput << u"invalid_input"_s << 2;
    QTest::newRow("http") << ErrorKind::Http << u"http"_s << 3;
    QTest::newRow("rate limited") << ErrorKind::RateLimited << u"rate_limited"_s << 3;
    QTest::newRow("stream error") << ErrorKind::StreamError << u"stream_error"_s << 3;
    QTest::newRow("timeout") << ErrorKind::Timeout << u"timeout"_s << 4;
    QTest::newRow("connection refused")
            << ErrorKind::ConnectionRefused << u"connection_refused"_s << 4;
    QTest::newRow("connection closed")
            << ErrorKind::ConnectionClosed << u"connection_closed"_s << 4;
    QTest::newRow("host not found") << ErrorKind::HostNotFound << u"host_not_found"_s << 4;
    QTest::newRow("tls") << ErrorKind::Tls << u"tls"_s << 4;
    QTest::newRow("network") << ErrorKind::Network << u"network"_s << 4;
    QTest::newRow("cancelled") << ErrorKind::Cancelled << u"cancelled"_s << 4;
    QTest::newRow("invalid json") << ErrorKind::InvalidJson << u"invalid_json"_s << 5;
    QTest::newRow("invalid response") << ErrorKind::InvalidResponse << u"invalid_response"_s << 5;
    QTest::newRow("too large") << ErrorKind::TooLarge << u"too_large"_s << 5;
    QTest::newRow("stream incomplete")
            << ErrorKind::StreamIncomplete << u"stream_incomplete"_s << 5;
}

void TestApiError::taxonomy()
{
    QFETCH(ErrorKind, kind);
    QFETCH(QString, name);
    QFETCH(int, exitCode);

    QCOMPARE(ApiError::kindName(kind), name);
    ApiError e;
    e.kind = kind;
    QCOMPARE(e.exitCode(), exitCode);
    // Every error says something even when nobody filled in a message.
    QCOMPARE(e.summary().isEmpty(), kind == ErrorKind::None);
}

void TestApiError::detailText_data()
{
    QTest::addColumn<QJsonValue>("detail");
    QTest::addColumn<QString>("expected");

    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << QString();
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QString();
    QTest::newRow("string as is") << QJsonValue(u"Span 12 not found\nsecond line"_s)
                                  << u"Span 12 not found\nsecond line"_s;
    QTest::newRow("FastAPI list")
            << QJsonValue(QJsonArray {
                       QJsonObject { { u"loc"_s, QJsonArray { u"body"_s, u"input"_s, u"x"_s } },
                                     { u"msg"_s, u"field required"_s },
                                     { u"type"_s, u"missing"_s } },
                       QJsonObject { { u"loc"_s,
                                       QJsonArray { u"body"_s, u"examples"_s, 2, u"output"_s } },
                                     { u"msg"_s, u"bad"_s } } })
            << u"body.input.x → field required\nbody.examples.2.output → bad"_s;
    QTest::newRow("FastAPI item without loc")
            << QJsonValue(QJsonArray { QJsonObject { { u"msg"_s, u"only a message"_s } } })
            << u"only a message"_s;
    QTest::newRow("list of strings and others")
            << QJsonValue(QJsonArray { u"first"_s, 2, QJsonObject { { u"k"_s, true } } })
            << u"first\n2\n{\"k\":true}"_s;
    QTest::newRow("object compactly")
            << QJsonValue(QJsonObject { { u"b"_s, 1 }, { u"a"_s, QJsonArray {} } })
            << u"{\"a\":[],\"b\":1}"_s;
    QTest::newRow("number") << QJsonValue(42) << u"42"_s;
}

void TestApiError::detailText()
{
    QFETCH(QJsonValue, detail);
    QFETCH(QString, expected);

    ApiError e;
    e.kind = ErrorKind::Http;
    e.detail = detail;
    QCOMPARE(e.detailText(), expected);
}

void TestApiError::summary_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QString>("expected");

    QTest::newRow("no error") << ApiError() << QString();
    QTest::newRow("invalid input at a position")
            << ApiError::invalidInput(u"examples[2].output"_s, u"Unterminated string"_s, 3, 5)
            << u"Invalid input in examples[2].output at line 3, column 5: Unterminated string"_s;
    QTest::newRow("invalid input in a field")
            << ApiError::invalidInput(u"function_id"_s, u"The function id \"x\" is not a UUID"_s)
            << u"Invalid input in function_id: The function id \"x\" is not a UUID"_s;
    QTest::newRow("invalid input without field") << ApiError::invalidInput({}, u"Nothing to send"_s)
                                                 << u"Invalid input: Nothing to send"_s;
    QTest::newRow("invalid response")
            << ApiError::invalidResponse(u"usage.input_tokens"_s,
                                         u"field usage.input_tokens should be a number"_s)
            << u"Invalid response: field usage.input_tokens should be a number"_s;
    QTest::newRow("invalid JSON") << error(ErrorKind::InvalidJson, u"The response body is empty"_s)
                                  << u"The response body is empty"_s;
    {
        ApiError stream = error(ErrorKind::StreamError, u"Guard rejected the output"_s);
        stream.type = u"GuardError"_s;
        QTest::newRow("stream error with type")
                << stream << u"Stream error GuardError: Guard rejected the output"_s;
        stream.type.clear();
        QTest::newRow("stream error without type")
                << stream << u"Stream error: Guard rejected the output"_s;
    }
    QTest::newRow("stream incomplete, default message")
            << error(ErrorKind::StreamIncomplete, {})
            << u"The stream ended in the middle of an event"_s;
    {
        ApiError rate = error(ErrorKind::RateLimited, u"Slow down"_s);
        rate.httpStatus = 429;
        rate.retryAfterSeconds = 1;
        QTest::newRow("rate limited, one second")
                << rate << u"HTTP 429: Slow down (retry after 1 s)"_s;
    }
}

void TestApiError::summary()
{
    QFETCH(ApiError, error);
    QFETCH(QString, expected);

    QCOMPARE(error.summary(), expected);
}

void TestApiError::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expected"); // -1: nullopt

    QTest::newRow("delta seconds") << QByteArray("7") << 7;
    QTest::newRow("delta with spaces") << QByteArray(" 120 ") << 120;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("huge delta is clamped") << QByteArray("99999999999999999999999") << INT_MAX;
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("fraction") << QByteArray("1.5") << -1;
    QTest::newRow("words") << QByteArray("soon") << -1;
    QTest::newRow("IMF-fixdate in the future")
            << QByteArray("Wed, 01 May 2024 12:02:00 GMT") << 120;
    QTest::newRow("IMF-fixdate in the past") << QByteArray("Tue, 30 Apr 2024 12:00:00 GMT") << 0;
    QTest::newRow("RFC 850 date") << QByteArray("Wednesday, 01-May-24 12:00:10 GMT") << 10;
    QTest::newRow("asctime date") << QByteArray("Wed May  1 12:00:05 2024") << 5;
    QTest::newRow("impossible day") << QByteArray("Fri, 32 May 2024 12:00:00 GMT") << -1;
    QTest::newRow("unknown month") << QByteArray("Wed, 01 Foo 2024 12:00:00 GMT") << -1;
    QTest::newRow("local time zone") << QByteArray("Wed, 01 May 2024 12:02:00 +0200") << -1;
}

void TestApiError::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expected);

    QCOMPARE(parseRetryAfter(value, kNow).value_or(-1), expected);
}

// The mapping against what QNAM really reports, not only what we expect it to report.
void TestApiError::mapsRealConnectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        port = server.serverPort();
    } // closed again: nothing listens on the port now
    QNetworkAccessManager manager;
    const QUrl url(u"http://127.0.0.1:%1/v2/functions"_s.arg(port));
    QNetworkReply *reply = manager.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));

    TransferOutcome outcome;
    outcome.networkError = reply->error();
    outcome.networkErrorString = reply->errorString();
    outcome.url = url;
    reply->deleteLater();

    const ApiError e = mapError(outcome);
    QCOMPARE(e.kind, ErrorKind::ConnectionRefused);
    QCOMPARE(e.message, u"Connection refused by 127.0.0.1:%1"_s.arg(port));
    QCOMPARE(e.exitCode(), 4);
    QVERIFY(!e.detailText().isEmpty());
}

void TestApiError::hugeErrorBodiesMakeABoundedMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<qsizetype>("detailSize");
    constexpr qsizetype size = qsizetype(20) * 1024 * 1024;
    QTest::newRow("FastAPI detail string") << R"({"detail":")" + QByteArray(size, 'd') + R"("})"
                                           << QByteArray("application/json") << size;
    QTest::newRow("Opper message")
            << R"({"type":"ServerError","message":")" + QByteArray(size, 'm') + R"("})"
            << QByteArray("application/json") << qsizetype(0);
    QTest::newRow("HTML gateway page")
            << "<html><body><h1>502 Bad Gateway</h1>" + QByteArray(size, 'h') + "</body></html>"
            << QByteArray("text/html") << qsizetype(0);
}

void TestApiError::hugeErrorBodiesMakeABoundedMessage()
{
    // What every label, status bar and log line shows stays a sentence; the detail keeps all.
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(qsizetype, detailSize);
    const ApiError error
            = mapError(http(502, body, QNetworkReply::UnknownServerError, contentType), kNow);
    QCOMPARE(error.kind, ErrorKind::Http);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(error.message.size() <= ApiError::MessageLimit);
    QVERIFY(error.summary().size() <= ApiError::MessageLimit + 300);
    QCOMPARE(error.detailText().size(), detailSize);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
