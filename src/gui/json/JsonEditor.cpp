#include "gui/json/JsonEditor.h"

#include "gui/common/Palette.h"

#include "core/protocol/JsonText.h"
#include "gui/json/JsonEditorGutter.h"
#include "gui/json/JsonHighlighter.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QMenu>
#include <QPainter>
#include <QTextBlock>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

constexpr int GutterPadding = 4;

} // namespace

JsonEditor::JsonEditor(QWidget *parent)
    : QPlainTextEdit(parent), m_gutter(new JsonEditorGutter(this)),
      m_highlighter(new JsonHighlighter(document())),
      m_validator(new JsonValidator(document(), this)),
      m_formatAction(new QAction(tr("&Format JSON"), this)),
      m_compactAction(new QAction(tr("&Compact JSON"), this)),
      m_jumpToErrorAction(new QAction(tr("&Go to Error"), this))
{
    setObjectName(u"jsonEditor"_s);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Long compact lines are common in JSON; wrapping them makes layout of big texts slow.
    setLineWrapMode(QPlainTextEdit::NoWrap);
    m_highlighter->setPalette(palette());

    connect(m_validator, &JsonValidator::checked, this, &JsonEditor::applyResult);
    connect(document(), &QTextDocument::contentsChanged, this, &JsonEditor::onContentsChanged);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &JsonEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &JsonEditor::updateGutter);

    m_formatAction->setObjectName(u"formatJsonAction"_s);
    m_formatAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_compactAction->setObjectName(u"compactJsonAction"_s);
    m_compactAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_jumpToErrorAction->setObjectName(u"jumpToErrorAction"_s);
    m_jumpToErrorAction->setShortcut(QKeySequence(Qt::Key_F8));
    for (QAction *action : { m_formatAction, m_compactAction, m_jumpToErrorAction }) {
        action->setShortcutContext(Qt::WidgetShortcut);
        addAction(action);
    }
    connect(m_formatAction, &QAction::triggered, this, &JsonEditor::formatJson);
    connect(m_compactAction, &QAction::triggered, this, &JsonEditor::compactJson);
    connect(m_jumpToErrorAction, &QAction::triggered, this, &JsonEditor::jumpToError);

    updateGutterWidth();
    applyResult(JsonValidator::check(QString()));
}

JsonEditor::~JsonEditor() = default;

bool JsonEditor::isValidationPending() const
{
    return m_validator->isPending();
}

void JsonEditor::setAllowEmpty(bool allow)
{
    if (m_allowEmpty == allow) {
        return;
    }
    m_allowEmpty = allow;
    validate();
}

void JsonEditor::setPlainStringMode(bool on)
{
    if (m_plainStringMode == on) {
        return;
    }
    m_plainStringMode = on;
    m_highlighter->setActive(!on);
    m_validator->setEnabled(!on);
    updateActions();
    validate();
}

void JsonEditor::setJsonValue(const QJsonValue &value)
{
    if (value.isUndefined()) {
        setPlainText(QString());
    } else if (m_plainStringMode && value.isString()) {
        setPlainText(value.toString());
    } else {
        setPlainText(toJsonText(value, true));
    }
    // The text came from a value, so it is known to be valid: skip the parse.
    m_validator->cancel();
    JsonValidator::Result result;
    result.empty = value.isUndefined();
    applyResult(result);
}

QJsonValue JsonEditor::jsonValue() const
{
    const QString text = toPlainText();
    if (m_plainStringMode) {
        return { text };
    }
    if (QStringView(text).trimmed().isEmpty()) {
        return { QJsonValue::Undefined };
    }
    const JsonTextResult parsed = parseJsonText(text);
    return parsed.ok ? parsed.value : QJsonValue(QJsonValue::Undefined);
}

bool JsonEditor::formatJson()
{
    return reformat(true);
}

bool JsonEditor::compactJson()
{
    return reformat(false);
}

bool JsonEditor::reformat(bool indented)
{
    if (m_plainStringMode || isReadOnly()) {
        return false;
    }
    const QString current = toPlainText();
    if (QStringView(current).trimmed().isEmpty()) {
        return false;
    }
    // An empty result means the text did not parse; validation will say why.
    const QString formatted = formatJsonText(current, indented, nullptr);
    if (formatted.isEmpty()) {
        validateNow();
        return false;
    }
    if (formatted != current) {
        // One edit block over the whole text keeps the undo stack, unlike setPlainText().
        QTextCursor cursor(document());
        cursor.beginEditBlock();
        cursor.select(QTextCursor::Document);
        cursor.insertText(formatted);
        cursor.endEditBlock();
    }
    // Just produced from a parsed value, so it is valid: no need to parse it again.
    m_validator->cancel();
    applyResult(JsonValidator::Result());
    return true;
}

void JsonEditor::validate()
{
    if (m_plainStringMode) {
        applyResult(JsonValidator::Result());
        return;
    }
    m_validator->run();
}

bool JsonEditor::validateNow()
{
    if (m_plainStringMode) {
        applyResult(JsonValidator::Result());
    } else {
        m_validator->runNow();
    }
    return m_valid;
}

void JsonEditor::onContentsChanged()
{
    const bool suspended = m_highlighter->isSuspended();
    if (m_highlightSuspended && !suspended) {
        // Shrunk back below the size limit: colour what was skipped, once the edit is done.
        QTimer::singleShot(0, m_highlighter, &JsonHighlighter::rehighlight);
    }
    m_highlightSuspended = suspended;
}

void JsonEditor::applyResult(const JsonValidator::Result &result)
{
    bool ok = true;
    QString message;
    int line = 0;
    int column = 0;
    if (m_plainStringMode) {
        ok = true;
    } else if (result.empty) {
        ok = m_allowEmpty;
        if (!ok) {
            message = tr("Enter a JSON value.");
        }
    } else if (!result.ok) {
        ok = false;
        line = result.line;
        column = result.column;
        message = line > 0 ? tr("Line %1, column %2: %3").arg(line).arg(column).arg(result.error)
                           : result.error;
    }
    const bool changed = ok != m_valid || message != m_problem || line != m_errorLine
            || column != m_errorColumn;
    m_valid = ok;
    m_problem = message;
    m_errorLine = line;
    m_errorColumn = column;
    updateErrorMarks();
    updateActions();
    if (changed) {
        Q_EMIT validityChanged(ok, message, line, column);
    }
}

void JsonEditor::jumpToError()
{
    if (m_valid || m_errorLine <= 0) {
        return;
    }
    const QTextBlock block = document()->findBlockByNumber(m_errorLine - 1);
    if (!block.isValid()) {
        return;
    }
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + qBound(0, m_errorColumn - 1, block.length() - 1));
    setTextCursor(cursor);
    ensureCursorVisible();
    setFocus(Qt::OtherFocusReason);
}

QColor JsonEditor::errorColor() const
{
    return callpad::errorColor(palette().color(QPalette::Base));
}

void JsonEditor::updateErrorMarks()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QTextBlock block
            = m_errorLine > 0 ? document()->findBlockByNumber(m_errorLine - 1) : QTextBlock();
    if (!m_valid && block.isValid()) {
        QTextEdit::ExtraSelection line;
        line.format.setBackground(errorTint(palette().color(QPalette::Base)));
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = QTextCursor(block);
        selections.append(line);

        // Underline the character the parser stopped at, or the last one on the line.
        const int lastColumn = block.length() - 1;
        if (lastColumn > 0) {
            const int offset = qBound(0, m_errorColumn - 1, lastColumn - 1);
            QTextEdit::ExtraSelection mark;
            mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            mark.format.setUnderlineColor(errorColor());
            mark.cursor = QTextCursor(block);
            mark.cursor.setPosition(block.position() + offset);
            mark.cursor.setPosition(block.position() + offset + 1, QTextCursor::KeepAnchor);
            selections.append(mark);
        }
    }
    setExtraSelections(selections);
    m_gutter->setToolTip(m_problem);
    m_gutter->update();
}

void JsonEditor::updateActions()
{
    m_formatAction->setEnabled(!m_plainStringMode);
    m_compactAction->setEnabled(!m_plainStringMode);
    m_jumpToErrorAction->setEnabled(!m_valid && m_errorLine > 0);
}

void JsonEditor::keyPressEvent(QKeyEvent *event)
{
    const bool plainTab = event->key() == Qt::Key_Tab
            && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plainTab && !isReadOnly()) {
        insertPlainText(u"  "_s);
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void JsonEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        updateErrorMarks();
    } else if (event->type() == QEvent::FontChange) {
        updateGutterWidth();
    }
}

void JsonEditor::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    menu->addSeparator();
    menu->addAction(m_formatAction);
    menu->addAction(m_compactAction);
    menu->addAction(m_jumpToErrorAction);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

int JsonEditor::gutterWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10) {
        ++digits;
    }
    const QFontMetrics metrics = fontMetrics();
    // Room on the left for the error marker, then the right-aligned numbers.
    const int marker = metrics.height() / 2 + GutterPadding;
    return marker + metrics.horizontalAdvance(u'9') * digits + 2 * GutterPadding;
}

int JsonEditor::lineAt(int y) const
{
    const QTextCursor cursor = cursorForPosition(QPoint(0, y));
    const QTextBlock block = cursor.block();
    const QRectF geometry = blockBoundingGeometry(block).translated(contentOffset());
    if (!block.isValid() || y > geometry.bottom()) {
        return 0;
    }
    return block.blockNumber() + 1;
}

void JsonEditor::updateGutterWidth()
{
    // The gutter is resized here as well as in resizeEvent(): going from 99 to 100 lines
    // widens it without any resize of the editor.
    const int width = gutterWidth();
    setViewportMargins(width, 0, 0, 0);
    const QRect area = contentsRect();
    m_gutter->setGeometry(QRect(area.left(), area.top(), width, area.height()));
    m_gutter->update();
}

void JsonEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0) {
        m_gutter->scroll(0, dy);
    } else {
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    }
    if (rect.contains(viewport()->rect())) {
        updateGutterWidth();
    }
}

void JsonEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateGutterWidth();
}

void JsonEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette pal = palette();
    painter.fillRect(event->rect(),
                     blend(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.06));
    const QColor numberColor = blend(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.45);
    const QFontMetrics metrics = fontMetrics();
    const int markerSize = metrics.height() / 2;
    const int textRight = m_gutter->width() - GutterPadding;

    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber() + 1;
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    painter.setRenderHint(QPainter::Antialiasing);
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const bool isErrorLine = !m_valid && number == m_errorLine;
            if (isErrorLine) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(errorColor());
                painter.drawEllipse(QRect(GutterPadding, top + (metrics.height() - markerSize) / 2,
                                          markerSize, markerSize));
            }
            painter.setPen(isErrorLine ? errorColor() : numberColor);
            painter.drawText(0, top, textRight, metrics.height(), Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(number));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++number;
    }
}

} // namespace callpad
