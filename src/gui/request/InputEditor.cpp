#include "gui/request/InputEditor.h"

#include "core/schema/SchemaTemplate.h"
#include "gui/json/JsonEditor.h"
#include "gui/request/InputSchemaChecker.h"
#include "ui_InputEditor.h"

#include <QMessageBox>
#include <QStyle>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

constexpr int LineRole = Qt::UserRole;
constexpr int ColumnRole = Qt::UserRole + 1;

} // namespace

InputEditor::InputEditor(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::InputEditor>())
{
    m_ui->setupUi(this);
    setObjectName(u"inputEditor"_s);
    JsonEditor *editor = m_ui->inputJsonEditor;
    // No input at all is a valid call: the input is then omitted.
    editor->setAllowEmpty(true);
    m_schemaChecker = new InputSchemaChecker([editor] { return editor->toPlainText(); }, this);
    setFocusProxy(editor);

    connect(editor, &JsonEditor::validityChanged, this, &InputEditor::updateProblems);
    connect(editor->document(), &QTextDocument::contentsChanged, this, [this] {
        m_schemaChecker->schedule();
        Q_EMIT changed();
    });
    connect(m_schemaChecker, &InputSchemaChecker::resultChanged, this,
            &InputEditor::updateProblems);
    connect(m_ui->plainStringCheckBox, &QCheckBox::toggled, this, [this, editor](bool on) {
        editor->setPlainStringMode(on);
        m_schemaChecker->setPlainString(on);
        updateControls();
        updateProblems();
        Q_EMIT changed();
    });
    connect(m_ui->inputFormatPushButton, &QPushButton::clicked, editor, &JsonEditor::formatJson);
    connect(m_ui->inputCompactPushButton, &QPushButton::clicked, editor, &JsonEditor::compactJson);
    connect(m_ui->insertTemplatePushButton, &QPushButton::clicked, this,
            [this] { insertTemplate(true); });
    connect(m_ui->inputProblemsListWidget, &QListWidget::itemClicked, this,
            &InputEditor::onItemActivated);
    connect(m_ui->inputProblemsListWidget, &QListWidget::itemActivated, this,
            &InputEditor::onItemActivated);

    updateControls();
    updateProblems();
}

InputEditor::~InputEditor()
{
    // The children outlive m_ui; nothing they emit while going may reach this editor.
    jsonEditor()->disconnect(this);
    jsonEditor()->document()->disconnect(this);
    m_schemaChecker->disconnect(this);
}

JsonEditor *InputEditor::jsonEditor() const
{
    return m_ui->inputJsonEditor;
}

QString InputEditor::text() const
{
    return jsonEditor()->toPlainText();
}

void InputEditor::setText(const QString &text)
{
    if (text != this->text()) {
        replaceText(text);
    }
}

void InputEditor::replaceText(const QString &text)
{
    // An edit block instead of setPlainText(), which would wipe the undo history.
    QTextCursor cursor(jsonEditor()->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    if (text.isEmpty()) {
        cursor.removeSelectedText();
    } else {
        cursor.insertText(text);
    }
    cursor.endEditBlock();
    cursor.movePosition(QTextCursor::Start);
    jsonEditor()->setTextCursor(cursor);
    jsonEditor()->validate();
}

bool InputEditor::isPlainString() const
{
    return m_ui->plainStringCheckBox->isChecked();
}

void InputEditor::setPlainString(bool on)
{
    m_ui->plainStringCheckBox->setChecked(on);
}

void InputEditor::setInputSchema(const std::optional<QJsonObject> &schema)
{
    m_schemaChecker->setSchema(schema);
    updateControls();
}

const std::optional<QJsonObject> &InputEditor::inputSchema() const
{
    return m_schemaChecker->schema();
}

QList<SchemaViolation> InputEditor::schemaViolations() const
{
    return m_schemaChecker->result().violations;
}

int InputEditor::problemCount() const
{
    return m_problemCount;
}

int InputEditor::warningCount() const
{
    return m_warningCount;
}

bool InputEditor::isCheckPending() const
{
    return jsonEditor()->isValidationPending() || m_schemaChecker->isPending();
}

bool InputEditor::insertTemplate(bool confirmReplace)
{
    if (!inputSchema()) {
        return false;
    }
    const QString skeleton = QString::fromUtf8(templateTextFromSchema(*inputSchema()));
    const QString current = text();
    if (confirmReplace && !current.trimmed().isEmpty() && current != skeleton) {
        const auto answer = QMessageBox::question(
                this, tr("Insert Template"),
                tr("Replace the current input with a template built from the input schema?"),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            return false;
        }
    }
    // A template is JSON: sending it as one string would defeat the point.
    setPlainString(false);
    setText(skeleton);
    jsonEditor()->setFocus(Qt::OtherFocusReason);
    return true;
}

void InputEditor::jumpTo(int line, int column)
{
    JsonEditor *editor = jsonEditor();
    const QTextBlock block = editor->document()->findBlockByNumber(qMax(0, line - 1));
    if (block.isValid()) {
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + qBound(0, column - 1, block.length() - 1));
        editor->setTextCursor(cursor);
        editor->ensureCursorVisible();
    }
    editor->setFocus(Qt::OtherFocusReason);
}

void InputEditor::onItemActivated(QListWidgetItem *item)
{
    const int line = item->data(LineRole).toInt();
    if (line > 0) {
        jumpTo(line, item->data(ColumnRole).toInt());
    } else {
        jsonEditor()->setFocus(Qt::OtherFocusReason);
    }
}

void InputEditor::updateProblems()
{
    QListWidget *list = m_ui->inputProblemsListWidget;
    list->clear();
    const JsonEditor *editor = jsonEditor();
    int errors = 0;
    int warnings = 0;
    if (!isPlainString() && !editor->isValid()) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxCritical),
                                         editor->problem(), list);
        item->setData(LineRole, editor->errorLine());
        item->setData(ColumnRole, editor->errorColumn());
        item->setToolTip(tr("The input is not valid JSON: click to go to the error"));
        ++errors;
    } else {
        const SchemaCheck &check = m_schemaChecker->result();
        const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (!check.schemaOk) {
            auto *item = new QListWidgetItem(
                    warning, tr("The input schema cannot be checked: %1").arg(check.schemaError),
                    list);
            item->setToolTip(item->text());
        }
        for (const SchemaViolation &violation : check.violations) {
            const QString pointer = violation.pointer.isEmpty() ? u"/"_s : violation.pointer;
            auto *item = new QListWidgetItem(warning, tr("%1: %2").arg(pointer, violation.message),
                                             list);
            item->setToolTip(
                    tr("Does not match the input schema. You can still send: the server decides."));
            ++warnings;
        }
    }
    list->setVisible(list->count() > 0);
    const bool countsChanged = errors != m_problemCount || warnings != m_warningCount;
    m_problemCount = errors;
    m_warningCount = warnings;
    if (countsChanged) {
        Q_EMIT problemsChanged();
    }
}

void InputEditor::updateControls()
{
    const bool plain = isPlainString();
    m_ui->inputFormatPushButton->setEnabled(!plain);
    m_ui->inputCompactPushButton->setEnabled(!plain);
    const bool hasSchema = inputSchema().has_value();
    m_ui->insertTemplatePushButton->setVisible(hasSchema);
    m_ui->insertTemplatePushButton->setEnabled(hasSchema);
}

void InputEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateProblems();
    } else if (event->type() == QEvent::StyleChange) {
        updateProblems();
    }
}

} // namespace callpad
