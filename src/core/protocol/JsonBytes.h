#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>

#include <optional>

namespace callpad {

// JSON text handled as UTF-8 bytes, without building a tree. Parsed by Qt, a 20 MB payload takes
// about seven times its size and a third of a second; these read the text as it came, once.

// True when `text` is exactly one JSON value (RFC 8259, whitespace around it allowed), nested no
// deeper than JsonSyntaxCheck::kMaxDepth. As strict as the API: no comments, no trailing commas.
bool isValidJson(QByteArrayView text);

// The value of a valid JSON text; Undefined when the text is not valid. Any value, scalars too.
QJsonValue parseJsonBytes(QByteArrayView text);

// A valid JSON text indented by four spaces, strings and numbers exactly as written, object
// members in their order; "{}" and "[]" stay on one line. Text that is not valid JSON comes back
// as it is.
QByteArray reindentJson(QByteArrayView text);

// A JSON object read with one of its top-level members left as text: the member's value as it
// was written (trimmed), and the other members parsed. How a response's 20 MB `json_payload`
// reaches the panes without ever being a tree.
struct JsonMemberSplit
{
    QJsonObject rest; // every other member
    QByteArray member; // the member's value as text; empty when the object has no such member
};

// nullopt when `objectText` is not a valid JSON object. A key written more than once counts as
// written last, as with QJsonDocument.
std::optional<JsonMemberSplit> splitJsonMember(const QByteArray &objectText, QLatin1StringView key);

} // namespace callpad
