#include "core/sse/SseParser.h"

#include <limits>

namespace callpad {

namespace {

constexpr char kCr = '\r';
constexpr char kLf = '\n';

QByteArrayView utf8Bom()
{
    return { "\xEF\xBB\xBF", 3 };
}

// The WHATWG rule: only ASCII digits, at least one. Values beyond int are ignored rather than
// wrapped, because a reconnection time that large is meaningless.
std::optional<int> parseRetry(QByteArrayView value)
{
    if (value.isEmpty()) {
        return std::nullopt;
    }
    qint64 result = 0;
    for (const char c : value) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        result = result * 10 + (c - '0');
        if (result > std::numeric_limits<int>::max()) {
            return std::nullopt;
        }
    }
    return static_cast<int>(result);
}

} // namespace

QList<SseEvent> SseParser::feed(QByteArrayView bytes)
{
    QList<SseEvent> out;
    if (!m_bomHandled) {
        // The BOM may itself arrive split over chunks: hold back up to three bytes.
        m_bomProbe.append(bytes.data(), bytes.size());
        const QByteArrayView bom = utf8Bom();
        if (m_bomProbe.size() < bom.size() && bom.startsWith(m_bomProbe)) {
            return out;
        }
        m_bomHandled = true;
        const QByteArray probe = std::exchange(m_bomProbe, {});
        parse(probe.startsWith(bom) ? QByteArrayView(probe).sliced(bom.size())
                                    : QByteArrayView(probe),
              out);
        return out;
    }
    parse(bytes, out);
    return out;
}

void SseParser::parse(QByteArrayView bytes, QList<SseEvent> &out)
{
    qsizetype pos = 0;
    const qsizetype size = bytes.size();
    if (m_skipLeadingLf && size > 0) {
        m_skipLeadingLf = false;
        if (bytes.front() == kLf) {
            pos = 1;
        }
    }
    while (pos < size) {
        qsizetype end = pos;
        while (end < size && bytes[end] != kCr && bytes[end] != kLf) {
            ++end;
        }
        if (end == size) {
            m_line.append(bytes.sliced(pos).data(), size - pos);
            return;
        }
        if (m_line.isEmpty()) {
            processLine(bytes.sliced(pos, end - pos), out);
        } else {
            m_line.append(bytes.sliced(pos, end - pos).data(), end - pos);
            const QByteArray line = std::exchange(m_line, {});
            processLine(line, out);
        }
        if (bytes[end] == kCr) {
            if (end + 1 < size) {
                if (bytes[end + 1] == kLf) {
                    ++end;
                }
            } else {
                m_skipLeadingLf = true;
            }
        }
        pos = end + 1;
    }
}

void SseParser::processLine(QByteArrayView line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':') {
        return;
    }
    m_blockHasFields = true;
    const qsizetype colon = line.indexOf(':');
    if (colon < 0) {
        processField(line, {});
        return;
    }
    QByteArrayView value = line.sliced(colon + 1);
    if (value.startsWith(' ')) {
        value = value.sliced(1);
    }
    processField(line.first(colon), value);
}

void SseParser::processField(QByteArrayView field, QByteArrayView value)
{
    if (field == "event") {
        m_eventType = value.toByteArray();
    } else if (field == "data") {
        m_data.append(value.data(), value.size());
        m_data.append(kLf);
    } else if (field == "id") {
        if (!value.contains('\0')) {
            m_lastEventId = value.toByteArray();
        }
    } else if (field == "retry") {
        if (const std::optional<int> retry = parseRetry(value)) {
            m_retryMs = retry;
        }
    }
    // Any other field name is ignored, as the specification requires.
}

void SseParser::dispatch(QList<SseEvent> &out)
{
    m_blockHasFields = false;
    if (m_data.isEmpty()) {
        m_eventType.clear();
        return;
    }
    m_data.chop(1); // the '\n' appended after the last data line
    out.append(SseEvent { m_lastEventId, std::exchange(m_eventType, {}), std::exchange(m_data, {}),
                          m_retryMs });
}

bool SseParser::hasPartialEvent() const
{
    if (m_blockHasFields || !m_bomProbe.isEmpty()) {
        return true;
    }
    // An unfinished comment line holds no event.
    return !m_line.isEmpty() && !m_line.startsWith(':');
}

void SseParser::reset()
{
    *this = SseParser();
}

} // namespace callpad
