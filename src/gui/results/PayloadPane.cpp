#include "gui/results/PayloadPane.h"

#include "core/Background.h"
#include "core/Memory.h"

#include "core/protocol/JsonBytes.h"
#include "core/protocol/JsonText.h"
#include "gui/common/Clipboard.h"
#include "gui/json/JsonTreeView.h"
#include "gui/textview/TextView.h"
#include "gui/textview/TextViewer.h"
#include "ui_PayloadPane.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace callpad {

PayloadPane::PayloadPane(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PayloadPane>())
{
    m_ui->setupUi(this);
    textView()->setObjectName(u"payloadTextView"_s);
    textView()->setPlaceholderText(tr("The JSON payload of the call appears here."));
    m_ui->copyPayloadToolButton->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_ui->payloadSplitter->setStretchFactor(0, 2);
    m_ui->payloadSplitter->setStretchFactor(1, 3);

    connect(m_ui->showTreePushButton, &QPushButton::clicked, this, &PayloadPane::showTree);
    connect(m_ui->copyPayloadToolButton, &QToolButton::clicked, this, &PayloadPane::copyPayload);
    connect(textView(), &TextView::textShown, this, [this] {
        m_textPending = false;
        finishIfReady();
    });
    clear();
}

PayloadPane::~PayloadPane() = default;

JsonTreeView *PayloadPane::treeView() const
{
    return m_ui->payloadJsonTreeView;
}

TextView *PayloadPane::textView() const
{
    return m_ui->payloadTextViewer->view();
}

PayloadPane::Formatted PayloadPane::format(const QByteArray &text, bool large)
{
    Formatted formatted;
    formatted.text = reindentJson(text);
    if (!large) {
        formatted.value = parseJsonBytes(text);
    }
    return formatted;
}

void PayloadPane::resetViews()
{
    m_formatting.invalidate();
    m_checking.invalidate();
    m_treeBuilding.invalidate();
    m_busy = false;
    m_textPending = false;
    m_checkPending = false;
    m_large = false;
    m_treeBuilt = false;
    m_streaming = false;
    m_text.clear();
    m_schema.reset();
    m_check.reset();
    m_ui->payloadJsonTreeView->setJson(QJsonValue(QJsonValue::Undefined));
    m_ui->payloadJsonTreeView->show();
    textView()->clear();
    m_ui->showTreePushButton->hide();
    m_ui->payloadStateLabel->clear();
    m_ui->payloadSchemaWidget->hide();
    m_ui->payloadProblemsListWidget->clear();
    m_ui->copyPayloadToolButton->setEnabled(false);
}

void PayloadPane::clear()
{
    resetViews();
    // A big payload's tree is a million small allocations: freed off the GUI thread.
    releaseInBackground(std::exchange(m_payload, QJsonValue(QJsonValue::Undefined)));
}

void PayloadPane::setPayload(const QByteArray &text, std::optional<QJsonObject> outputSchema)
{
    clear();
    m_large = text.size() > LargePayloadBytes;
    m_schema = std::move(outputSchema);
    m_busy = true;
    m_textPending = true;
    m_checkPending = m_schema.has_value();
    if (text.size() < BackgroundBytes) {
        apply(format(text, m_large));
        return;
    }
    m_ui->payloadStateLabel->setText(
            tr("Formatting %1…").arg(QLocale().formattedDataSize(text.size())));
    // The worker gets a copy of the (shared, read-only) text, never `this`; a newer payload makes
    // this result stale (Latest).
    runLatest(
            this, m_formatting, [text, large = m_large] { return format(text, large); },
            [this](const Formatted &formatted) { apply(formatted); });
}

void PayloadPane::apply(const Formatted &formatted)
{
    m_text = formatted.text;
    m_payload = formatted.value;
    // A big text is indexed on a worker; textShown() says when it is on screen.
    textView()->setText(m_text, TextView::Syntax::Json);
    m_ui->copyPayloadToolButton->setEnabled(!m_text.isEmpty());
    if (m_large) {
        m_ui->payloadJsonTreeView->hide();
        m_ui->showTreePushButton->show();
        m_ui->payloadStateLabel->setText(
                tr("Large payload (%1): the text is shown first; the tree is built on request")
                        .arg(QLocale().formattedDataSize(m_text.size())));
    } else {
        m_ui->payloadStateLabel->clear();
        showTree();
    }
    checkSchema();
    if (!textView()->isIndexing()) {
        m_textPending = false;
    }
    finishIfReady();
}

void PayloadPane::checkSchema()
{
    if (!m_schema) {
        return;
    }
    if (m_text.size() < BackgroundBytes && !m_large) {
        m_check = validateAgainstSchema(m_payload, *m_schema);
        m_checkPending = false;
        showCheck();
        return;
    }
    m_ui->payloadSchemaWidget->show();
    m_ui->payloadProblemsListWidget->hide();
    m_ui->payloadSchemaLabel->setText(tr("Checking against the output schema…"));
    // A large payload is parsed for the check on the worker, and its tree dropped there.
    runLatest(
            this, m_checking,
            [value = m_payload, text = m_large ? m_text : QByteArray(), schema = *m_schema] {
                return validateAgainstSchema(value.isUndefined() ? parseJsonBytes(text) : value,
                                             schema);
            },
            [this](const SchemaCheck &check) {
                m_check = check;
                m_checkPending = false;
                showCheck();
                if (m_large) {
                    // The worker's tree is gone; its heap goes back to the system.
                    releaseFreedMemory();
                }
                finishIfReady();
            });
}

void PayloadPane::finishIfReady()
{
    if (m_busy && !m_textPending && !m_checkPending) {
        m_busy = false;
        Q_EMIT payloadReady();
    }
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
    // A payload that breaks the schema in every element can have 100,000 problems; listing them
    // all would freeze the window, and the first few hundred tell the story.
    const int shown = std::min(count, ProblemListLimit);
    for (int i = 0; i < shown; ++i) {
        const SchemaViolation &violation = m_check->violations.at(i);
        const QString pointer = violation.pointer.isEmpty() ? tr("(root)") : violation.pointer;
        auto *item = new QListWidgetItem(u"%1: %2"_s.arg(pointer, violation.message), list);
        item->setToolTip(violation.message);
    }
    if (count > shown) {
        new QListWidgetItem(tr("… and %n more", nullptr, count - shown), list);
    }
    list->show();
}

void PayloadPane::showTree()
{
    if (m_treeBuilt || m_treeBuilding.isPending()) {
        return;
    }
    if (!m_payload.isUndefined()) {
        // The model is lazy: this builds only the first rows, the rest as the user expands.
        m_ui->payloadJsonTreeView->setJson(m_payload);
        m_ui->payloadJsonTreeView->show();
        m_ui->showTreePushButton->hide();
        m_treeBuilt = true;
        return;
    }
    if (m_text.isEmpty() || m_streaming) {
        return;
    }
    // A large payload is kept as text only: parse it again on a worker, then show the tree.
    m_ui->showTreePushButton->setEnabled(false);
    m_ui->payloadStateLabel->setText(tr("Building the tree…"));
    runLatest(
            this, m_treeBuilding, [text = m_text] { return parseJsonBytes(text); },
            [this](const QJsonValue &value) {
                m_ui->payloadJsonTreeView->setJson(value);
                m_ui->payloadJsonTreeView->show();
                m_ui->showTreePushButton->hide();
                m_ui->showTreePushButton->setEnabled(true);
                m_ui->payloadStateLabel->clear();
                m_treeBuilt = true;
                Q_EMIT treeShown();
            });
}

void PayloadPane::copyPayload()
{
    if (m_text.isEmpty()) {
        return;
    }
    // The pane's text is the view's buffer: the clipboard shares it, no copy is made.
    setClipboardUtf8(m_text);
    Q_EMIT statusMessage(tr("Copied the JSON payload"));
}

void PayloadPane::beginStream()
{
    clear();
    m_streaming = true;
    // The live lines are not JSON; colouring them as such would be noise.
    textView()->setText(QByteArray(), TextView::Syntax::Plain);
    m_ui->payloadStateLabel->setText(tr("Receiving…"));
}

void PayloadPane::appendStreamDelta(const QString &jsonPath, const QJsonValue &delta)
{
    if (!m_streaming) {
        beginStream();
    }
    const QString path = jsonPath.isEmpty() ? tr("(root)") : jsonPath;
    const QString value = delta.isString() ? delta.toString() : toJsonText(delta, false);
    const QString line = u"%1: %2"_s.arg(path, value);
    textView()->appendText(textView()->isEmpty() ? line : u'\n' + line);
}

} // namespace callpad
