#include "gui/textview/TextLines.h"

#include <algorithm>

namespace callpad {

namespace {

// How many bytes the UTF-8 sequence led by `lead` takes, and how many UTF-16 units it decodes to.
// The text is valid UTF-8 (index() makes sure), so a lead byte is never a continuation byte.
inline int sequenceBytes(uchar lead)
{
    if (lead < 0x80) {
        return 1;
    }
    if (lead < 0xe0) {
        return 2;
    }
    return lead < 0xf0 ? 3 : 4;
}

inline int sequenceUnits(uchar lead)
{
    return lead >= 0xf0 ? 2 : 1;
}

} // namespace

TextLines::TextLines() : m_starts { 0 }, m_widths { 0 } { }

TextLines TextLines::index(QByteArray utf8, bool json)
{
    TextLines lines;
    if (!QByteArrayView(utf8).isValidUtf8()) {
        utf8 = QString::fromUtf8(utf8).toUtf8();
    }
    lines.m_utf8 = std::move(utf8);
    lines.m_json = json;
    if (json) {
        lines.m_foldEnds.push_back(-1);
    }
    lines.scanFrom(0);
    // Grown by doubling while scanning: up to half of each index was spare room.
    lines.m_starts.shrink_to_fit();
    lines.m_widths.shrink_to_fit();
    lines.m_foldEnds.shrink_to_fit();
    return lines;
}

void TextLines::append(QByteArrayView utf8)
{
    if (utf8.isEmpty()) {
        return;
    }
    if (utf8.isValidUtf8()) {
        m_utf8.append(utf8);
    } else {
        m_utf8.append(QString::fromUtf8(utf8).toUtf8());
    }
    scanFrom(m_starts.back());
}

// Indexes from `lineStart`, the start of the last line indexed so far, to the end. Everything
// known about that line is dropped first and found again; the lines before it stay.
void TextLines::scanFrom(qint64 lineStart)
{
    auto line = qint32(m_starts.size() - 1);
    m_checkpoints.remove(line);
    std::vector<qint32> open = m_openAtLastLine;
    std::vector<Checkpoint> checkpoints;

    const char *data = m_utf8.constData();
    const qint64 size = m_utf8.size();
    qint32 width = 0;
    bool inString = false;
    bool escaped = false;
    qint64 i = lineStart;
    while (i < size) {
        const auto byte = uchar(data[i]);
        if (byte == '\n') {
            // A "\r\n" line break: the "\r" is not drawn, so it is not counted.
            const bool carriageReturn = i > lineStart && data[i - 1] == '\r';
            m_widths[size_t(line)] = width - (carriageReturn ? 1 : 0);
            m_longest = std::max(m_longest, m_widths[size_t(line)]);
            if (!checkpoints.empty()) {
                m_checkpoints.emplace(line, std::move(checkpoints));
                checkpoints = {};
            }
            ++i;
            ++line;
            lineStart = i;
            m_starts.push_back(i);
            m_widths.push_back(0);
            if (m_json) {
                m_foldEnds.push_back(-1);
                m_openAtLastLine = open;
            }
            width = 0;
            // JSON strings cannot span lines: a stray quote stops at the break.
            inString = false;
            escaped = false;
            continue;
        }
        if (width >= qint32(checkpoints.size() + 1) * CheckpointColumns) {
            checkpoints.push_back({ i, width });
        }
        if (m_json) {
            if (escaped) {
                escaped = false;
            } else if (inString) {
                if (byte == '\\') {
                    escaped = true;
                } else if (byte == '"') {
                    inString = false;
                }
            } else if (byte == '"') {
                inString = true;
            } else if (byte == '{' || byte == '[') {
                open.push_back(line);
            } else if ((byte == '}' || byte == ']') && !open.empty()) {
                const qint32 opened = open.back();
                open.pop_back();
                if (opened < line) {
                    qint32 &end = m_foldEnds[size_t(opened)];
                    end = std::max(end, line);
                }
            }
        }
        width += sequenceUnits(byte);
        i += sequenceBytes(byte);
    }
    // A "\r" at the very end is the first half of a line break still to come: not drawn.
    const bool carriageReturn = i > lineStart && data[size - 1] == '\r';
    m_widths[size_t(line)] = width - (carriageReturn ? 1 : 0);
    m_longest = std::max(m_longest, m_widths[size_t(line)]);
    if (!checkpoints.empty()) {
        m_checkpoints.emplace(line, std::move(checkpoints));
    }
    if (!m_json) {
        m_openAtLastLine.clear();
    }
}

qint32 TextLines::foldEnd(qint32 line) const
{
    if (line < 0 || size_t(line) >= m_foldEnds.size()) {
        return -1;
    }
    return m_foldEnds[size_t(line)];
}

TextPos TextLines::end() const
{
    const qint32 last = lineCount() - 1;
    return { last, width(last) };
}

TextPos TextLines::clamp(TextPos pos) const
{
    if (pos.line < 0) {
        return {};
    }
    if (pos.line >= lineCount()) {
        return end();
    }
    return { pos.line, std::clamp(pos.column, 0, width(pos.line)) };
}

qint64 TextLines::lineEnd(qint32 line) const
{
    const qint64 start = m_starts[size_t(line)];
    qint64 end = line + 1 < lineCount() ? m_starts[size_t(line) + 1] - 1 : m_utf8.size();
    if (end > start && m_utf8.at(end - 1) == '\r') {
        --end;
    }
    return end;
}

qint64 TextLines::byteAt(TextPos pos) const
{
    pos = clamp(pos);
    qint64 byte = m_starts[size_t(pos.line)];
    qint32 column = 0;
    const auto found = m_checkpoints.constFind(pos.line);
    if (found != m_checkpoints.cend()) {
        const auto &points = *found;
        // Checkpoint k is the first character at or past column (k + 1) * CheckpointColumns.
        auto k = qsizetype(pos.column / CheckpointColumns) - 1;
        k = std::min(k, qsizetype(points.size()) - 1);
        while (k >= 0 && points[size_t(k)].column > pos.column) {
            --k;
        }
        if (k >= 0) {
            byte = points[size_t(k)].byte;
            column = points[size_t(k)].column;
        }
    }
    const char *data = m_utf8.constData();
    const qint64 end = lineEnd(pos.line);
    while (byte < end) {
        const auto lead = uchar(data[byte]);
        const int units = sequenceUnits(lead);
        if (column + units > pos.column) {
            break;
        }
        column += units;
        byte += sequenceBytes(lead);
    }
    return std::min(byte, end);
}

QString TextLines::text(qint32 line, qint32 column, qint32 count) const
{
    if (line < 0 || line >= lineCount() || count <= 0) {
        return {};
    }
    const qint64 from = byteAt({ line, column });
    const qint64 to = byteAt({ line, column + count });
    return QString::fromUtf8(m_utf8.constData() + from, to - from);
}

QByteArray TextLines::bytes(TextPos from, TextPos to) const
{
    const qint64 a = byteAt(std::min(from, to));
    const qint64 b = byteAt(std::max(from, to));
    if (a == 0 && b == m_utf8.size()) {
        return m_utf8;
    }
    return m_utf8.mid(a, b - a);
}

} // namespace callpad
