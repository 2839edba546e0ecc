#include "gui/results/MessagePane.h"

#include "gui/textview/TextView.h"
#include "gui/textview/TextViewer.h"
#include "ui_MessagePane.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

// Raw HTML in a model's answer is shown as text: it is content, not markup we asked for.
constexpr QTextDocument::MarkdownFeatures markdownFeatures()
{
    return { QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML };
}

} // namespace

MessagePane::MessagePane(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::MessagePane>())
{
    m_ui->setupUi(this);
    m_ui->copyMessageToolButton->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(RenderIntervalMs);

    connect(&m_renderTimer, &QTimer::timeout, this, &MessagePane::render);
    connect(m_ui->markdownCheckBox, &QCheckBox::toggled, this, [this] { render(); });
    connect(m_ui->copyMessageToolButton, &QToolButton::clicked, this, &MessagePane::copyMessage);
    connect(m_ui->messageTextBrowser, &QTextBrowser::anchorClicked, this, &MessagePane::openLink);
    textView()->setObjectName(u"messageTextView"_s);
    textView()->setPlaceholderText(m_ui->messageTextBrowser->placeholderText());
    textView()->setWrapping(true);
    connect(textView(), &TextView::textShown, this, [this] {
        if (!m_streaming && !m_renderedAsMarkdown) {
            Q_EMIT messageShown();
        }
    });
    updateControls();
}

MessagePane::~MessagePane() = default;

QTextBrowser *MessagePane::textBrowser() const
{
    return m_ui->messageTextBrowser;
}

TextView *MessagePane::textView() const
{
    return m_ui->messageTextViewer->view();
}

bool MessagePane::isBusy() const
{
    return !m_renderedAsMarkdown && textView()->isIndexing();
}

void MessagePane::setMessage(const QString &text)
{
    m_renderTimer.stop();
    m_streaming = false;
    m_text = text;
    render();
}

void MessagePane::clear()
{
    setMessage(QString());
}

void MessagePane::beginStream()
{
    setMessage(QString());
    m_streaming = true;
    updateControls();
}

void MessagePane::appendText(const QString &delta)
{
    if (delta.isEmpty()) {
        return;
    }
    if (!m_streaming) {
        beginStream();
    }
    m_text += delta;
    // A pending render will show the delta anyway; appending it too would double it.
    if (!m_renderedAsMarkdown && !m_renderTimer.isActive()) {
        // Plain text grows in place: only the last line is indexed again.
        textView()->appendText(delta);
        updateControls();
        return;
    }
    if (!m_renderTimer.isActive()) {
        m_renderTimer.start();
    }
}

void MessagePane::finishStream()
{
    m_streaming = false;
    m_renderTimer.stop();
    render();
}

void MessagePane::setMarkdownEnabled(bool enabled)
{
    m_ui->markdownCheckBox->setChecked(enabled);
}

bool MessagePane::isMarkdownEnabled() const
{
    return m_ui->markdownCheckBox->isChecked();
}

void MessagePane::render()
{
    m_renderTimer.stop();
    m_renderedAsMarkdown = isMarkdownEnabled() && m_text.size() <= MarkdownLimit;
    if (!m_renderedAsMarkdown) {
        m_ui->messageStackedWidget->setCurrentWidget(m_ui->messageTextViewer);
        m_ui->messageTextBrowser->clear();
        // The view follows the end by itself while it is scrolled there.
        const QScrollBar *bar = textView()->verticalScrollBar();
        const bool followEnd = m_streaming && bar->value() >= bar->maximum();
        textView()->setText(m_text);
        if (followEnd) {
            textView()->verticalScrollBar()->setValue(textView()->verticalScrollBar()->maximum());
        }
        updateControls();
        return;
    }
    m_ui->messageStackedWidget->setCurrentWidget(m_ui->messageTextBrowser);
    textView()->clear();
    QTextBrowser *browser = m_ui->messageTextBrowser;
    QScrollBar *bar = browser->verticalScrollBar();
    const int oldValue = bar->value();
    const bool followEnd = m_streaming && oldValue >= bar->maximum();
    browser->document()->setMarkdown(m_text, markdownFeatures());
    bar->setValue(followEnd ? bar->maximum() : oldValue);
    updateControls();
    if (!m_streaming) {
        Q_EMIT messageShown();
    }
}

void MessagePane::updateControls()
{
    const bool tooLong = m_text.size() > MarkdownLimit;
    m_ui->markdownCheckBox->setEnabled(!tooLong);
    m_ui->markdownCheckBox->setToolTip(
            tooLong ? tr("This message is too long to render as Markdown; it is shown as text")
                    : tr("Render the message as Markdown; uncheck to see the text as received"));
    m_ui->copyMessageToolButton->setEnabled(!m_text.isEmpty());
    m_ui->messageStateLabel->setText(m_streaming ? tr("Receiving…") : QString());
}

void MessagePane::copyMessage()
{
    if (m_text.isEmpty()) {
        return;
    }
    QGuiApplication::clipboard()->setText(m_text);
    Q_EMIT statusMessage(tr("Copied the message"));
}

void MessagePane::openLink(const QUrl &url)
{
    // Only what a browser or mail client handles; a model's answer must not launch programs.
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" || scheme == u"https" || scheme == u"mailto") {
        QDesktopServices::openUrl(url);
    } else {
        Q_EMIT statusMessage(tr("Not opening the link %1").arg(url.toDisplayString()));
    }
}

} // namespace callpad
