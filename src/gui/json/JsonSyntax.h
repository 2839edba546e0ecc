#pragma once

#include <QList>
#include <QStringView>
#include <QTextCharFormat>

#include <array>

class QPalette;

namespace callpad {

// JSON colouring shared by the editors' highlighter and the read-only text view: which tokens a
// line holds, and the formats they are drawn in. JSON strings cannot span lines, so a line is
// tokenized on its own, with no state carried from the line before.
enum class JsonToken { Key, String, Number, Keyword, Punctuation };

struct JsonTokenSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    JsonToken token = JsonToken::Punctuation;
};

// The coloured spans of one line of JSON text, in order; what is not listed (white space, stray
// characters) stays in the plain text format.
QList<JsonTokenSpan> jsonTokens(QStringView line);

using JsonFormats = std::array<QTextCharFormat, 5>;
// Light- or dark-theme colours, picked from the lightness of the palette's Base role.
JsonFormats jsonFormats(const QPalette &palette);

inline const QTextCharFormat &formatOf(const JsonFormats &formats, JsonToken token)
{
    return formats[static_cast<size_t>(token)];
}

} // namespace callpad
