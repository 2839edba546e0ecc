#include "core/presets/OrderedJson.h"

#include "core/protocol/JsonSyntaxCheck.h"

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

// Builds the tree from text JsonSyntaxCheck has already accepted, so it never meets an error and
// its recursion is bounded by JsonSyntaxCheck::kMaxDepth.
class TreeBuilder
{
public:
    explicit TreeBuilder(QStringView text) : m_text(text)
    {
        if (!m_text.isEmpty() && m_text.front() == QChar(0xFEFF)) {
            m_pos = 1;
        }
    }

    OrderedJson value()
    {
        skipWhitespace();
        const QChar c = m_text.at(m_pos);
        if (c == u'{') {
            return object();
        }
        if (c == u'[') {
            return array();
        }
        if (c == u'"') {
            return OrderedJson::string(string());
        }
        if (c == u't' || c == u'f' || c == u'n') {
            const bool isTrue = c == u't';
            m_pos += c == u'f' ? 5 : 4;
            return c == u'n' ? OrderedJson() : OrderedJson::boolean(isTrue);
        }
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && isNumberChar(m_text.at(m_pos))) {
            ++m_pos;
        }
        return OrderedJson::number(m_text.sliced(start, m_pos - start).toString());
    }

private:
    static bool isNumberChar(QChar c)
    {
        return (c >= u'0' && c <= u'9') || c == u'-' || c == u'+' || c == u'.' || c == u'e'
                || c == u'E';
    }

    void skipWhitespace()
    {
        while (m_pos < m_text.size()
               && (m_text.at(m_pos) == u' ' || m_text.at(m_pos) == u'\t'
                   || m_text.at(m_pos) == u'\n' || m_text.at(m_pos) == u'\r')) {
            ++m_pos;
        }
    }

    OrderedJson object()
    {
        OrderedJson result = OrderedJson::object();
        ++m_pos; // {
        skipWhitespace();
        if (m_text.at(m_pos) == u'}') {
            ++m_pos;
            return result;
        }
        for (;;) {
            skipWhitespace();
            QString key = string();
            skipWhitespace();
            ++m_pos; // :
            result.insert(std::move(key), value());
            skipWhitespace();
            if (m_text.at(m_pos++) == u'}') {
                return result;
            }
        }
    }

    OrderedJson array()
    {
        OrderedJson result = OrderedJson::array();
        ++m_pos; // [
        skipWhitespace();
        if (m_text.at(m_pos) == u']') {
            ++m_pos;
            return result;
        }
        for (;;) {
            result.append(value());
            skipWhitespace();
            if (m_text.at(m_pos++) == u']') {
                return result;
            }
        }
    }

    QString string()
    {
        QString out;
        ++m_pos; // opening quote
        for (;;) {
            const QChar c = m_text.at(m_pos++);
            if (c == u'"') {
                return out;
            }
            if (c != u'\\') {
                out.append(c);
                continue;
            }
            const QChar e = m_text.at(m_pos++);
            switch (e.unicode()) {
            case u'b':
                out.append(u'\b');
                break;
            case u'f':
                out.append(u'\f');
                break;
            case u'n':
                out.append(u'\n');
                break;
            case u'r':
                out.append(u'\r');
                break;
            case u't':
                out.append(u'\t');
                break;
            case u'u':
                // Surrogate pairs written as two escapes combine by themselves in UTF-16.
                out.append(QChar(char16_t(m_text.sliced(m_pos, 4).toUShort(nullptr, 16))));
                m_pos += 4;
                break;
            default: // " \ /
                out.append(e);
                break;
            }
        }
    }

    QStringView m_text;
    qsizetype m_pos = 0;
};

void writeString(QString *out, const QString &text)
{
    out->append(u'"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out->append(u'\\');
            out->append(c);
        } else if (u == u'\n') {
            out->append(u"\\n");
        } else if (u == u'\t') {
            out->append(u"\\t");
        } else if (u == u'\r') {
            out->append(u"\\r");
        } else if (u == u'\b') {
            out->append(u"\\b");
        } else if (u == u'\f') {
            out->append(u"\\f");
        } else if (u < 0x20) { // NOLINT(bugprone-branch-clone): the surrogate tests must come after
            out->append(u"\\u%1"_s.arg(uint(u), 4, 16, QChar(u'0')));
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out->append(c);
            out->append(text.at(++i));
        } else if (c.isSurrogate()) {
            // A lone surrogate has no UTF-8 form; escaped, it survives the round trip.
            out->append(u"\\u%1"_s.arg(uint(u), 4, 16, QChar(u'0')));
        } else {
            out->append(c);
        }
    }
    out->append(u'"');
}

void newLine(QString *out, int indent, int level)
{
    out->append(u'\n');
    out->append(QString(qsizetype(indent) * level, u' '));
}

void locate(QStringView text, qsizetype offset, OrderedJsonParse *result)
{
    offset = qBound(qsizetype(0), offset, text.size());
    const QStringView before = text.first(offset);
    result->line = int(before.count(u'\n')) + 1;
    result->column = int(offset - (before.lastIndexOf(u'\n') + 1)) + 1;
}

} // namespace

OrderedJson OrderedJson::boolean(bool value)
{
    OrderedJson json;
    json.m_type = Type::Bool;
    json.m_bool = value;
    return json;
}

OrderedJson OrderedJson::number(QString literal)
{
    OrderedJson json;
    json.m_type = Type::Number;
    json.m_text = std::move(literal);
    return json;
}

OrderedJson OrderedJson::number(qint64 value)
{
    return number(QString::number(value));
}

OrderedJson OrderedJson::string(QString value)
{
    OrderedJson json;
    json.m_type = Type::String;
    json.m_text = std::move(value);
    return json;
}

OrderedJson OrderedJson::array()
{
    OrderedJson json;
    json.m_type = Type::Array;
    return json;
}

OrderedJson OrderedJson::object()
{
    OrderedJson json;
    json.m_type = Type::Object;
    return json;
}

const OrderedJson *OrderedJson::value(QStringView key) const
{
    // The last of duplicate keys wins. (A reverse range needs <ranges>, which clang 14 cannot
    // compile with libstdc++ 12.)
    // NOLINTNEXTLINE(modernize-loop-convert)
    for (auto it = m_members.crbegin(); it != m_members.crend(); ++it) {
        if (it->key == key) {
            return &it->value;
        }
    }
    return nullptr;
}

void OrderedJson::append(OrderedJson item)
{
    m_items.push_back(std::move(item));
}

void OrderedJson::insert(QString key, OrderedJson value)
{
    m_members.push_back(OrderedJsonMember { std::move(key), std::move(value) });
}

QString OrderedJson::toText(int indent, int level) const
{
    QString out;
    write(&out, qMax(indent, 0), level);
    return out;
}

void OrderedJson::write(QString *out, int indent, int level) const
{
    switch (m_type) {
    case Type::Null:
        out->append(u"null");
        return;
    case Type::Bool:
        out->append(m_bool ? u"true"_s : u"false"_s);
        return;
    case Type::Number:
        out->append(m_text);
        return;
    case Type::String:
        writeString(out, m_text);
        return;
    case Type::Array:
    case Type::Object:
        break;
    }
    const bool isArr = m_type == Type::Array;
    const size_t count = isArr ? m_items.size() : m_members.size();
    out->append(isArr ? u'[' : u'{');
    for (size_t i = 0; i < count; ++i) {
        if (i > 0) {
            out->append(u',');
        }
        if (indent > 0) {
            newLine(out, indent, level + 1);
        }
        if (isArr) {
            m_items[i].write(out, indent, level + 1);
        } else {
            writeString(out, m_members[i].key);
            out->append(indent > 0 ? u": "_s : u":"_s);
            m_members[i].value.write(out, indent, level + 1);
        }
    }
    if (indent > 0 && count > 0) {
        newLine(out, indent, level);
    }
    out->append(isArr ? u']' : u'}');
}

bool operator==(const OrderedJson &a, const OrderedJson &b)
{
    return a.m_type == b.m_type && a.m_bool == b.m_bool && a.m_text == b.m_text
            && a.m_items == b.m_items && a.m_members == b.m_members;
}

OrderedJsonParse parseOrderedJson(QStringView text)
{
    OrderedJsonParse result;
    JsonSyntaxCheck syntax(text);
    if (!syntax.check()) {
        result.error = syntax.errorMessage();
        locate(text, syntax.errorOffset(), &result);
        return result;
    }
    result.value = TreeBuilder(text).value();
    return result;
}

} // namespace callpad
