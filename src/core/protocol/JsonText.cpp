#include "core/protocol/JsonText.h"

#include "core/protocol/JsonSyntaxCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

// The translation context of the JSON text helpers.
struct JsonText
{
    Q_DECLARE_TR_FUNCTIONS(callpad::JsonText)
};

void locate(QStringView text, qsizetype offset, JsonTextResult *result)
{
    offset = qBound(qsizetype(0), offset, text.size());
    const QStringView before = text.first(offset);
    const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
    result->offset = int(offset);
    result->line = int(before.count(u'\n')) + 1;
    result->column = int(offset - lineStart) + 1;
}

} // namespace

JsonTextResult parseJsonText(QStringView text)
{
    JsonTextResult result;
    JsonSyntaxCheck syntax(text);
    if (!syntax.check()) {
        result.error = syntax.errorMessage();
        result.empty = syntax.isEmpty();
        locate(text, syntax.errorOffset(), &result);
        return result;
    }
    if (text.startsWith(QChar(0xFEFF))) {
        text = text.sliced(1);
    }
    // Wrapping in [ ] lets QJsonDocument read a top-level scalar; the syntax check above already
    // vouched for the text, so the offsets of the wrapper never reach the user.
    const QByteArray wrapped = QByteArray("[") + text.toUtf8() + QByteArray("]");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()
        || document.array().size() != 1) {
        result.error = JsonText::tr("Invalid JSON: %1").arg(parseError.errorString());
        locate(text, 0, &result);
        return result;
    }
    result.value = document.array().first();
    result.ok = true;
    return result;
}

QByteArray toJsonUtf8(const QJsonValue &value, bool indented)
{
    if (value.isUndefined()) {
        return {};
    }
    if (!value.isObject() && !value.isArray()) {
        const QByteArray wrapped
                = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
        return wrapped.sliced(1, wrapped.size() - 2);
    }
    const QJsonDocument document
            = value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray());
    QByteArray text = document.toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
    if (!indented) {
        return text;
    }
    // Qt writes an empty container over two lines ("[\n    ]"); written "[]" here. A raw line
    // break never occurs inside a JSON string, so the pattern only ever matches structure.
    qsizetype out = 0;
    const qsizetype size = text.size();
    char *data = text.data();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        data[out++] = c;
        if ((c == '[' || c == '{') && i + 1 < size && data[i + 1] == '\n') {
            qsizetype k = i + 2;
            while (k < size && data[k] == ' ') {
                ++k;
            }
            if (k < size && data[k] == (c == '[' ? ']' : '}')) {
                data[out++] = data[k];
                i = k;
            }
        }
    }
    text.truncate(out);
    while (text.endsWith('\n')) {
        text.chop(1);
    }
    return text;
}

QString toJsonText(const QJsonValue &value, bool indented)
{
    return QString::fromUtf8(toJsonUtf8(value, indented));
}

QString formatJsonText(QStringView text, bool indented, JsonTextResult *error)
{
    JsonTextResult parsed = parseJsonText(text);
    if (!parsed.ok) {
        if (error) {
            *error = std::move(parsed);
        }
        return {};
    }
    return toJsonText(parsed.value, indented);
}

} // namespace callpad
