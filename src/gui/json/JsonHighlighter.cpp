#include "gui/json/JsonHighlighter.h"

#include "gui/common/Palette.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace callpad {

JsonHighlighter::JsonHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    setObjectName(u"jsonHighlighter"_s);
    setPalette(QGuiApplication::palette());
}

JsonHighlighter::~JsonHighlighter() = default;

void JsonHighlighter::setPalette(const QPalette &palette)
{
    m_dark = isDark(palette.color(QPalette::Base));
    m_formats = jsonFormats(palette);
    if (document()) {
        rehighlight();
    }
}

QTextCharFormat JsonHighlighter::format(JsonToken token) const
{
    return formatOf(m_formats, token);
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
    for (const JsonTokenSpan &span : jsonTokens(text)) {
        setFormat(static_cast<int>(span.start), static_cast<int>(span.length), format(span.token));
    }
}

} // namespace callpad
