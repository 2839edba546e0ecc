#pragma once

#include <QJsonValue>
#include <QPlainTextEdit>

#include "gui/json/JsonValidator.h"

class QAction;

namespace callpad {

class JsonEditorGutter;
class JsonHighlighter;

// A plain-text editor for JSON: line numbers, colouring, format/compact with undo, and
// debounced validation that marks the offending line. Big documents are validated on a
// worker thread and left uncoloured so typing stays responsive.
class JsonEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonEditor)

public:
    explicit JsonEditor(QWidget *parent = nullptr);
    ~JsonEditor() override;

    [[nodiscard]] bool isValid() const { return m_valid; }
    // Human-readable reason the text is not acceptable; empty when valid.
    [[nodiscard]] QString problem() const { return m_problem; }
    // 1-based position of the last parse error; 0 when there is none.
    [[nodiscard]] int errorLine() const { return m_errorLine; }
    [[nodiscard]] int errorColumn() const { return m_errorColumn; }
    // True while an edit has not been validated yet (debounce running or worker busy).
    [[nodiscard]] bool isValidationPending() const;

    // Whether an empty (or whitespace-only) text counts as valid. Default: false.
    void setAllowEmpty(bool allow);
    [[nodiscard]] bool allowEmpty() const { return m_allowEmpty; }

    // In plain-string mode the text is taken literally: never validated, never coloured.
    void setPlainStringMode(bool on);
    [[nodiscard]] bool isPlainStringMode() const { return m_plainStringMode; }

    // Replaces the text (resetting undo) with `value` pretty-printed; Undefined clears it.
    // In plain-string mode a string value is shown raw.
    void setJsonValue(const QJsonValue &value);
    // The parsed text; a string in plain-string mode; Undefined when empty or invalid.
    [[nodiscard]] QJsonValue jsonValue() const;

    [[nodiscard]] JsonHighlighter *highlighter() const { return m_highlighter; }
    [[nodiscard]] JsonValidator *validator() const { return m_validator; }
    [[nodiscard]] QAction *formatAction() const { return m_formatAction; }
    [[nodiscard]] QAction *compactAction() const { return m_compactAction; }
    [[nodiscard]] QAction *jumpToErrorAction() const { return m_jumpToErrorAction; }

    [[nodiscard]] int gutterWidth() const;
    // 1-based line shown at viewport height `y`, or 0 below the last line.
    [[nodiscard]] int lineAt(int y) const;

public Q_SLOTS:
    // Pretty-print / compact the whole text as one undoable step. False when the text is not
    // valid JSON (the text is left alone).
    bool formatJson();
    bool compactJson();
    // Validates the current text now: synchronously when small, on a worker when large.
    void validate();
    // Validates synchronously whatever the size and returns the result.
    bool validateNow();
    // Moves the cursor to the last reported error and focuses the editor.
    void jumpToError();

Q_SIGNALS:
    // Emitted when the validation outcome changes. line/column are 1-based, 0 when unknown.
    void validityChanged(bool ok, const QString &message, int line, int column);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    friend class JsonEditorGutter;

    bool reformat(bool indented);
    void applyResult(const JsonValidator::Result &result);
    void onContentsChanged();
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void updateErrorMarks();
    void updateActions();
    void paintGutter(QPaintEvent *event);
    [[nodiscard]] QColor errorColor() const;

    JsonEditorGutter *m_gutter;
    JsonHighlighter *m_highlighter;
    JsonValidator *m_validator;
    QAction *m_formatAction;
    QAction *m_compactAction;
    QAction *m_jumpToErrorAction;
    QString m_problem;
    int m_errorLine = 0;
    int m_errorColumn = 0;
    bool m_valid = false;
    bool m_allowEmpty = false;
    bool m_plainStringMode = false;
    bool m_highlightSuspended = false;
};

} // namespace callpad
