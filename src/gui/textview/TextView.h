#pragma once

#include "core/Latest.h"
#include "gui/json/JsonSyntax.h"
#include "gui/textview/TextLines.h"
#include "gui/textview/TextRows.h"
#include "gui/textview/TextSearch.h"

#include <QAbstractScrollArea>
#include <QCache>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class QAction;
class QMenu;
class QTextLayout;

namespace callpad {

class TextFinder;

// A read-only view for texts of any size: a response body, a payload, a long message. The text
// is kept once, as UTF-8 (TextLines); its line index is built on a worker thread, and only the
// rows on screen are laid out and painted, each coloured as it is drawn (JSON) and cached, so
// opening, scrolling and painting cost the same for 20 MB as for 20 lines.
//
// What a reader expects of a viewer: a caret and selection by mouse and keyboard, copy (and copy
// all, which hands the clipboard the shared buffer instead of a second copy), find on a worker
// thread with a match count and next/previous, go to line, folding by JSON nesting, wrapping, and
// the system's monospace font. Very long lines are drawn in rows of RowColumns characters (or
// wrapped at the view's width), and lines longer than HighlightColumns are not coloured.
class TextView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextView)

public:
    enum class Syntax { Plain, Json };
    Q_ENUM(Syntax)

    // Smaller texts are indexed at once, on the caller's thread.
    static constexpr qsizetype BackgroundBytes = qsizetype(256) * 1024;
    static constexpr qint32 RowColumns = 1000;
    static constexpr qint32 HighlightColumns = 10000;

    explicit TextView(QWidget *parent = nullptr);
    ~TextView() override;

    void setText(const QByteArray &utf8, Syntax syntax = Syntax::Plain);
    // A big QString is converted to UTF-8 on the worker thread, with the indexing.
    void setText(const QString &text, Syntax syntax = Syntax::Plain);
    void appendText(const QString &text);
    void clear();

    // The whole text decoded: for small texts and tests (it costs a full copy).
    [[nodiscard]] QString toPlainText() const;
    [[nodiscard]] QByteArray utf8() const { return m_lines->utf8(); }
    // True from setText() of a big text until it is indexed and shown (textShown()).
    [[nodiscard]] bool isIndexing() const { return m_indexing.isPending(); }
    [[nodiscard]] bool isEmpty() const { return m_lines->isEmpty(); }
    [[nodiscard]] qint32 lineCount() const { return m_lines->lineCount(); }
    [[nodiscard]] bool isReadOnly() const { return true; }

    void setPlaceholderText(const QString &text);
    [[nodiscard]] QString placeholderText() const { return m_placeholder; }

    void setWrapping(bool wrap);
    [[nodiscard]] bool isWrapping() const { return m_wrap; }

    // Folding, by JSON nesting: a line that opens a region closing on a later line folds it.
    [[nodiscard]] bool canFold(qint32 line) const { return m_lines->canFold(line); }
    [[nodiscard]] bool isFolded(qint32 line) const;
    void setFolded(qint32 line, bool folded);
    void foldAll();
    void unfoldAll();
    [[nodiscard]] bool isLineHidden(qint32 line) const { return m_rows.isHidden(line); }

    [[nodiscard]] TextPos cursorPosition() const { return m_cursor; }
    [[nodiscard]] TextPos anchorPosition() const { return m_anchor; }
    void setCursorPosition(TextPos pos, bool keepAnchor = false);
    [[nodiscard]] bool hasSelection() const { return m_anchor != m_cursor; }
    [[nodiscard]] QString selectedText() const;
    void select(TextPos from, TextPos to);

    // Finds every match on a worker thread; searchFinished() follows. An empty needle clears.
    void find(const QString &needle, Qt::CaseSensitivity cs = Qt::CaseInsensitive);
    [[nodiscard]] bool isSearching() const;
    [[nodiscard]] qsizetype matchCount() const;
    [[nodiscard]] bool isSearchCapped() const;
    // The index of the selected match, or -1.
    [[nodiscard]] qsizetype currentMatch() const { return m_currentMatch; }

    // 1-based, as people count lines.
    void goToLine(qint32 lineNumber);
    [[nodiscard]] qint32 firstVisibleLine() const;
    [[nodiscard]] qint64 rowCount() const { return m_rows.rowCount(); }
    // The rows the last paint laid out and drew: what "only the visible lines" means.
    [[nodiscard]] qint64 paintedRows() const { return m_paintedRows; }

    [[nodiscard]] QAction *wrapAction() const { return m_wrapAction; }

public Q_SLOTS:
    void copy();
    // The whole text to the clipboard as shared UTF-8: no second copy of a big body.
    void copyAll();
    void selectAll();
    bool findNext();
    bool findPrevious();

Q_SIGNALS:
    // The text of the last setText() is indexed and on screen.
    void textShown();
    void searchFinished(qsizetype count, bool capped);
    void currentMatchChanged(qsizetype index);
    // Ctrl+F and Ctrl+G, for the find bar and the go-to-line question around the view.
    void findRequested();
    void goToLineRequested();
    void wrappingChanged(bool wrap);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    static constexpr int Margin = 4;
    static constexpr int FoldMarkerWidth = 14;
    // Laid-out rows kept between paints: a few screens, so scrolling back and forth is free.
    static constexpr int CachedLayouts = 600;
    static quint64 layoutKey(const TextRows::Row &row);

    void buildActions();
    void startText(Syntax syntax);
    void indexText(qsizetype size, const std::function<std::shared_ptr<TextLines>()> &index);
    void applyLines(std::shared_ptr<TextLines> lines);
    void updateMetrics();
    void relayout();
    void updateGutter();
    void updateScrollBars();
    void invalidateLayouts();
    [[nodiscard]] qint32 rowColumns() const;
    [[nodiscard]] int textLeft() const;
    [[nodiscard]] int visibleRows() const;
    [[nodiscard]] QTextLayout *layoutFor(const TextRows::Row &row);
    [[nodiscard]] TextPos posAt(const QPoint &point);
    [[nodiscard]] qreal xOf(TextPos pos);
    [[nodiscard]] TextPos posInRow(qint64 row, qreal x);
    void ensureVisible(TextPos pos);
    void unfoldAround(qint32 line);
    void selectMatch(qsizetype index);
    void moveCursor(QKeyEvent *event);
    // Folds (or unfolds) the innermost region around the caret.
    void foldAtCursor(bool fold);
    [[nodiscard]] TextPos wordStart(TextPos pos) const;
    [[nodiscard]] TextPos wordEnd(TextPos pos) const;
    void drawRow(QPainter &painter, qint64 row, int y);
    void drawGutter(QPainter &painter, const TextRows::Row &row, int y);
    void autoScroll();

    std::shared_ptr<TextLines> m_lines;
    Syntax m_syntax = Syntax::Plain;
    Latest m_indexing;
    qsizetype m_indexingBytes = 0;
    QByteArray m_pendingAppend; // appended while the text was being indexed
    TextRows m_rows;
    std::vector<bool> m_folded;
    bool m_anyFolded = false; // once anything was folded, appends rebuild every row
    QCache<quint64, QTextLayout> m_layouts;
    JsonFormats m_formats;
    QString m_placeholder;
    bool m_wrap = false;

    TextPos m_anchor;
    TextPos m_cursor;
    qreal m_goalX = -1; // the x an up/down move keeps to
    bool m_selecting = false;
    QTimer m_autoScroll;
    QPoint m_lastMouse;
    qint64 m_lastDoubleClick = 0; // when, for a triple click

    TextFinder *m_finder;
    qsizetype m_currentMatch = -1;

    int m_charWidth = 8;
    int m_lineHeight = 16;
    int m_ascent = 12;
    int m_gutterWidth = 0;
    qint64 m_paintedRows = 0;

    QAction *m_copyAction = nullptr;
    QAction *m_copyAllAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_goToLineAction = nullptr;
    QAction *m_wrapAction = nullptr;
    QAction *m_foldAction = nullptr;
    QAction *m_unfoldAction = nullptr;
    QAction *m_foldAllAction = nullptr;
    QAction *m_unfoldAllAction = nullptr;
};

} // namespace callpad
