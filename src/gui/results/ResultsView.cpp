#include "gui/results/ResultsView.h"

#include "core/protocol/CallResult.h"
#include "gui/images/ImagesPane.h"
#include "gui/results/ErrorBanner.h"
#include "gui/results/MessagePane.h"
#include "gui/results/PayloadPane.h"
#include "gui/results/RawPane.h"
#include "gui/results/UsagePane.h"
#include "ui_ResultsView.h"

using namespace Qt::StringLiterals;

namespace callpad {

ResultsView::ResultsView(ApiClient *client, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ResultsView>())
{
    m_ui->setupUi(this);
    // ImagesPane needs the client at construction, which a form cannot pass.
    m_imagesPane = new ImagesPane(client, m_ui->imagesTab);
    m_ui->imagesTabLayout->addWidget(m_imagesPane);
    for (int tab = 0; tab < TabCount; ++tab) {
        m_tabToolTips[size_t(tab)] = m_ui->resultsTabWidget->tabToolTip(tab);
    }
    QFont stateFont = m_ui->callStateLabel->font();
    stateFont.setItalic(true);
    m_ui->callStateLabel->setFont(stateFont);

    const auto forward = [this](const QString &message) { Q_EMIT statusMessage(message); };
    connect(m_ui->errorBannerFrame, &ErrorBanner::statusMessage, this, forward);
    connect(m_ui->messagePane, &MessagePane::statusMessage, this, forward);
    connect(m_ui->payloadPane, &PayloadPane::statusMessage, this, forward);
    connect(m_imagesPane, &ImagesPane::statusMessage, this, forward);
    connect(m_ui->usagePane, &UsagePane::statusMessage, this, forward);
    connect(m_ui->rawPane, &RawPane::statusMessage, this, forward);
    clear();
}

ResultsView::~ResultsView() = default;

ErrorBanner *ResultsView::errorBanner() const
{
    return m_ui->errorBannerFrame;
}

MessagePane *ResultsView::messagePane() const
{
    return m_ui->messagePane;
}

PayloadPane *ResultsView::payloadPane() const
{
    return m_ui->payloadPane;
}

UsagePane *ResultsView::usagePane() const
{
    return m_ui->usagePane;
}

RawPane *ResultsView::rawPane() const
{
    return m_ui->rawPane;
}

QTabWidget *ResultsView::tabWidget() const
{
    return m_ui->resultsTabWidget;
}

ResultsView::Tab ResultsView::currentTab() const
{
    return Tab(m_ui->resultsTabWidget->currentIndex());
}

void ResultsView::setCurrentTab(Tab tab)
{
    m_ui->resultsTabWidget->setCurrentIndex(tab);
}

void ResultsView::setTabAvailable(Tab tab, bool available, const QString &whyNot)
{
    m_ui->resultsTabWidget->setTabEnabled(tab, available);
    m_ui->resultsTabWidget->setTabToolTip(tab, available ? m_tabToolTips[size_t(tab)] : whyNot);
}

void ResultsView::setAllTabsAvailable()
{
    for (int tab = 0; tab < TabCount; ++tab) {
        setTabAvailable(Tab(tab), true);
    }
}

void ResultsView::clearPanes()
{
    m_ui->errorBannerFrame->clear();
    m_ui->messagePane->clear();
    m_ui->payloadPane->clear();
    m_imagesPane->clear();
    m_ui->usagePane->clear();
    m_ui->rawPane->clear();
}

void ResultsView::clear()
{
    clearPanes();
    m_calling = false;
    m_streamed = false;
    m_sawStructured = false;
    m_ui->callStateLabel->clear();
    m_ui->callStateLabel->hide();
    setAllTabsAvailable();
    setCurrentTab(MessageTab);
}

void ResultsView::beginCall(bool streamed)
{
    clearPanes();
    setAllTabsAvailable();
    m_calling = true;
    m_streamed = streamed;
    m_sawStructured = false;
    m_ui->callStateLabel->setText(streamed ? tr("Streaming…") : tr("Calling…"));
    m_ui->callStateLabel->show();
    if (streamed) {
        m_ui->messagePane->beginStream();
        setCurrentTab(MessageTab);
    }
}

void ResultsView::applyStreamUpdate(const StreamAssembler::Update &update)
{
    // A late update of a call already shown (or cleared) must not write into the new state.
    if (!m_calling) {
        return;
    }
    if (!update.textDelta.isEmpty()) {
        m_ui->messagePane->appendText(update.textDelta);
        return;
    }
    // A structured chunk carries a path, or (the root bucket) a delta without one. An empty
    // string adds nothing either way.
    const bool hasDelta = !update.delta.isUndefined() && !update.delta.isNull()
            && !(update.delta.isString() && update.delta.toString().isEmpty());
    if (update.jsonPath.isEmpty() && !hasDelta) {
        return;
    }
    if (!m_sawStructured) {
        m_sawStructured = true;
        m_ui->payloadPane->beginStream();
        setCurrentTab(PayloadTab);
    }
    m_ui->payloadPane->appendStreamDelta(update.jsonPath, update.delta);
}

void ResultsView::showResult(const CallResult &result, std::optional<QJsonObject> outputSchema)
{
    clearPanes();
    m_calling = false;
    m_ui->callStateLabel->clear();
    m_ui->callStateLabel->hide();
    m_ui->rawPane->setResult(result);

    if (!result.ok()) {
        m_ui->errorBannerFrame->showError(result.error);
        const QString why = tr("The call failed: see the error above and the Raw tab");
        for (const Tab tab : { MessageTab, PayloadTab, ImagesTab, UsageTab }) {
            setTabAvailable(tab, false, why);
        }
        setTabAvailable(RawTab, true);
        setCurrentTab(RawTab);
        return;
    }

    const CallResponse &response = result.response;
    const bool hasMessage = response.message.has_value();
    const bool hasPayload = response.hasJsonPayload();
    const bool hasImages = !response.images.isEmpty();
    if (hasMessage) {
        m_ui->messagePane->setMessage(*response.message);
    }
    if (hasPayload) {
        m_ui->payloadPane->setPayload(response.jsonPayloadText, std::move(outputSchema));
    }
    if (hasImages) {
        m_imagesPane->setImages(response.images);
    }
    m_ui->usagePane->setResult(result);

    setTabAvailable(MessageTab, hasMessage,
                    hasPayload ? tr("This function answered with a JSON payload, not a message")
                               : tr("The response has no message"));
    setTabAvailable(PayloadTab, hasPayload,
                    tr("The response has no JSON payload: the function has no output schema"));
    setTabAvailable(ImagesTab, hasImages, tr("The response has no images"));
    setTabAvailable(UsageTab, true);
    setTabAvailable(RawTab, true);

    // Images are what an image model is called for; a message beside them is a caption.
    if (hasImages) {
        setCurrentTab(ImagesTab);
    } else if (hasPayload) {
        setCurrentTab(PayloadTab);
    } else {
        setCurrentTab(hasMessage ? MessageTab : RawTab);
    }
}

} // namespace callpad
