#include "gui/results/PayloadPane.h"

#include "core/Background.h"

#include "core/protocol/JsonText.h"
#include "gui/json/JsonHighlighter.h"
#include "gui/json/JsonTreeView.h"
#include "ui_PayloadPane.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace callpad {

PayloadPane::PayloadPane(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PayloadPane>())
{
    m_ui->setupUi(this);
    m_ui->payloadTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new JsonHighlighter(m_ui->payloadTextEdit->document());
    m_highlighter->setObjectName(u"payloadJsonHighlighter"_s);
    m_ui->copyPayloadToolButton->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_ui->payloadSplitter->setStretchFactor(0, 2);
    m_ui->payloadSplitter->setStretchFactor(1, 3);

    connect(m_ui->showTreePushButton, &QPushButton::clicked, this, &PayloadPane::showTree);
    connect(m_ui->copyPayloadToolButton, &QToolButton::clicked, this, &PayloadPane::copyPayload);
    clear();
}

PayloadPane::~PayloadPane() = default;

JsonTreeView *PayloadPane::treeView() const
{
    return m_ui->payloadJsonTreeView;
}

QPlainTextEdit *PayloadPane::textEdit() const
{
    return m_ui->payloadTextEdit;
}

PayloadPane::Prepared PayloadPane::prepare(const QJsonValue &payload,
                                           const std::optional<QJsonObject> &schema)
{
    Prepared prepared;
    prepared.text = toJsonText(payload, true);
    if (schema) {
        prepared.check = validateAgainstSchema(payload, *schema);
    }
    return prepared;
}

void PayloadPane::resetViews()
{
    m_formatting.invalidate();
    m_busy = false;
    m_large = false;
    m_treeBuilt = false;
    m_streaming = false;
    m_text.clear();
    m_check.reset();
    m_ui->payloadJsonTreeView->setJson(QJsonValue(QJsonValue::Undefined));
    m_ui->payloadJsonTreeView->show();
    m_ui->payloadTextEdit->clear();
    m_ui->showTreePushButton->hide();
    m_ui->payloadStateLabel->clear();
    m_ui->payloadSchemaWidget->hide();
    m_ui->payloadProblemsListWidget->clear();
    m_ui->copyPayloadToolButton->setEnabled(false);
}

void PayloadPane::clear()
{
    resetViews();
    m_payload = QJsonValue(QJsonValue::Undefined);
    m_highlighter->setActive(true);
}

void PayloadPane::setPayload(const QJsonValue &payload, qsizetype approxTextBytes,
                             std::optional<QJsonObject> outputSchema)
{
    resetViews();
    m_payload = payload;
    m_highlighter->setActive(true);
    if (approxTextBytes > 0 && approxTextBytes < BackgroundBytes) {
        apply(prepare(payload, outputSchema), approxTextBytes);
        return;
    }

    m_busy = true;
    m_ui->payloadStateLabel->setText(outputSchema ? tr("Formatting and validating…")
                                                  : tr("Formatting…"));
    // The worker gets copies (QJsonValue is implicitly shared and read-only there), never `this`.
    // A newer payload makes this result stale (Latest).
    runLatest(
            this, m_formatting,
            [payload, schema = std::move(outputSchema)] { return prepare(payload, schema); },
            [this, approxTextBytes](const Prepared &prepared) {
                apply(prepared, approxTextBytes);
            });
}

void PayloadPane::apply(const Prepared &prepared, qsizetype approxTextBytes)
{
    m_busy = false;
    m_text = prepared.text;
    m_check = prepared.check;
    // Unknown size: the formatted text's length is close enough, and costs no conversion.
    const qsizetype size = approxTextBytes > 0 ? approxTextBytes : prepared.text.size();
    m_large = size > LargePayloadBytes;
    m_ui->payloadTextEdit->setPlainText(m_text);
    m_ui->copyPayloadToolButton->setEnabled(!m_text.isEmpty());
    if (m_large) {
        m_ui->payloadJsonTreeView->hide();
        m_ui->showTreePushButton->show();
        m_ui->payloadStateLabel->setText(
                tr("Large payload (%1): the text is shown first; the tree is built on request")
                        .arg(QLocale().formattedDataSize(size)));
    } else {
        m_ui->payloadStateLabel->clear();
        showTree();
    }
    showCheck();
    Q_EMIT payloadReady();
}

void PayloadPane::showCheck()
{
    QListWidget *list = m_ui->payloadProblemsListWidget;
    list->clear();
    if (!m_check) {
        m_ui->payloadSchemaWidget->hide();
        return;
    }
    m_ui->payloadSchemaWidget->show();
    if (!m_check->schemaOk) {
        m_ui->payloadSchemaLabel->setText(
                tr("The output schema could not be used: %1").arg(m_check->schemaError));
        list->hide();
        return;
    }
    if (m_check->violations.isEmpty()) {
        m_ui->payloadSchemaLabel->setText(tr("Matches the output schema"));
        list->hide();
        return;
    }
    const int count = int(m_check->violations.size());
    m_ui->payloadSchemaLabel->setText(
            count == 1 ? tr("1 problem with the output schema:")
                       : tr("%n problems with the output schema:", nullptr, count));
    for (const SchemaViolation &violation : std::as_const(m_check->violations)) {
        const QString pointer = violation.pointer.isEmpty() ? tr("(root)") : violation.pointer;
        auto *item = new QListWidgetItem(u"%1: %2"_s.arg(pointer, violation.message), list);
        item->setToolTip(violation.message);
    }
    list->show();
}

void PayloadPane::showTree()
{
    if (m_treeBuilt || m_payload.isUndefined()) {
        return;
    }
    // The model is lazy: this builds only the first rows, the rest as the user expands.
    m_ui->payloadJsonTreeView->setJson(m_payload);
    m_ui->payloadJsonTreeView->show();
    m_ui->showTreePushButton->hide();
    m_treeBuilt = true;
}

void PayloadPane::copyPayload()
{
    if (m_text.isEmpty()) {
        return;
    }
    QGuiApplication::clipboard()->setText(m_text);
    Q_EMIT statusMessage(tr("Copied the JSON payload"));
}

void PayloadPane::beginStream()
{
    clear();
    m_streaming = true;
    // The live lines are not JSON; colouring them as such would be noise.
    m_highlighter->setActive(false);
    m_ui->payloadStateLabel->setText(tr("Receiving…"));
}

void PayloadPane::appendStreamDelta(const QString &jsonPath, const QJsonValue &delta)
{
    if (!m_streaming) {
        beginStream();
    }
    const QString path = jsonPath.isEmpty() ? tr("(root)") : jsonPath;
    const QString value = delta.isString() ? delta.toString() : toJsonText(delta, false);
    m_ui->payloadTextEdit->appendPlainText(u"%1: %2"_s.arg(path, value));
}

} // namespace callpad
