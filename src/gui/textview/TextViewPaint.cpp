// TextView's painting: each row on screen laid out once (cached), with its matches, selection,
// caret and gutter. The class is split over three files, each one concern: the text and its
// geometry (TextView.cpp), painting (this one), keyboard and mouse (TextViewInput.cpp).
#include "gui/textview/TextView.h"

#include "gui/textview/TextFinder.h"

#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace callpad {

quint64 TextView::layoutKey(const TextRows::Row &row)
{
    return (quint64(quint32(row.line)) << 32) | quint32(row.chunk);
}

QTextLayout *TextView::layoutFor(const TextRows::Row &row)
{
    const quint64 key = layoutKey(row);
    if (QTextLayout *cached = m_layouts.object(key)) {
        return cached;
    }
    const qint32 rowWidth = m_rows.columns();
    const qint32 width = m_lines->width(row.line);
    const qint32 from = row.chunk * rowWidth;
    auto *layout = new QTextLayout(m_lines->text(row.line, from, rowWidth), font());
    if (m_syntax == Syntax::Json && width <= HighlightColumns) {
        // Tokens come from the whole line, so a string cut by a row end keeps its colour.
        const QString line = width <= rowWidth ? layout->text() : m_lines->lineText(row.line);
        const qint32 offset = width <= rowWidth ? 0 : from;
        QList<QTextLayout::FormatRange> ranges;
        for (const JsonTokenSpan &span : jsonTokens(line)) {
            const qsizetype start = std::max<qsizetype>(span.start - offset, 0);
            const qsizetype end
                    = std::min<qsizetype>(span.start + span.length - offset, layout->text().size());
            if (end > start) {
                ranges.append({ int(start), int(end - start), formatOf(m_formats, span.token) });
            }
        }
        layout->setFormats(ranges);
    }
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    QTextLine line = layout->createLine();
    if (line.isValid()) {
        line.setLineWidth(qreal(rowWidth + 2) * m_charWidth * 4);
    }
    layout->endLayout();
    // The cache owns it from here on (a cost of 1 always fits, so it is kept).
    m_layouts.insert(key, layout);
    return m_layouts.object(key);
}

void TextView::paintEvent(QPaintEvent * /*event*/)
{
    QPainter painter(viewport());
    const QPalette pal = palette();
    painter.fillRect(viewport()->rect(), pal.color(QPalette::Base));
    m_paintedRows = 0;

    if (m_indexingBytes > 0 || (m_lines->isEmpty() && !m_placeholder.isEmpty())) {
        const QString note = m_indexingBytes > 0
                ? tr("Preparing %1 of text…").arg(QLocale().formattedDataSize(m_indexingBytes))
                : m_placeholder;
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(textLeft(), Margin, -Margin, -Margin),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, note);
        return;
    }

    const qint64 first = verticalScrollBar()->value();
    const qint64 last = std::min(m_rows.rowCount(), first + visibleRows() + 1);
    for (qint64 row = first; row < last; ++row) {
        drawRow(painter, row, int(row - first) * m_lineHeight);
        ++m_paintedRows;
    }
}

void TextView::drawRow(QPainter &painter, qint64 rowIndex, int y)
{
    const TextRows::Row row = m_rows.rowAt(rowIndex);
    const QPalette pal = palette();
    const qint32 columns = m_rows.columns();
    const qint32 from = row.chunk * columns;
    const qint32 to = std::min(from + columns, m_lines->width(row.line));
    QTextLayout *layout = layoutFor(row);
    const QTextLine line = layout->lineAt(0);
    const qreal left = textLeft() - horizontalScrollBar()->value();
    const auto xAt = [&](qint32 column) {
        return left + line.cursorToX(std::clamp(column - from, 0, qint32(layout->text().size())));
    };

    painter.save();
    painter.setClipRect(QRect(textLeft(), y, viewport()->width() - textLeft(), m_lineHeight));
    // Matches on this row, then the selection over them.
    const std::vector<TextMatch> &matches = m_finder->matches();
    const QColor matchColour = QColor(255, 200, 0, 110);
    for (auto match = m_finder->firstOnLine(row.line, from);
         match != matches.end() && match->pos.line == row.line && match->pos.column < to; ++match) {
        const qreal x1 = xAt(match->pos.column);
        const qreal x2 = xAt(match->pos.column + match->length);
        const bool current = m_currentMatch == std::distance(matches.begin(), match);
        painter.fillRect(QRectF(x1, y, std::max<qreal>(x2 - x1, 2), m_lineHeight),
                         current ? QColor(255, 150, 0, 170) : matchColour);
    }
    const TextPos selFrom = std::min(m_anchor, m_cursor);
    const TextPos selTo = std::max(m_anchor, m_cursor);
    if (selFrom != selTo && row.line >= selFrom.line && row.line <= selTo.line) {
        const qint32 a = row.line == selFrom.line ? std::max(selFrom.column, from) : from;
        const qint32 b = row.line == selTo.line ? std::min(selTo.column, to) : to;
        // A selected line break shows as a little room past the line's end.
        const bool breakSelected = row.line < selTo.line && to == m_lines->width(row.line);
        if (b > a || breakSelected) {
            const qreal x1 = xAt(a);
            const qreal x2 = (b > a ? xAt(b) : x1) + (breakSelected ? m_charWidth / 2 : 0);
            painter.fillRect(QRectF(x1, y, x2 - x1, m_lineHeight),
                             pal.color(hasFocus() ? QPalette::Active : QPalette::Inactive,
                                       QPalette::Highlight));
        }
    }
    painter.setPen(pal.color(QPalette::Text));
    layout->draw(&painter, QPointF(left, y));
    if (isFolded(row.line) && canFold(row.line)) {
        const qreal x = xAt(to) + m_charWidth;
        const QRectF box(x, y + 1, m_charWidth * 3, m_lineHeight - 2);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawRoundedRect(box, 3, 3);
        painter.drawText(box, Qt::AlignCenter, u"…"_s);
    }
    if (hasFocus() && m_cursor.line == row.line && m_cursor.column >= from
        && (m_cursor.column < to || (m_cursor.column == to && to == m_lines->width(row.line)))) {
        const qreal x = xAt(m_cursor.column);
        painter.fillRect(QRectF(x, y, 1.5, m_lineHeight), pal.color(QPalette::Text));
    }
    painter.restore();
    drawGutter(painter, row, y);
}

void TextView::drawGutter(QPainter &painter, const TextRows::Row &row, int y)
{
    const QPalette pal = palette();
    painter.fillRect(QRect(0, y, m_gutterWidth, m_lineHeight), pal.color(QPalette::AlternateBase));
    painter.setPen(pal.color(QPalette::PlaceholderText));
    const int numberRight = m_gutterWidth - Margin - (m_lines->isJson() ? FoldMarkerWidth : 0);
    const QRect numberBox(0, y, numberRight, m_lineHeight);
    if (row.chunk == 0) {
        painter.drawText(numberBox, Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(row.line + 1));
    } else {
        painter.drawText(numberBox, Qt::AlignRight | Qt::AlignVCenter, u"↪"_s);
    }
    if (row.chunk == 0 && canFold(row.line)) {
        const QRect marker(numberRight + Margin / 2, y, FoldMarkerWidth, m_lineHeight);
        painter.drawText(marker, Qt::AlignCenter, isFolded(row.line) ? u"▸"_s : u"▾"_s);
    }
}

} // namespace callpad
