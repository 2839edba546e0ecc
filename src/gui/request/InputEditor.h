#pragma once

#include "core/schema/SchemaValidation.h"

#include <QJsonObject>
#include <QWidget>

#include <memory>
#include <optional>

class QListWidgetItem;

namespace Ui {
class InputEditor;
}

namespace callpad {

class InputSchemaChecker;
class JsonEditor;

// The input tab: a JSON editor with format/compact, a plain-string toggle, "Insert template"
// from the input schema, and a list of problems under it: the JSON error (an error: the call
// cannot be built) and, for valid JSON, each schema violation (a warning: the server decides).
class InputEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InputEditor)

public:
    explicit InputEditor(QWidget *parent = nullptr);
    ~InputEditor() override;

    [[nodiscard]] QString text() const;
    // Replaces the text as one undoable edit (nothing happens when it is the same).
    void setText(const QString &text);

    [[nodiscard]] bool isPlainString() const;
    void setPlainString(bool on);

    void setInputSchema(const std::optional<QJsonObject> &schema);
    [[nodiscard]] const std::optional<QJsonObject> &inputSchema() const;

    // The violations of the last schema check; empty without a schema, for plain strings and
    // for text that is not valid JSON.
    [[nodiscard]] QList<SchemaViolation> schemaViolations() const;
    // 1 when the text is not valid JSON (as last validated), else 0. Empty text is valid:
    // the call then has no input.
    [[nodiscard]] int problemCount() const;
    [[nodiscard]] int warningCount() const;
    // True while an edit waits for its JSON or schema check.
    [[nodiscard]] bool isCheckPending() const;

    [[nodiscard]] JsonEditor *jsonEditor() const;
    [[nodiscard]] InputSchemaChecker *schemaChecker() const { return m_schemaChecker; }

public Q_SLOTS:
    // Replaces the text with templateTextFromSchema() as one undoable edit. With
    // confirmReplace, asks first when there is text to lose. False when nothing was inserted.
    bool insertTemplate(bool confirmReplace = true);
    // Puts the cursor at a 1-based line and column and focuses the editor.
    void jumpTo(int line, int column);

Q_SIGNALS:
    void changed();
    void problemsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void replaceText(const QString &text);
    void onItemActivated(QListWidgetItem *item);
    void updateProblems();
    void updateControls();

    std::unique_ptr<Ui::InputEditor> m_ui;
    InputSchemaChecker *m_schemaChecker = nullptr;
    int m_problemCount = 0;
    int m_warningCount = 0;
};

} // namespace callpad
