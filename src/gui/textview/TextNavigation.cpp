#include "gui/textview/TextNavigation.h"

namespace callpad {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c.isMark();
}

// The nearest visible line before or after `line`, or -1.
qint32 visibleLine(const TextLines &lines, const TextRows &rows, qint32 line, int step)
{
    for (line += step; line >= 0 && line < lines.lineCount(); line += step) {
        if (!rows.isHidden(line)) {
            return line;
        }
    }
    return -1;
}

// A short piece of the line around `column`, enough to step over one character or one word
// without decoding a whole (possibly huge) line.
constexpr qint32 Window = 256;

} // namespace

TextPos stepLeft(const TextLines &lines, const TextRows &rows, TextPos pos)
{
    pos = lines.clamp(pos);
    if (pos.column > 0) {
        const QString before = lines.text(pos.line, pos.column - 2, 2);
        const bool pair = before.size() == 2 && before.at(1).isLowSurrogate()
                && before.at(0).isHighSurrogate();
        return { pos.line, pos.column - (pair ? 2 : 1) };
    }
    const qint32 line = visibleLine(lines, rows, pos.line, -1);
    return line < 0 ? pos : TextPos { line, lines.width(line) };
}

TextPos stepRight(const TextLines &lines, const TextRows &rows, TextPos pos)
{
    pos = lines.clamp(pos);
    if (pos.column < lines.width(pos.line)) {
        const QString after = lines.text(pos.line, pos.column, 2);
        const bool pair = after.size() == 2 && after.at(0).isHighSurrogate();
        return { pos.line, pos.column + (pair ? 2 : 1) };
    }
    const qint32 line = visibleLine(lines, rows, pos.line, 1);
    return line < 0 ? pos : TextPos { line, 0 };
}

TextPos wordLeft(const TextLines &lines, const TextRows &rows, TextPos pos)
{
    pos = lines.clamp(pos);
    if (pos.column == 0) {
        return stepLeft(lines, rows, pos);
    }
    const qint32 from = std::max(0, pos.column - Window);
    const QString text = lines.text(pos.line, from, pos.column - from);
    qsizetype i = text.size();
    while (i > 0 && !isWordChar(text.at(i - 1))) {
        --i;
    }
    while (i > 0 && isWordChar(text.at(i - 1))) {
        --i;
    }
    return { pos.line, from + qint32(i) };
}

TextPos wordRight(const TextLines &lines, const TextRows &rows, TextPos pos)
{
    pos = lines.clamp(pos);
    const qint32 width = lines.width(pos.line);
    if (pos.column >= width) {
        return stepRight(lines, rows, pos);
    }
    const QString text = lines.text(pos.line, pos.column, Window);
    qsizetype i = 0;
    while (i < text.size() && isWordChar(text.at(i))) {
        ++i;
    }
    while (i < text.size() && !isWordChar(text.at(i))) {
        ++i;
    }
    return { pos.line, pos.column + qint32(i) };
}

std::pair<TextPos, TextPos> wordAt(const TextLines &lines, TextPos pos)
{
    pos = lines.clamp(pos);
    const qint32 from = std::max(0, pos.column - Window);
    const QString text = lines.text(pos.line, from, 2 * Window);
    auto at = qsizetype(pos.column - from);
    if (at >= text.size() || !isWordChar(text.at(at))) {
        // Just past a word's end counts as in it; anything else is one character.
        if (at > 0 && at <= text.size() && isWordChar(text.at(at - 1))) {
            --at;
        } else {
            const qint32 end = std::min(pos.column + 1, lines.width(pos.line));
            return { pos, { pos.line, end } };
        }
    }
    qsizetype first = at;
    qsizetype last = at;
    while (first > 0 && isWordChar(text.at(first - 1))) {
        --first;
    }
    while (last < text.size() && isWordChar(text.at(last))) {
        ++last;
    }
    return { { pos.line, from + qint32(first) }, { pos.line, from + qint32(last) } };
}

} // namespace callpad
