#include "gui/json/JsonEditorDialog.h"

#include "gui/common/Palette.h"

#include "gui/json/JsonEditor.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace callpad {

JsonEditorDialog::JsonEditorDialog(QWidget *parent)
    : QDialog(parent), m_promptLabel(new QLabel(this)), m_editor(new JsonEditor(this)),
      m_statusLabel(new QLabel(this)), m_formatButton(new QPushButton(tr("&Format"), this)),
      m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"jsonEditorDialog"_s);
    setWindowTitle(tr("Edit JSON"));
    m_promptLabel->setObjectName(u"promptLabel"_s);
    m_promptLabel->setWordWrap(true);
    m_promptLabel->hide();
    m_editor->setObjectName(u"valueJsonEditor"_s);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_formatButton->setObjectName(u"formatPushButton"_s);
    m_formatButton->setAutoDefault(false);
    m_formatButton->setToolTip(
            m_editor->formatAction()->shortcut().toString(QKeySequence::NativeText));
    m_buttonBox->setObjectName(u"dialogButtonBox"_s);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addWidget(m_formatButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_promptLabel);
    layout->addWidget(m_editor, 1);
    layout->addLayout(statusRow);
    layout->addWidget(m_buttonBox);

    connect(m_editor, &JsonEditor::validityChanged, this, &JsonEditorDialog::updateStatus);
    connect(m_formatButton, &QPushButton::clicked, m_editor, &JsonEditor::formatJson);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &JsonEditorDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &JsonEditorDialog::reject);

    resize(560, 420);
    m_editor->setFocus(Qt::OtherFocusReason);
    updateStatus();
}

JsonEditorDialog::~JsonEditorDialog() = default;

void JsonEditorDialog::setPrompt(const QString &text)
{
    m_promptLabel->setText(text);
    m_promptLabel->setVisible(!text.isEmpty());
}

void JsonEditorDialog::setJsonValue(const QJsonValue &value)
{
    m_editor->setJsonValue(value);
}

QJsonValue JsonEditorDialog::jsonValue() const
{
    return m_editor->jsonValue();
}

void JsonEditorDialog::setText(const QString &text)
{
    m_editor->setPlainText(text);
    m_editor->validateNow();
}

QString JsonEditorDialog::text() const
{
    return m_editor->toPlainText();
}

void JsonEditorDialog::setAllowEmpty(bool allow)
{
    m_editor->setAllowEmpty(allow);
}

bool JsonEditorDialog::allowEmpty() const
{
    return m_editor->allowEmpty();
}

void JsonEditorDialog::setPlainStringMode(bool on)
{
    m_editor->setPlainStringMode(on);
    m_formatButton->setVisible(!on);
    updateStatus();
}

void JsonEditorDialog::accept()
{
    // The debounce may not have run yet for the last keystrokes; decide on the current text.
    if (!m_editor->validateNow()) {
        return;
    }
    QDialog::accept();
}

void JsonEditorDialog::updateStatus()
{
    const bool ok = m_editor->isValid();
    QString status;
    if (!ok) {
        status = m_editor->problem();
    } else if (m_editor->isPlainStringMode()) {
        status = tr("Plain text");
    } else if (m_editor->document()->isEmpty()) {
        status = tr("Empty");
    } else {
        status = tr("Valid JSON");
    }
    m_statusLabel->setText(status);
    m_statusLabel->setToolTip(status);
    QPalette labelPalette = palette();
    if (!ok) {
        labelPalette.setColor(QPalette::WindowText,
                              errorColor(labelPalette.color(QPalette::Window)));
    }
    m_statusLabel->setPalette(labelPalette);
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_formatButton->setEnabled(ok && !m_editor->document()->isEmpty());
}

} // namespace callpad
