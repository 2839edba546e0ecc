#include "core/protocol/JsonBytes.h"

#include "core/protocol/JsonSyntaxCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>

#include <cstring>

namespace callpad {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// A strict, allocation-free walk over JSON bytes: each reader leaves m_pos just past what it read
// and returns false at the first byte that breaks the grammar. JsonSyntaxCheck does the same over
// UTF-16 with messages for people; this one only answers yes or no, at memory speed.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text) : m_data(text.data()), m_size(text.size()) { }

    qsizetype pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_size; }
    bool at(char c) const { return m_pos < m_size && m_data[m_pos] == c; }
    bool take(char c)
    {
        if (!at(c)) {
            return false;
        }
        ++m_pos;
        return true;
    }
    void skipWhitespace()
    {
        while (m_pos < m_size && isSpace(m_data[m_pos])) {
            ++m_pos;
        }
    }

    bool value(int depth)
    {
        if (depth > JsonSyntaxCheck::kMaxDepth || atEnd()) {
            return false;
        }
        switch (m_data[m_pos]) {
        case '{':
            return object(depth);
        case '[':
            return array(depth);
        case '"':
            return string();
        case 't':
            return word("true");
        case 'f':
            return word("false");
        case 'n':
            return word("null");
        default:
            return number();
        }
    }

    bool string()
    {
        if (!take('"')) {
            return false;
        }
        while (m_pos < m_size) {
            const auto c = static_cast<unsigned char>(m_data[m_pos++]);
            if (c == '"') {
                return true;
            }
            if (c < 0x20) {
                return false;
            }
            if (c == '\\' && !escape()) {
                return false;
            }
        }
        return false;
    }

private:
    bool escape()
    {
        if (atEnd()) {
            return false;
        }
        const char c = m_data[m_pos++];
        if (c != 'u') {
            return std::strchr("\"\\/bfnrt", c) != nullptr && c != '\0';
        }
        for (int i = 0; i < 4; ++i) {
            if (atEnd() || !isHexDigit(m_data[m_pos++])) {
                return false;
            }
        }
        return true;
    }

    bool digits()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_size && isDigit(m_data[m_pos])) {
            ++m_pos;
        }
        return m_pos > start;
    }

    bool number()
    {
        take('-');
        if (take('0')) {
            if (m_pos < m_size && isDigit(m_data[m_pos])) {
                return false; // no leading zeros
            }
        } else if (!digits()) {
            return false;
        }
        if (take('.') && !digits()) {
            return false;
        }
        if (take('e') || take('E')) {
            if (!take('+')) {
                take('-');
            }
            return digits();
        }
        return true;
    }

    bool word(QByteArrayView word)
    {
        if (QByteArrayView(m_data + m_pos, m_size - m_pos).startsWith(word)) {
            m_pos += word.size();
            return true;
        }
        return false;
    }

    bool array(int depth)
    {
        ++m_pos;
        skipWhitespace();
        if (take(']')) {
            return true;
        }
        while (true) {
            if (!value(depth + 1)) {
                return false;
            }
            skipWhitespace();
            if (take(']')) {
                return true;
            }
            if (!take(',')) {
                return false;
            }
            skipWhitespace();
        }
    }

    bool object(int depth)
    {
        ++m_pos;
        skipWhitespace();
        if (take('}')) {
            return true;
        }
        while (true) {
            if (!string()) {
                return false;
            }
            skipWhitespace();
            if (!take(':')) {
                return false;
            }
            skipWhitespace();
            if (!value(depth + 1)) {
                return false;
            }
            skipWhitespace();
            if (take('}')) {
                return true;
            }
            if (!take(',')) {
                return false;
            }
            skipWhitespace();
        }
    }

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
};

// reindentJson() runs twice over the text: first counting the bytes it will write, then writing
// them into a buffer of exactly that size, so a 40 MB result is never copied to grow.
struct CountingSink
{
    qsizetype size = 0;
    void put(char /*c*/) { ++size; }
    void write(const char * /*from*/, qsizetype length) { size += length; }
    void newLine(int depth) { size += 1 + qsizetype(depth) * 4; }
};

struct WritingSink
{
    char *out;
    void put(char c) { *out++ = c; }
    void write(const char *from, qsizetype length)
    {
        std::memcpy(out, from, size_t(length));
        out += length;
    }
    void newLine(int depth)
    {
        *out++ = '\n';
        std::memset(out, ' ', size_t(depth) * 4);
        out += qsizetype(depth) * 4;
    }
};

// `json` must be valid: strings are skipped by their quotes and escapes only.
template<typename Sink> void reindentInto(QByteArrayView json, Sink &out)
{
    const char *p = json.data();
    const char *const end = p + json.size();
    int depth = 0;
    while (p < end) {
        const char c = *p;
        if (c == '"') {
            const char *start = p++;
            while (*p != '"') {
                p += *p == '\\' ? 2 : 1;
            }
            ++p;
            out.write(start, p - start);
        } else if (isSpace(c)) {
            ++p;
        } else if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            const char *next = p + 1;
            while (next < end && isSpace(*next)) {
                ++next;
            }
            out.put(c);
            if (*next == close) {
                out.put(close);
                p = next + 1;
            } else {
                out.newLine(++depth);
                ++p;
            }
        } else if (c == '}' || c == ']') {
            out.newLine(--depth);
            out.put(c);
            ++p;
        } else if (c == ',') {
            out.put(',');
            out.newLine(depth);
            ++p;
        } else if (c == ':') {
            out.write(": ", 2);
            ++p;
        } else {
            // A number or a literal, as written.
            const char *start = p;
            while (p < end && !isSpace(*p) && *p != ',' && *p != '}' && *p != ']') {
                ++p;
            }
            out.write(start, p - start);
        }
    }
}

bool validObjectMembers(Scanner &scan, QLatin1StringView key, const QByteArray &text,
                        QList<QByteArrayView> *others, QByteArrayView *member)
{
    scan.skipWhitespace();
    if (!scan.take('{')) {
        return false;
    }
    scan.skipWhitespace();
    if (scan.take('}')) {
        return true;
    }
    while (true) {
        const qsizetype memberStart = scan.pos();
        if (!scan.string()) {
            return false;
        }
        const QByteArrayView quotedKey(text.constData() + memberStart, scan.pos() - memberStart);
        scan.skipWhitespace();
        if (!scan.take(':')) {
            return false;
        }
        scan.skipWhitespace();
        const qsizetype valueStart = scan.pos();
        if (!scan.value(1)) {
            return false;
        }
        const QByteArrayView rawKey = quotedKey.sliced(1, quotedKey.size() - 2);
        const bool matches = rawKey.contains('\\')
                ? parseJsonBytes(quotedKey).toString() == key
                : rawKey == QByteArrayView(key.data(), key.size());
        if (matches) {
            *member = QByteArrayView(text.constData() + valueStart, scan.pos() - valueStart);
        } else {
            others->append(
                    QByteArrayView(text.constData() + memberStart, scan.pos() - memberStart));
        }
        scan.skipWhitespace();
        if (scan.take('}')) {
            scan.skipWhitespace();
            return scan.atEnd();
        }
        if (!scan.take(',')) {
            return false;
        }
        scan.skipWhitespace();
    }
}

} // namespace

bool isValidJson(QByteArrayView text)
{
    Scanner scan(text);
    scan.skipWhitespace();
    if (!scan.value(0)) {
        return false;
    }
    scan.skipWhitespace();
    return scan.atEnd();
}

QJsonValue parseJsonBytes(QByteArrayView text)
{
    if (!isValidJson(text)) {
        return { QJsonValue::Undefined };
    }
    // Wrapped in [ ], so a scalar parses too (Qt 6.4 reads only objects and arrays).
    QByteArray wrapped;
    wrapped.reserve(text.size() + 2);
    wrapped.append('[').append(text).append(']');
    const QJsonArray array = QJsonDocument::fromJson(wrapped).array();
    return array.size() == 1 ? array.first() : QJsonValue(QJsonValue::Undefined);
}

QByteArray reindentJson(QByteArrayView text)
{
    if (!isValidJson(text)) {
        return text.toByteArray();
    }
    CountingSink counter;
    reindentInto(text, counter);
    QByteArray out(counter.size, Qt::Uninitialized);
    WritingSink writer { out.data() };
    reindentInto(text, writer);
    return out;
}

std::optional<JsonMemberSplit> splitJsonMember(const QByteArray &objectText, QLatin1StringView key)
{
    Scanner scan(objectText);
    QList<QByteArrayView> others;
    QByteArrayView member;
    if (!validObjectMembers(scan, key, objectText, &others, &member)) {
        return std::nullopt;
    }
    JsonMemberSplit split;
    if (member.isNull()) {
        split.rest = QJsonDocument::fromJson(objectText).object();
        return split;
    }
    QByteArray rest;
    rest.reserve(objectText.size() - member.size() + 2);
    rest.append('{');
    for (qsizetype i = 0; i < others.size(); ++i) {
        if (i > 0) {
            rest.append(',');
        }
        rest.append(others.at(i));
    }
    rest.append('}');
    split.rest = QJsonDocument::fromJson(rest).object();
    split.member = member.toByteArray();
    return split;
}

} // namespace callpad
