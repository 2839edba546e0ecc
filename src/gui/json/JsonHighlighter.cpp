#include "gui/json/JsonHighlighter.h"

#include "gui/common/Palette.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>

using namespace Qt::StringLiterals;

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
qsizetype stringEnd(const QString &text, qsizetype start, bool *closed)
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

JsonHighlighter::JsonHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    setObjectName(u"jsonHighlighter"_s);
    setPalette(QGuiApplication::palette());
}

JsonHighlighter::~JsonHighlighter() = default;

void JsonHighlighter::setPalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    m_dark = isDark(base);

    // Light colours follow common light editor themes; dark ones keep contrast on a dark Base.
    const QColor key = m_dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x00, 0x45, 0x8b);
    const QColor string = m_dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15);
    const QColor number = m_dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58);
    const QColor keyword = m_dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xc8);

    for (QTextCharFormat &f : m_formats) {
        f = QTextCharFormat();
    }
    m_formats[static_cast<int>(Token::Key)].setForeground(key);
    m_formats[static_cast<int>(Token::String)].setForeground(string);
    m_formats[static_cast<int>(Token::Number)].setForeground(number);
    m_formats[static_cast<int>(Token::Keyword)].setForeground(keyword);
    m_formats[static_cast<int>(Token::Keyword)].setFontWeight(QFont::Bold);
    m_formats[static_cast<int>(Token::Punctuation)].setForeground(blend(text, base, 0.35));

    if (document()) {
        rehighlight();
    }
}

QTextCharFormat JsonHighlighter::format(Token token) const
{
    return m_formats[static_cast<int>(token)];
}

void JsonHighlighter::setActive(bool active)
{
    if (m_active == active) {
        return;
    }
    m_active = active;
    if (document()) {
        rehighlight();
    }
}

void JsonHighlighter::setSizeLimit(int characters)
{
    m_sizeLimit = characters;
}

bool JsonHighlighter::isSuspended() const
{
    return !m_active || (document() != nullptr && document()->characterCount() > m_sizeLimit);
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    if (isSuspended()) {
        return;
    }
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = text.at(i);
        if (c == u'"') {
            bool closed = false;
            const qsizetype end = stringEnd(text, i, &closed);
            qsizetype next = end;
            while (next < size && text.at(next).isSpace()) {
                ++next;
            }
            const bool isKey = closed && next < size && text.at(next) == u':';
            setFormat(static_cast<int>(i), static_cast<int>(end - i),
                      format(isKey ? Token::Key : Token::String));
            i = end;
        } else if (c.isDigit() || c == u'-') {
            qsizetype end = i + 1;
            while (end < size && isNumberChar(text.at(end))) {
                ++end;
            }
            setFormat(static_cast<int>(i), static_cast<int>(end - i), format(Token::Number));
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < size && text.at(end).isLetter()) {
                ++end;
            }
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null") {
                setFormat(static_cast<int>(i), static_cast<int>(end - i), format(Token::Keyword));
            }
            i = end;
        } else {
            if (isPunctuation(c)) {
                setFormat(static_cast<int>(i), 1, format(Token::Punctuation));
            }
            ++i;
        }
    }
}

} // namespace callpad
