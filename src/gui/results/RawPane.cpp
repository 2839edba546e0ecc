#include "gui/results/RawPane.h"

#include "core/Background.h"

#include "core/protocol/CallResult.h"
#include "gui/common/Clipboard.h"
#include "gui/textview/TextView.h"
#include "gui/textview/TextViewer.h"
#include "ui_RawPane.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace callpad {

RawPane::RawPane(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::RawPane>())
{
    m_ui->setupUi(this);
    requestView()->setObjectName(u"requestTextView"_s);
    responseView()->setObjectName(u"responseTextView"_s);
    requestView()->setPlaceholderText(tr("The request as sent appears here."));
    responseView()->setPlaceholderText(tr("The response as received appears here."));
    m_ui->copyRequestToolButton->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_ui->copyResponseToolButton->setIcon(QIcon::fromTheme(u"edit-copy"_s));

    connect(m_ui->copyRequestToolButton, &QToolButton::clicked, this, &RawPane::copyRequest);
    connect(m_ui->copyResponseToolButton, &QToolButton::clicked, this, &RawPane::copyResponse);
    connect(requestView(), &TextView::textShown, this, &RawPane::onTextShown);
    connect(responseView(), &TextView::textShown, this, &RawPane::onTextShown);
    clear();
}

RawPane::~RawPane() = default;

TextView *RawPane::requestView() const
{
    return m_ui->requestTextViewer->view();
}

TextView *RawPane::responseView() const
{
    return m_ui->responseTextViewer->view();
}

void RawPane::clear()
{
    m_formatting.invalidate();
    m_busy = false;
    RawTexts empty;
    empty.responseTitle = tr("Response");
    apply(empty);
}

void RawPane::setResult(const CallResult &result)
{
    m_formatting.invalidate();
    m_busy = true;
    const qsizetype size = result.body.size() + result.request.body.size();
    if (size < BackgroundBytes) {
        apply(rawTexts(result));
        return;
    }
    m_viewsIndexing = 0;
    requestView()->clear();
    responseView()->clear();
    m_ui->responseTitleLabel->setText(tr("Formatting %1…").arg(QLocale().formattedDataSize(size)));
    runLatest(
            this, m_formatting, [result] { return rawTexts(result); },
            [this](const RawTexts &texts) { apply(texts); });
}

// Shows the texts; big ones are indexed by the views on a worker, and textsReady() waits for
// both to be on screen.
void RawPane::apply(const RawTexts &texts)
{
    m_texts = texts;
    m_ui->responseTitleLabel->setText(texts.responseTitle);
    m_viewsIndexing = 2;
    requestView()->setText(texts.request);
    responseView()->setText(texts.response);
    m_ui->copyRequestToolButton->setEnabled(!texts.request.isEmpty());
    m_ui->copyResponseToolButton->setEnabled(!texts.response.isEmpty());
}

void RawPane::onTextShown()
{
    if (m_viewsIndexing > 0 && --m_viewsIndexing == 0 && m_busy) {
        m_busy = false;
        Q_EMIT textsReady();
    }
}

void RawPane::copyRequest()
{
    if (!m_texts.request.isEmpty()) {
        setClipboardUtf8(m_texts.request);
        Q_EMIT statusMessage(tr("Copied the raw request"));
    }
}

void RawPane::copyResponse()
{
    if (!m_texts.response.isEmpty()) {
        setClipboardUtf8(m_texts.response);
        Q_EMIT statusMessage(tr("Copied the raw response"));
    }
}

} // namespace callpad
