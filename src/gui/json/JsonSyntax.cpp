#include "gui/json/JsonSyntax.h"

#include "gui/common/Palette.h"

#include <QPalette>

namespace callpad {

namespace {

bool isNumberChar(QChar c)
{
    return c.isDigit() || c == u'-' || c == u'+' || c == u'.' || c == u'e' || c == u'E';
}

bool isPunctuation(QChar c)
{
    return c == u'{' || c == u'}' || c == u'[' || c == u']' || c == u',' || c == u':';
}

// Index one past the closing quote of the string starting at `start`, or `size` when unterminated.
qsizetype stringEnd(QStringView text, qsizetype start, bool *closed)
{
    const qsizetype size = text.size();
    qsizetype i = start + 1;
    while (i < size) {
        const QChar c = text.at(i);
        if (c == u'\\') {
            i += 2;
            continue;
        }
        ++i;
        if (c == u'"') {
            *closed = true;
            return i;
        }
    }
    *closed = false;
    return size;
}

} // namespace

QList<JsonTokenSpan> jsonTokens(QStringView line)
{
    QList<JsonTokenSpan> spans;
    const qsizetype size = line.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = line.at(i);
        if (c == u'"') {
            bool closed = false;
            const qsizetype end = std::min(stringEnd(line, i, &closed), size);
            qsizetype next = end;
            while (next < size && line.at(next).isSpace()) {
                ++next;
            }
            const bool isKey = closed && next < size && line.at(next) == u':';
            spans.append({ i, end - i, isKey ? JsonToken::Key : JsonToken::String });
            i = end;
        } else if (c.isDigit() || c == u'-') {
            qsizetype end = i + 1;
            while (end < size && isNumberChar(line.at(end))) {
                ++end;
            }
            spans.append({ i, end - i, JsonToken::Number });
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < size && line.at(end).isLetter()) {
                ++end;
            }
            const QStringView word = line.mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null") {
                spans.append({ i, end - i, JsonToken::Keyword });
            }
            i = end;
        } else {
            if (isPunctuation(c)) {
                spans.append({ i, 1, JsonToken::Punctuation });
            }
            ++i;
        }
    }
    return spans;
}

JsonFormats jsonFormats(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = isDark(base);

    // Light colours follow common light editor themes; dark ones keep contrast on a dark Base.
    const QColor key = dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x00, 0x45, 0x8b);
    const QColor string = dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15);
    const QColor number = dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58);
    const QColor keyword = dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xc8);

    JsonFormats formats;
    formats[static_cast<size_t>(JsonToken::Key)].setForeground(key);
    formats[static_cast<size_t>(JsonToken::String)].setForeground(string);
    formats[static_cast<size_t>(JsonToken::Number)].setForeground(number);
    formats[static_cast<size_t>(JsonToken::Keyword)].setForeground(keyword);
    formats[static_cast<size_t>(JsonToken::Keyword)].setFontWeight(QFont::Bold);
    formats[static_cast<size_t>(JsonToken::Punctuation)].setForeground(blend(text, base, 0.35));
    return formats;
}

} // namespace callpad
