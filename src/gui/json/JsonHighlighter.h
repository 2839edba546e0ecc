#pragma once

#include "gui/json/JsonSyntax.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QPalette;

namespace callpad {

// Colours the JSON tokens of an editor's document line by line (jsonTokens()); the read-only
// TextView colours the same tokens with the same formats.
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonHighlighter)

public:
    // Documents larger than this many characters are left plain: colouring a multi-MB
    // response costs seconds and tells the reader nothing.
    static constexpr int DefaultSizeLimit = 1 << 20;

    explicit JsonHighlighter(QTextDocument *document);
    ~JsonHighlighter() override;

    // Picks light- or dark-theme colours from the lightness of the palette's Base role.
    void setPalette(const QPalette &palette);
    [[nodiscard]] bool isDarkPalette() const { return m_dark; }

    [[nodiscard]] QTextCharFormat format(JsonToken token) const;

    // When inactive (plain-string editing) no block is coloured.
    void setActive(bool active);
    [[nodiscard]] bool isActive() const { return m_active; }

    void setSizeLimit(int characters);
    [[nodiscard]] int sizeLimit() const { return m_sizeLimit; }
    // True when the document is too large to colour, or highlighting is switched off.
    [[nodiscard]] bool isSuspended() const;

protected:
    void highlightBlock(const QString &text) override;

private:
    JsonFormats m_formats;
    int m_sizeLimit = DefaultSizeLimit;
    bool m_dark = false;
    bool m_active = true;
};

} // namespace callpad
