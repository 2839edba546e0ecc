// TextView's keyboard, mouse and context menu handling (the class is split over three files,
// each one concern: see TextViewPaint.cpp).
#include "gui/textview/TextView.h"

#include "gui/textview/TextNavigation.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QStyleHints>

namespace callpad {

void TextView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copy();
        return;
    }
    if (event == QKeySequence::SelectAll) {
        selectAll();
        return;
    }
    moveCursor(event);
}

void TextView::foldAtCursor(bool fold)
{
    // The innermost region around the caret that is not yet in the asked state.
    for (qint32 line = m_cursor.line; line >= 0; --line) {
        if (canFold(line) && m_lines->foldEnd(line) >= m_cursor.line && isFolded(line) != fold) {
            setFolded(line, fold);
            return;
        }
    }
}

void TextView::moveCursor(QKeyEvent *event)
{
    const bool extend = event->modifiers().testFlag(Qt::ShiftModifier);
    const bool word = event->modifiers().testFlag(Qt::ControlModifier);
    const qint64 row = m_rows.rowOf(m_cursor);
    const auto vertical = [this, row](qint64 rows) {
        if (m_goalX < 0) {
            m_goalX = xOf(m_cursor);
        }
        return posInRow(row + rows, m_goalX);
    };
    TextPos to = m_cursor;
    bool keepGoal = false;
    switch (event->key()) {
    case Qt::Key_Left:
        to = word ? wordLeft(*m_lines, m_rows, m_cursor) : stepLeft(*m_lines, m_rows, m_cursor);
        break;
    case Qt::Key_Right:
        to = word ? wordRight(*m_lines, m_rows, m_cursor) : stepRight(*m_lines, m_rows, m_cursor);
        break;
    case Qt::Key_Up:
        to = row == 0 ? TextPos {} : vertical(-1);
        keepGoal = true;
        break;
    case Qt::Key_Down:
        to = row + 1 >= m_rows.rowCount() ? m_lines->end() : vertical(1);
        keepGoal = true;
        break;
    case Qt::Key_PageUp:
        to = vertical(-visibleRows());
        keepGoal = true;
        break;
    case Qt::Key_PageDown:
        to = vertical(visibleRows());
        keepGoal = true;
        break;
    case Qt::Key_Home:
        to = word ? TextPos {}
                  : TextPos { m_cursor.line, m_rows.rowAt(row).chunk * m_rows.columns() };
        break;
    case Qt::Key_End: {
        const qint32 rowEnd = (m_rows.rowAt(row).chunk + 1) * m_rows.columns();
        to = word ? m_lines->end()
                  : TextPos { m_cursor.line, std::min(rowEnd, m_lines->width(m_cursor.line)) };
        break;
    }
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (!keepGoal) {
        m_goalX = -1;
    }
    setCursorPosition(to, extend);
    event->accept();
}

void TextView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const QPoint point = event->position().toPoint();
    const TextPos pos = posAt(point);
    if (point.x() < m_gutterWidth) {
        // A click on a fold marker folds or unfolds; elsewhere in the gutter it selects the line.
        const TextRows::Row row
                = m_rows.rowAt(verticalScrollBar()->value() + point.y() / m_lineHeight);
        if (row.chunk == 0 && canFold(row.line)
            && point.x() >= m_gutterWidth - Margin / 2 - FoldMarkerWidth) {
            setFolded(row.line, !isFolded(row.line));
            return;
        }
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastDoubleClick < QApplication::styleHints()->mouseDoubleClickInterval()) {
        // A triple click selects the whole line.
        const TextPos start { pos.line, 0 };
        const TextPos next = pos.line + 1 < m_lines->lineCount() ? TextPos { pos.line + 1, 0 }
                                                                 : m_lines->end();
        select(start, next);
        return;
    }
    m_goalX = -1;
    setCursorPosition(pos, event->modifiers().testFlag(Qt::ShiftModifier));
    m_selecting = true;
}

void TextView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting) {
        return;
    }
    m_lastMouse = event->position().toPoint();
    const bool outside = m_lastMouse.y() < 0 || m_lastMouse.y() > viewport()->height();
    if (outside && !m_autoScroll.isActive()) {
        m_autoScroll.start();
    } else if (!outside) {
        m_autoScroll.stop();
    }
    setCursorPosition(posAt(m_lastMouse), true);
}

void TextView::autoScroll()
{
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + (m_lastMouse.y() < 0 ? -3 : 3));
    setCursorPosition(posAt(m_lastMouse), true);
}

void TextView::mouseReleaseEvent(QMouseEvent *event)
{
    m_selecting = false;
    m_autoScroll.stop();
    if (event->button() == Qt::MiddleButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
    }
}

void TextView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        return;
    }
    m_lastDoubleClick = QDateTime::currentMSecsSinceEpoch();
    const auto [first, last] = wordAt(*m_lines, posAt(event->position().toPoint()));
    select(first, last);
}

void TextView::contextMenuEvent(QContextMenuEvent *event)
{
    m_copyAction->setEnabled(hasSelection());
    m_copyAllAction->setEnabled(!isEmpty());
    m_findAction->setEnabled(!isEmpty());
    m_goToLineAction->setEnabled(!isEmpty());
    QMenu menu(this);
    menu.addAction(m_copyAction);
    menu.addAction(m_copyAllAction);
    menu.addAction(m_selectAllAction);
    menu.addSeparator();
    menu.addAction(m_findAction);
    menu.addAction(m_goToLineAction);
    menu.addSeparator();
    menu.addAction(m_wrapAction);
    if (m_lines->isJson()) {
        menu.addAction(m_foldAction);
        menu.addAction(m_unfoldAction);
        menu.addAction(m_foldAllAction);
        menu.addAction(m_unfoldAllAction);
    }
    menu.exec(event->globalPos());
}

void TextView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void TextView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

} // namespace callpad
