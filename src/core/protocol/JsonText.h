#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace callpad {

// The outcome of reading JSON text typed by a person. On failure `offset` is the index into the
// text (UTF-16 units) of the character at fault, and line/column are 1-based, so an editor can put
// the cursor there.
struct JsonTextResult
{
    QJsonValue value { QJsonValue::Undefined }; // Undefined unless ok
    bool ok = false;
    QString error; // translated, e.g. "Trailing comma before ']'"
    int offset = -1;
    int line = 0;
    int column = 0;
    bool empty = false; // the text was empty or whitespace only (also reported as an error)
};

// Parses any JSON value, scalars included (Qt 6.4's QJsonDocument only takes objects and arrays at
// the top level). Stricter than QJsonDocument: "1." or "\q" or a raw line break in a string are
// errors, as they are for the API, and the error points at the exact character.
JsonTextResult parseJsonText(QStringView text);

// Any JSON value as text: "\"hi\"", "3", "null", objects and arrays compact or indented by four
// spaces. An Undefined value (nothing) gives an empty string.
QString toJsonText(const QJsonValue &value, bool indented);
// The same as UTF-8, with no UTF-16 copy on the way: what a big payload's text is made of.
QByteArray toJsonUtf8(const QJsonValue &value, bool indented);

// The "Format" / "Compact" action: the text re-serialized, or an empty string with *error filled
// when the text is not valid JSON.
QString formatJsonText(QStringView text, bool indented, JsonTextResult *error);

} // namespace callpad
