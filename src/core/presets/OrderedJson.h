#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace callpad {

struct OrderedJsonMember;

// A JSON value that keeps what QJsonValue loses: the order of an object's keys (repeated keys
// too) and each number exactly as written, so 12345678901234567890 and 1.50 survive. Preset files
// are read and written through it: a hand-edited input keeps its key order, and the file's own
// key order is fixed by the writer instead of sorted.
class OrderedJson final
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };

    OrderedJson() = default; // null
    static OrderedJson boolean(bool value);
    static OrderedJson number(QString literal); // a valid JSON number literal, kept verbatim
    static OrderedJson number(qint64 value);
    static OrderedJson string(QString value);
    static OrderedJson array();
    static OrderedJson object();

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool toBool() const { return m_bool; }
    const QString &text() const { return m_text; } // a string's value or a number's literal
    const std::vector<OrderedJson> &items() const { return m_items; }
    std::vector<OrderedJson> &items() { return m_items; }
    const std::vector<OrderedJsonMember> &members() const { return m_members; }
    std::vector<OrderedJsonMember> &members() { return m_members; }

    // The last member of that name (as QJsonDocument would keep), nullptr when there is none.
    const OrderedJson *value(QStringView key) const;
    void append(OrderedJson item);
    void insert(QString key, OrderedJson value); // appends; the caller keeps keys unique

    // Pretty text with `indent` spaces per level, or compact text when `indent` is 0. Nested lines
    // are indented as if the value started at `level`; the first line never is, so the text can
    // follow a key. Non-ASCII characters are written as they are, not escaped.
    QString toText(int indent, int level = 0) const;

    friend bool operator==(const OrderedJson &a, const OrderedJson &b);

private:
    void write(QString *out, int indent, int level) const;

    Type m_type = Type::Null;
    bool m_bool = false;
    QString m_text;
    std::vector<OrderedJson> m_items;
    std::vector<OrderedJsonMember> m_members;
};

struct OrderedJsonMember
{
    QString key;
    OrderedJson value;

    friend bool operator==(const OrderedJsonMember &, const OrderedJsonMember &) = default;
};

struct OrderedJsonParse
{
    std::optional<OrderedJson> value; // set only on success
    QString error; // translated, from the same strict check the editors use
    int line = 0; // 1-based position of the character at fault
    int column = 0;
};

// Strict RFC 8259 (a leading byte order mark is skipped), with the JSON editors' error messages.
OrderedJsonParse parseOrderedJson(QStringView text);

} // namespace callpad
