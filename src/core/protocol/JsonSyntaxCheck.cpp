#include "core/protocol/JsonSyntaxCheck.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

bool isJsonWhitespace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isHexDigit(QChar c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isWordChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || isDigit(c) || c == u'_';
}

bool startsValue(QChar c)
{
    return c == u'{' || c == u'[' || c == u'"' || c == u'-' || isDigit(c) || isWordChar(c);
}

// Invisible characters are named by code point so the message is never blank.
QString describe(QChar c)
{
    if (c.isPrint() && !c.isSpace()) {
        return u"'"_s + c + u"'"_s;
    }
    return u"U+%1"_s.arg(c.unicode(), 4, 16, QChar(u'0')).toUpper();
}

} // namespace

JsonSyntaxCheck::JsonSyntaxCheck(QStringView text) : m_text(text) { }

bool JsonSyntaxCheck::check()
{
    m_pos = 0;
    if (!atEnd() && current() == QChar(0xFEFF)) {
        ++m_pos; // a byte order mark from a file is not content
    }
    skipWhitespace();
    if (atEnd()) {
        m_empty = true;
        return fail(m_pos, tr("The text is empty"));
    }
    if (!value(0)) {
        return false;
    }
    skipWhitespace();
    if (!atEnd()) {
        return fail(m_pos, tr("Unexpected text after the JSON value"));
    }
    return true;
}

bool JsonSyntaxCheck::fail(qsizetype offset, const QString &message)
{
    m_errorOffset = offset;
    m_errorMessage = message;
    return false;
}

void JsonSyntaxCheck::skipWhitespace()
{
    while (!atEnd() && isJsonWhitespace(current())) {
        ++m_pos;
    }
}

bool JsonSyntaxCheck::unexpected(const QString &expected)
{
    if (atEnd()) {
        return fail(m_pos, tr("Unexpected end of text: %1").arg(expected));
    }
    return fail(m_pos, tr("%1, found %2").arg(expected, describe(current())));
}

bool JsonSyntaxCheck::value(int depth)
{
    if (depth > kMaxDepth) {
        return fail(m_pos, tr("Nested too deeply (more than %1 levels)").arg(kMaxDepth));
    }
    if (atEnd()) {
        return unexpected(tr("expected a value"));
    }
    const QChar c = current();
    if (c == u'{') {
        return object(depth);
    }
    if (c == u'[') {
        return array(depth);
    }
    if (c == u'"') {
        return string();
    }
    if (c == u'-' || isDigit(c)) {
        return number();
    }
    if (isWordChar(c)) {
        return word();
    }
    if (c == u'\'') {
        return fail(m_pos, tr("Strings must be in double quotes"));
    }
    if (c == u'/' && m_pos + 1 < m_text.size()
        && (m_text.at(m_pos + 1) == u'/' || m_text.at(m_pos + 1) == u'*')) {
        return fail(m_pos, tr("Comments are not allowed in JSON"));
    }
    return unexpected(tr("Expected a value"));
}

bool JsonSyntaxCheck::array(int depth)
{
    ++m_pos;
    skipWhitespace();
    if (!atEnd() && current() == u']') {
        ++m_pos;
        return true;
    }
    while (true) {
        if (!value(depth + 1)) {
            return false;
        }
        skipWhitespace();
        if (atEnd()) {
            return unexpected(tr("missing ']'"));
        }
        if (current() == u']') {
            ++m_pos;
            return true;
        }
        if (current() != u',') {
            if (startsValue(current())) {
                return fail(m_pos, tr("Missing ',' before this value"));
            }
            return unexpected(tr("Expected ',' or ']'"));
        }
        const qsizetype comma = m_pos;
        ++m_pos;
        skipWhitespace();
        if (!atEnd() && current() == u']') {
            return fail(comma, tr("Trailing comma before ']'"));
        }
    }
}

bool JsonSyntaxCheck::object(int depth)
{
    ++m_pos;
    skipWhitespace();
    if (!atEnd() && current() == u'}') {
        ++m_pos;
        return true;
    }
    while (true) {
        if (atEnd()) {
            return unexpected(tr("missing '}'"));
        }
        if (current() != u'"') {
            if (current() == u'\'' || isWordChar(current())) {
                return fail(m_pos, tr("Object keys must be in double quotes"));
            }
            return unexpected(tr("Expected a key in double quotes"));
        }
        if (!string()) {
            return false;
        }
        skipWhitespace();
        if (atEnd() || current() != u':') {
            return atEnd() ? unexpected(tr("expected ':'"))
                           : fail(m_pos, tr("Missing ':' after the key"));
        }
        ++m_pos;
        skipWhitespace();
        if (!value(depth + 1)) {
            return false;
        }
        skipWhitespace();
        if (atEnd()) {
            return unexpected(tr("missing '}'"));
        }
        if (current() == u'}') {
            ++m_pos;
            return true;
        }
        if (current() != u',') {
            if (current() == u'"') {
                return fail(m_pos, tr("Missing ',' before this key"));
            }
            return unexpected(tr("Expected ',' or '}'"));
        }
        const qsizetype comma = m_pos;
        ++m_pos;
        skipWhitespace();
        if (!atEnd() && current() == u'}') {
            return fail(comma, tr("Trailing comma before '}'"));
        }
    }
}

bool JsonSyntaxCheck::string()
{
    const qsizetype start = m_pos;
    ++m_pos;
    while (!atEnd()) {
        const QChar c = current();
        if (c == u'"') {
            ++m_pos;
            return true;
        }
        if (c == u'\n' || c == u'\r') {
            return fail(m_pos, tr("Line break inside a string (write it as \\n)"));
        }
        if (c.unicode() < 0x20) {
            return fail(m_pos, tr("Control character %1 inside a string").arg(describe(c)));
        }
        if (c == u'\\') {
            const qsizetype escape = m_pos;
            ++m_pos;
            if (atEnd()) {
                break;
            }
            const QChar e = current();
            if (e == u'u') {
                for (qsizetype i = 1; i <= 4; ++i) {
                    if (m_pos + i >= m_text.size() || !isHexDigit(m_text.at(m_pos + i))) {
                        return fail(escape, tr("Invalid \\u escape: expected four hex digits"));
                    }
                }
                m_pos += 5;
                continue;
            }
            if (!QStringView(u"\"\\/bfnrt").contains(e)) {
                return fail(escape, tr("Invalid escape sequence \\%1").arg(e));
            }
        }
        ++m_pos;
    }
    return fail(start, tr("Unterminated string"));
}

bool JsonSyntaxCheck::number()
{
    const qsizetype start = m_pos;
    if (current() == u'-') {
        ++m_pos;
    }
    if (atEnd() || !isDigit(current())) {
        return fail(start, tr("Invalid number"));
    }
    if (current() == u'0') {
        ++m_pos;
        if (!atEnd() && isDigit(current())) {
            return fail(start, tr("Invalid number: leading zeros are not allowed"));
        }
    }
    while (!atEnd() && isDigit(current())) {
        ++m_pos;
    }
    if (!atEnd() && current() == u'.') {
        ++m_pos;
        if (atEnd() || !isDigit(current())) {
            return fail(m_pos, tr("Invalid number: expected a digit after '.'"));
        }
        while (!atEnd() && isDigit(current())) {
            ++m_pos;
        }
    }
    if (!atEnd() && (current() == u'e' || current() == u'E')) {
        ++m_pos;
        if (!atEnd() && (current() == u'+' || current() == u'-')) {
            ++m_pos;
        }
        if (atEnd() || !isDigit(current())) {
            return fail(m_pos, tr("Invalid number: expected a digit in the exponent"));
        }
        while (!atEnd() && isDigit(current())) {
            ++m_pos;
        }
    }
    // QJsonDocument refuses what a double cannot hold (1e999, 1e-999); say so here, precisely.
    bool ok = false;
    QLocale::c().toDouble(m_text.sliced(start, m_pos - start), &ok);
    if (!ok) {
        return fail(start, tr("Number out of range"));
    }
    return true;
}

bool JsonSyntaxCheck::word()
{
    const qsizetype start = m_pos;
    while (!atEnd() && isWordChar(current())) {
        ++m_pos;
    }
    const QStringView w = m_text.sliced(start, m_pos - start);
    if (w == u"true" || w == u"false" || w == u"null") {
        return true;
    }
    const QString quoted = w.toString();
    if (w.compare(u"true", Qt::CaseInsensitive) == 0
        || w.compare(u"false", Qt::CaseInsensitive) == 0) {
        return fail(start,
                    tr("Unknown word \"%1\": JSON writes true and false in lowercase").arg(quoted));
    }
    if (w.compare(u"null", Qt::CaseInsensitive) == 0 || w == u"None" || w == u"nil"
        || w == u"undefined") {
        return fail(start, tr("Unknown word \"%1\": JSON writes null").arg(quoted));
    }
    if (w == u"NaN" || w == u"Infinity") {
        return fail(start, tr("\"%1\" is not allowed: JSON has no NaN or Infinity").arg(quoted));
    }
    if (quoted.size() > 40) {
        return fail(start, tr("Unknown word: text must be in double quotes"));
    }
    return fail(start, tr("Unknown word \"%1\": text must be in double quotes").arg(quoted));
}

} // namespace callpad
