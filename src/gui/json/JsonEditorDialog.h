#pragma once

#include <QDialog>
#include <QJsonValue>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace callpad {

class JsonEditor;

// Edits one JSON value (for example a cell of the examples table). OK stays disabled while
// the text is not valid JSON, unless it is empty and empty is allowed.
class JsonEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonEditorDialog)

public:
    explicit JsonEditorDialog(QWidget *parent = nullptr);
    ~JsonEditorDialog() override;

    // Optional text above the editor, e.g. which field is being edited.
    void setPrompt(const QString &text);

    void setJsonValue(const QJsonValue &value);
    // The edited value; Undefined when the text is empty.
    [[nodiscard]] QJsonValue jsonValue() const;
    void setText(const QString &text);
    [[nodiscard]] QString text() const;

    void setAllowEmpty(bool allow);
    [[nodiscard]] bool allowEmpty() const;
    void setPlainStringMode(bool on);

    [[nodiscard]] JsonEditor *editor() const { return m_editor; }

public Q_SLOTS:
    void accept() override;

private:
    void updateStatus();

    QLabel *m_promptLabel;
    JsonEditor *m_editor;
    QLabel *m_statusLabel;
    QPushButton *m_formatButton;
    QDialogButtonBox *m_buttonBox;
};

} // namespace callpad
