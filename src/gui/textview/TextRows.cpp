#include "gui/textview/TextRows.h"

#include <algorithm>

namespace callpad {

void TextRows::rebuild(const TextLines &lines, const std::vector<bool> &folded, qint32 columns)
{
    m_columns = std::max(columns, 1);
    const qint32 count = lines.lineCount();
    if (m_rowStarts.capacity() > 2 * (size_t(count) + 1)) {
        // A short text after a long one: the long one's 12 MB of rows go, not just their count.
        std::vector<qint64>().swap(m_rowStarts);
    }
    m_rowStarts.resize(size_t(count) + 1);
    qint64 row = 0;
    qint32 hiddenThrough = -1; // the last line a fold above hides
    for (qint32 line = 0; line < count; ++line) {
        m_rowStarts[size_t(line)] = row;
        if (line <= hiddenThrough) {
            continue;
        }
        row += std::max<qint64>(1, (qint64(lines.width(line)) + m_columns - 1) / m_columns);
        if (size_t(line) < folded.size() && folded[size_t(line)] && lines.canFold(line)) {
            // The closing line stays visible below the folded one.
            hiddenThrough = lines.foldEnd(line) - 1;
        }
    }
    m_rowStarts[size_t(count)] = row;
}

void TextRows::extend(const TextLines &lines, qint32 fromLine)
{
    if (fromLine <= 0 || size_t(fromLine) >= m_rowStarts.size()) {
        rebuild(lines, {}, m_columns);
        return;
    }
    const qint32 count = lines.lineCount();
    m_rowStarts.resize(size_t(count) + 1);
    qint64 row = m_rowStarts[size_t(fromLine)];
    for (qint32 line = fromLine; line < count; ++line) {
        m_rowStarts[size_t(line)] = row;
        row += std::max<qint64>(1, (qint64(lines.width(line)) + m_columns - 1) / m_columns);
    }
    m_rowStarts[size_t(count)] = row;
}

TextRows::Row TextRows::rowAt(qint64 row) const
{
    if (m_rowStarts.size() < 2) {
        return {};
    }
    row = std::clamp<qint64>(row, 0, rowCount() - 1);
    // The last line whose first row is at or before `row`; hidden lines share the next one's
    // start, so upper_bound steps past them.
    const auto it = std::upper_bound(m_rowStarts.begin(), m_rowStarts.end() - 1, row);
    const auto line = qint32(std::distance(m_rowStarts.begin(), it) - 1);
    return { line, qint32(row - m_rowStarts[size_t(line)]) };
}

bool TextRows::isHidden(qint32 line) const
{
    return rowsOf(line) == 0;
}

qint32 TextRows::rowsOf(qint32 line) const
{
    if (line < 0 || size_t(line) + 1 >= m_rowStarts.size()) {
        return 0;
    }
    return qint32(m_rowStarts[size_t(line) + 1] - m_rowStarts[size_t(line)]);
}

qint64 TextRows::rowOf(TextPos pos) const
{
    if (m_rowStarts.size() < 2) {
        return 0;
    }
    pos.line = std::clamp<qint32>(pos.line, 0, qint32(m_rowStarts.size()) - 2);
    // A hidden line is shown by the visible line above it (the folded one).
    while (pos.line > 0 && isHidden(pos.line)) {
        --pos.line;
        pos.column = 0;
    }
    const qint32 rows = rowsOf(pos.line);
    const qint32 chunk = std::clamp(pos.column / m_columns, 0, std::max(rows - 1, 0));
    return m_rowStarts[size_t(pos.line)] + chunk;
}

} // namespace callpad
