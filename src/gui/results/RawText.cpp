#include "gui/results/RawText.h"

#include "core/protocol/CallResult.h"
#include "core/protocol/JsonBytes.h"
#include "gui/results/RawPane.h"

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

QByteArray headerLines(const HeaderList &headers)
{
    QByteArray text;
    for (const auto &[name, value] : headers) {
        text += name + ": " + value + '\n';
    }
    return text;
}

QByteArray headerValue(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

// The body re-indented when it is JSON and small enough, else as received (shared, no copy).
QByteArray bodyText(const QByteArray &body)
{
    return body.size() >= RawPrettyLimit ? body : reindentJson(body);
}

} // namespace

QByteArray rawRequestText(const RequestRecord &request)
{
    if (request.method.isEmpty() && request.url.isEmpty()) {
        return {};
    }
    QByteArray text = request.method + ' '
            + request.url.toDisplayString(QUrl::FullyEncoded).toUtf8() + '\n'
            + headerLines(request.headers);
    if (!request.body.isEmpty()) {
        text += '\n' + bodyText(request.body);
    }
    return text;
}

RawTexts rawTexts(const CallResult &result)
{
    RawTexts texts;
    texts.request = rawRequestText(result.request);
    const QByteArray contentType
            = headerValue(result.head.headers, "content-type").trimmed().toLower();
    texts.eventLog = result.streamed && result.head.status >= 200 && result.head.status < 300
            && (contentType.startsWith("text/event-stream") || result.eventCount > 0);
    if (!texts.eventLog) {
        texts.responseTitle = RawPane::tr("Response");
    } else {
        texts.responseTitle = result.eventCount == 1
                ? RawPane::tr("Event log (1 event)")
                : RawPane::tr("Event log (%n events)", nullptr, result.eventCount);
    }
    if (result.head.status == 0) {
        texts.response = result.body;
        return texts;
    }
    QByteArray head = "HTTP " + QByteArray::number(result.head.status);
    if (!result.head.reason.isEmpty()) {
        head += ' ' + result.head.reason;
    }
    head += '\n' + headerLines(result.head.headers);
    if (result.body.isEmpty()) {
        texts.response = head;
        return texts;
    }
    // A stream's log is shown exactly as it came: events, blank lines, keep-alives.
    const QByteArray body = texts.eventLog ? result.body : bodyText(result.body);
    texts.response.reserve(head.size() + 1 + body.size());
    texts.response += head;
    texts.response += '\n';
    texts.response += body;
    return texts;
}

} // namespace callpad
