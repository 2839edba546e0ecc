#include "gui/textview/TextView.h"

#include "core/Background.h"
#include "core/Memory.h"
#include "gui/common/Clipboard.h"
#include "gui/textview/TextFinder.h"
#include "gui/textview/TextNavigation.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace callpad {

TextView::TextView(QWidget *parent)
    : QAbstractScrollArea(parent), m_lines(std::make_shared<TextLines>()), m_layouts(CachedLayouts),
      m_finder(new TextFinder(this))
{
    connect(m_finder, &TextFinder::finished, this, [this](qsizetype count, bool capped) {
        viewport()->update();
        Q_EMIT searchFinished(count, capped);
    });
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    setAttribute(Qt::WA_InputMethodEnabled, false);
    m_autoScroll.setInterval(40);
    connect(&m_autoScroll, &QTimer::timeout, this, &TextView::autoScroll);
    m_formats = jsonFormats(palette());
    buildActions();
    updateMetrics();
    relayout();
}

TextView::~TextView() = default;

void TextView::buildActions()
{
    const auto make = [this](const QString &text, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_copyAction = make(tr("&Copy"), QKeySequence::Copy, &TextView::copy);
    m_copyAllAction = make(tr("Copy &All"), QKeySequence(), &TextView::copyAll);
    m_selectAllAction = make(tr("Select A&ll"), QKeySequence::SelectAll, &TextView::selectAll);
    m_findAction = make(tr("&Find…"), QKeySequence::Find, &TextView::findRequested);
    m_goToLineAction = make(tr("&Go to Line…"), QKeySequence(Qt::CTRL | Qt::Key_G),
                            &TextView::goToLineRequested);
    m_wrapAction = make(tr("&Wrap Lines"), QKeySequence(Qt::ALT | Qt::Key_Z), [] {});
    m_wrapAction->setCheckable(true);
    connect(m_wrapAction, &QAction::toggled, this, &TextView::setWrapping);
    m_foldAction
            = make(tr("Fold &Region"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_BracketLeft),
                   [this] { foldAtCursor(true); });
    m_unfoldAction
            = make(tr("Unfold R&egion"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_BracketRight),
                   [this] { foldAtCursor(false); });
    m_foldAllAction = make(tr("F&old All"), QKeySequence(), &TextView::foldAll);
    m_unfoldAllAction = make(tr("&Unfold All"), QKeySequence(), &TextView::unfoldAll);
    auto *next = make(tr("Find &Next"), QKeySequence::FindNext, &TextView::findNext);
    auto *previous
            = make(tr("Find &Previous"), QKeySequence::FindPrevious, &TextView::findPrevious);
    Q_UNUSED(next);
    Q_UNUSED(previous);
}

// ---- the text ----------------------------------------------------------------------------------

void TextView::startText(Syntax syntax)
{
    m_finder->clear();
    m_currentMatch = -1;
    m_syntax = syntax;
    m_anchor = m_cursor = {};
    m_goalX = -1;
    m_pendingAppend.clear();
    m_folded.clear();
    m_anyFolded = false;
    releaseInBackground(std::exchange(m_lines, std::make_shared<TextLines>()));
    invalidateLayouts();
}

void TextView::setText(const QByteArray &utf8, Syntax syntax)
{
    startText(syntax);
    indexText(utf8.size(), [utf8, json = syntax == Syntax::Json] {
        return std::make_shared<TextLines>(TextLines::index(utf8, json));
    });
}

void TextView::setText(const QString &text, Syntax syntax)
{
    startText(syntax);
    // A big QString is converted to UTF-8 on the worker too.
    indexText(text.size(), [text, json = syntax == Syntax::Json] {
        return std::make_shared<TextLines>(TextLines::index(text, json));
    });
}

// Indexes a text of `size` bytes or characters: at once when small, else on the thread pool,
// showing "Preparing…" meanwhile.
void TextView::indexText(qsizetype size, const std::function<std::shared_ptr<TextLines>()> &index)
{
    if (size < BackgroundBytes) {
        m_indexing.invalidate();
        applyLines(index());
        return;
    }
    m_indexingBytes = size;
    relayout();
    runLatest(this, m_indexing, index,
              [this](std::shared_ptr<TextLines> lines) { applyLines(std::move(lines)); });
}

void TextView::applyLines(std::shared_ptr<TextLines> lines)
{
    m_lines = std::move(lines);
    m_indexingBytes = 0;
    if (!m_pendingAppend.isEmpty()) {
        m_lines->append(m_pendingAppend);
        m_pendingAppend.clear();
    }
    m_folded.assign(size_t(m_lines->lineCount()), false);
    invalidateLayouts();
    relayout();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    Q_EMIT textShown();
}

void TextView::appendText(const QString &text)
{
    if (text.isEmpty()) {
        return;
    }
    if (isIndexing()) {
        m_pendingAppend += text.toUtf8();
        return;
    }
    // A search running on the worker reads the old lines: it keeps them, this gets its own.
    if (m_lines.use_count() > 1) {
        m_lines = std::make_shared<TextLines>(*m_lines);
    }
    QScrollBar *bar = verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum();
    const qint32 lastLine = m_lines->lineCount() - 1;
    m_lines->append(text.toUtf8());
    m_folded.resize(size_t(m_lines->lineCount()), false);
    m_layouts.remove(layoutKey({ lastLine, 0 }));
    for (qint32 chunk = 1; chunk < m_rows.rowsOf(lastLine); ++chunk) {
        m_layouts.remove(layoutKey({ lastLine, chunk }));
    }
    if (m_anyFolded || rowColumns() != m_rows.columns()) {
        relayout();
    } else {
        // Only the old last line and what follows it changed.
        m_rows.extend(*m_lines, lastLine);
        updateGutter();
        updateScrollBars();
        viewport()->update();
    }
    if (atEnd) {
        bar->setValue(bar->maximum());
    }
    if (m_finder->clear()) {
        m_currentMatch = -1;
        Q_EMIT searchFinished(0, false);
    }
}

void TextView::clear()
{
    setText(QByteArray());
}

QString TextView::toPlainText() const
{
    return QString::fromUtf8(m_lines->utf8());
}

void TextView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

// ---- geometry ----------------------------------------------------------------------------------

void TextView::updateMetrics()
{
    const QFontMetrics metrics(font());
    m_charWidth = std::max(1, metrics.horizontalAdvance(u'M'));
    m_lineHeight = std::max(1, metrics.lineSpacing());
    m_ascent = metrics.ascent();
    invalidateLayouts();
}

void TextView::invalidateLayouts()
{
    m_layouts.clear();
}

qint32 TextView::rowColumns() const
{
    if (!m_wrap) {
        return RowColumns;
    }
    const int width = viewport()->width() - textLeft() - Margin;
    return std::max(8, width / m_charWidth);
}

int TextView::textLeft() const
{
    return m_gutterWidth + Margin;
}

int TextView::visibleRows() const
{
    return std::max(1, viewport()->height() / m_lineHeight);
}

// The rows and scroll ranges again, after the text, the folds, the width or the wrapping changed.
void TextView::relayout()
{
    updateGutter();
    const qint32 columns = rowColumns();
    if (columns != m_rows.columns()) {
        invalidateLayouts();
    }
    m_rows.rebuild(*m_lines, m_folded, columns);
    updateScrollBars();
    viewport()->update();
}

void TextView::updateGutter()
{
    const int digits = int(QString::number(m_lines->lineCount()).size());
    const int foldArea = m_lines->isJson() ? FoldMarkerWidth : 0;
    m_gutterWidth = Margin + std::max(3, digits) * m_charWidth + Margin + foldArea;
}

void TextView::updateScrollBars()
{
    const int page = visibleRows();
    QScrollBar *vertical = verticalScrollBar();
    vertical->setPageStep(page);
    vertical->setSingleStep(1);
    const qint64 maximum = std::max<qint64>(0, m_rows.rowCount() - page);
    vertical->setRange(0, int(std::min<qint64>(maximum, std::numeric_limits<int>::max())));

    QScrollBar *horizontal = horizontalScrollBar();
    const int textWidth = viewport()->width() - textLeft();
    if (m_wrap) {
        horizontal->setRange(0, 0);
    } else {
        const qint64 widest
                = qint64(std::min(m_lines->longestWidth(), RowColumns) + 2) * m_charWidth;
        horizontal->setRange(0, int(std::max<qint64>(0, widest - textWidth)));
    }
    horizontal->setPageStep(std::max(1, textWidth));
    horizontal->setSingleStep(m_charWidth * 2);
}

void TextView::setWrapping(bool wrap)
{
    if (m_wrap == wrap) {
        return;
    }
    const qint32 top = firstVisibleLine();
    m_wrap = wrap;
    m_wrapAction->setChecked(wrap);
    relayout();
    verticalScrollBar()->setValue(int(m_rows.rowOf({ top, 0 })));
    Q_EMIT wrappingChanged(wrap);
}

void TextView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    // Without wrapping a new size changes no row: the scroll ranges are all there is to redo,
    // not the row map over every line.
    if (rowColumns() == m_rows.columns()) {
        updateScrollBars();
        return;
    }
    const qint32 top = firstVisibleLine();
    relayout();
    verticalScrollBar()->setValue(int(m_rows.rowOf({ top, 0 })));
}

void TextView::scrollContentsBy(int /*dx*/, int /*dy*/)
{
    viewport()->update();
}

void TextView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
        updateMetrics();
        relayout();
        break;
    case QEvent::PaletteChange:
        m_formats = jsonFormats(palette());
        invalidateLayouts();
        viewport()->update();
        break;
    case QEvent::ThemeChange:
        // The system's monospace font may have changed with the theme.
        setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        break;
    default:
        break;
    }
}

qint32 TextView::firstVisibleLine() const
{
    return m_rows.rowAt(verticalScrollBar()->value()).line;
}

// ---- positions ---------------------------------------------------------------------------------

TextPos TextView::posInRow(qint64 rowIndex, qreal x)
{
    if (m_rows.rowCount() == 0) {
        return {};
    }
    rowIndex = std::clamp<qint64>(rowIndex, 0, m_rows.rowCount() - 1);
    const TextRows::Row row = m_rows.rowAt(rowIndex);
    const QTextLine line = layoutFor(row)->lineAt(0);
    const qint32 from = row.chunk * m_rows.columns();
    const int column = line.isValid() ? line.xToCursor(std::max<qreal>(x, 0)) : 0;
    return m_lines->clamp({ row.line, from + column });
}

TextPos TextView::posAt(const QPoint &point)
{
    const qint64 row = verticalScrollBar()->value() + std::max(0, point.y()) / m_lineHeight;
    if (row >= m_rows.rowCount()) {
        return m_lines->end();
    }
    return posInRow(row, point.x() - textLeft() + horizontalScrollBar()->value());
}

qreal TextView::xOf(TextPos pos)
{
    const qint64 rowIndex = m_rows.rowOf(pos);
    const TextRows::Row row = m_rows.rowAt(rowIndex);
    if (row.line != pos.line) {
        return 0;
    }
    const QTextLine line = layoutFor(row)->lineAt(0);
    const qint32 from = row.chunk * m_rows.columns();
    return line.isValid() ? line.cursorToX(std::max(0, pos.column - from)) : 0;
}

void TextView::ensureVisible(TextPos pos)
{
    unfoldAround(pos.line);
    const qint64 row = m_rows.rowOf(pos);
    QScrollBar *vertical = verticalScrollBar();
    if (row < vertical->value()) {
        vertical->setValue(int(row));
    } else if (row >= vertical->value() + visibleRows()) {
        vertical->setValue(int(row - visibleRows() + 1));
    }
    if (!m_wrap) {
        QScrollBar *horizontal = horizontalScrollBar();
        const int x = int(xOf(pos));
        const int textWidth = viewport()->width() - textLeft() - Margin;
        if (x < horizontal->value()) {
            horizontal->setValue(std::max(0, x - textWidth / 4));
        } else if (x > horizontal->value() + textWidth) {
            horizontal->setValue(x - textWidth * 3 / 4);
        }
    }
    viewport()->update();
}

void TextView::setCursorPosition(TextPos pos, bool keepAnchor)
{
    m_cursor = m_lines->clamp(pos);
    if (!keepAnchor) {
        m_anchor = m_cursor;
    }
    ensureVisible(m_cursor);
}

void TextView::select(TextPos from, TextPos to)
{
    m_anchor = m_lines->clamp(from);
    setCursorPosition(to, true);
}

void TextView::selectAll()
{
    m_anchor = {};
    m_cursor = m_lines->end();
    viewport()->update();
}

QString TextView::selectedText() const
{
    return QString::fromUtf8(m_lines->bytes(m_anchor, m_cursor));
}

void TextView::copy()
{
    // The whole text selected shares the buffer; a part is one copy of its bytes, never UTF-16.
    if (hasSelection()) {
        setClipboardUtf8(m_lines->bytes(m_anchor, m_cursor));
    }
}

void TextView::copyAll()
{
    setClipboardUtf8(m_lines->utf8());
}

// ---- folding -----------------------------------------------------------------------------------

bool TextView::isFolded(qint32 line) const
{
    return line >= 0 && size_t(line) < m_folded.size() && m_folded[size_t(line)];
}

void TextView::setFolded(qint32 line, bool folded)
{
    if (!canFold(line) || isFolded(line) == folded) {
        return;
    }
    const qint32 top = firstVisibleLine();
    m_folded[size_t(line)] = folded;
    m_anyFolded = m_anyFolded || folded;
    relayout();
    verticalScrollBar()->setValue(int(m_rows.rowOf({ top, 0 })));
    if (folded && m_cursor.line > line && m_cursor.line < m_lines->foldEnd(line)) {
        m_anchor = m_cursor = { line, m_lines->width(line) };
    }
}

void TextView::foldAll()
{
    for (qint32 line = 0; line < m_lines->lineCount(); ++line) {
        m_folded[size_t(line)] = m_lines->canFold(line);
        m_anyFolded = m_anyFolded || m_folded[size_t(line)];
    }
    relayout();
    setCursorPosition({ m_rows.rowAt(verticalScrollBar()->value()).line, 0 });
}

void TextView::unfoldAll()
{
    const qint32 top = firstVisibleLine();
    std::fill(m_folded.begin(), m_folded.end(), false);
    m_anyFolded = false;
    relayout();
    verticalScrollBar()->setValue(int(m_rows.rowOf({ top, 0 })));
}

// Opens every fold that hides `line`, so a match or a line asked for can be seen.
void TextView::unfoldAround(qint32 line)
{
    if (!m_rows.isHidden(line)) {
        return;
    }
    for (qint32 above = line - 1; above >= 0 && m_rows.isHidden(line); --above) {
        if (isFolded(above) && m_lines->foldEnd(above) > line) {
            m_folded[size_t(above)] = false;
            relayout();
        }
    }
}

// ---- find and go to ----------------------------------------------------------------------------

void TextView::find(const QString &needle, Qt::CaseSensitivity cs)
{
    m_currentMatch = -1;
    viewport()->update();
    m_finder->find(m_lines, needle, cs);
}

bool TextView::isSearching() const
{
    return m_finder->isSearching();
}

qsizetype TextView::matchCount() const
{
    return m_finder->count();
}

bool TextView::isSearchCapped() const
{
    return m_finder->isCapped();
}

void TextView::selectMatch(qsizetype index)
{
    if (index < 0 || index >= matchCount()) {
        return;
    }
    m_currentMatch = index;
    const TextMatch &match = m_finder->matches()[size_t(index)];
    select(match.pos, { match.pos.line, match.pos.column + match.length });
    Q_EMIT currentMatchChanged(index);
}

bool TextView::findNext()
{
    if (matchCount() == 0) {
        return false;
    }
    qsizetype index = m_finder->firstFrom(std::max(m_anchor, m_cursor));
    if (m_currentMatch >= 0 && index <= m_currentMatch) {
        index = m_currentMatch + 1;
    }
    selectMatch(index < matchCount() ? index : 0);
    return true;
}

bool TextView::findPrevious()
{
    if (matchCount() == 0) {
        return false;
    }
    const qsizetype index = m_finder->firstFrom(std::min(m_anchor, m_cursor)) - 1;
    selectMatch(index < 0 ? matchCount() - 1 : index);
    return true;
}

void TextView::goToLine(qint32 lineNumber)
{
    const qint32 line = std::clamp(lineNumber - 1, 0, m_lines->lineCount() - 1);
    unfoldAround(line);
    setCursorPosition({ line, 0 });
    // The line goes to the top third of the view, where the eye looks first.
    verticalScrollBar()->setValue(int(m_rows.rowOf({ line, 0 }) - visibleRows() / 3));
}

} // namespace callpad
