#include "gui/results/UsagePane.h"

#include "core/protocol/CallResult.h"
#include "gui/common/UsageFormat.h"
#include "ui_UsagePane.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace callpad {

UsagePane::UsagePane(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::UsagePane>())
{
    m_ui->setupUi(this);
    m_ui->copySpanIdToolButton->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_ui->cachedBadgeLabel->setAutoFillBackground(true);
    m_ui->cachedBadgeLabel->setContentsMargins(6, 1, 6, 1);
    QFont badgeFont = m_ui->cachedBadgeLabel->font();
    badgeFont.setBold(true);
    m_ui->cachedBadgeLabel->setFont(badgeFont);
    styleBadge();
    connect(m_ui->copySpanIdToolButton, &QToolButton::clicked, this, &UsagePane::copySpanId);
    clear();
}

UsagePane::~UsagePane() = default;

void UsagePane::clear()
{
    m_spanId.clear();
    const QString none = formatTokenCount(std::nullopt);
    for (QLabel *label :
         { m_ui->inputTokensValueLabel, m_ui->outputTokensValueLabel,
           m_ui->reasoningTokensValueLabel, m_ui->totalTokensValueLabel,
           m_ui->generationCostValueLabel, m_ui->platformCostValueLabel, m_ui->totalCostValueLabel,
           m_ui->latencyValueLabel, m_ui->streamedValueLabel, m_ui->spanIdValueLabel }) {
        label->setText(none);
    }
    m_ui->cachedBadgeLabel->hide();
    m_ui->usageNoteLabel->clear();
    m_ui->usageNoteLabel->hide();
    m_ui->copySpanIdToolButton->setEnabled(false);
    m_ui->extraUsageTreeWidget->clear();
    m_ui->extraUsageLabel->hide();
    m_ui->extraUsageTreeWidget->hide();
}

void UsagePane::setResult(const CallResult &result)
{
    clear();
    const CallResponse &response = result.response;
    const Usage usage = response.usage.value_or(Usage());
    m_ui->inputTokensValueLabel->setText(formatTokenCount(usage.inputTokens));
    m_ui->outputTokensValueLabel->setText(formatTokenCount(usage.outputTokens));
    m_ui->reasoningTokensValueLabel->setText(formatTokenCount(usage.reasoningTokens));
    m_ui->totalTokensValueLabel->setText(formatTokenCount(usage.totalTokens));

    const Cost cost = response.cost.value_or(Cost());
    m_ui->generationCostValueLabel->setText(formatUsd(cost.generation));
    m_ui->platformCostValueLabel->setText(formatUsd(cost.platform));
    m_ui->totalCostValueLabel->setText(formatUsd(cost.total));
    // The exact number as sent, for whoever reconciles a bill.
    m_ui->totalCostValueLabel->setToolTip(
            cost.total ? tr("%1 USD").arg(QString::number(*cost.total, 'g', 17))
                       : tr("Generation plus platform cost, in US dollars"));

    m_ui->cachedBadgeLabel->setVisible(response.cached);
    m_ui->latencyValueLabel->setText(formatLatency(result.latencyMs));
    if (!result.streamed) {
        m_ui->streamedValueLabel->setText(tr("No"));
    } else {
        m_ui->streamedValueLabel->setText(
                result.eventCount == 1 ? tr("Yes, 1 event")
                                       : tr("Yes, %n events", nullptr, result.eventCount));
    }

    m_spanId = response.spanId;
    if (!m_spanId.isEmpty()) {
        m_ui->spanIdValueLabel->setText(m_spanId);
    }
    m_ui->copySpanIdToolButton->setEnabled(!m_spanId.isEmpty());

    if (!response.usage && !response.cost) {
        m_ui->usageNoteLabel->setText(result.streamed
                                              ? tr("Streamed calls report no usage or cost.")
                                              : tr("The response carried no usage or cost."));
        m_ui->usageNoteLabel->show();
    }

    const QList<QPair<QString, QString>> extra = unknownUsageFields(response);
    for (const auto &[key, value] : extra) {
        auto *item = new QTreeWidgetItem(m_ui->extraUsageTreeWidget, { key, value });
        item->setToolTip(1, value);
    }
    m_ui->extraUsageTreeWidget->resizeColumnToContents(0);
    m_ui->extraUsageLabel->setVisible(!extra.isEmpty());
    m_ui->extraUsageTreeWidget->setVisible(!extra.isEmpty());
}

bool UsagePane::isCachedBadgeShown() const
{
    return !m_ui->cachedBadgeLabel->isHidden();
}

void UsagePane::copySpanId()
{
    if (m_spanId.isEmpty()) {
        return;
    }
    QGuiApplication::clipboard()->setText(m_spanId);
    Q_EMIT statusMessage(tr("Copied the span id"));
}

void UsagePane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        styleBadge();
    }
}

void UsagePane::styleBadge()
{
    // The selection colours: a badge that reads in light and dark themes alike.
    QPalette badge = m_ui->cachedBadgeLabel->palette();
    badge.setColor(QPalette::Window, palette().color(QPalette::Highlight));
    badge.setColor(QPalette::WindowText, palette().color(QPalette::HighlightedText));
    m_ui->cachedBadgeLabel->setPalette(badge);
}

} // namespace callpad
