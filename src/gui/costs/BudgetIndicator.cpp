#include "gui/costs/BudgetIndicator.h"

#include "gui/common/Palette.h"
#include "gui/costs/BudgetDialog.h"
#include "gui/costs/BudgetMonitor.h"

#include <QMetaMethod>
#include <QMouseEvent>

using namespace Qt::StringLiterals;

namespace callpad {

BudgetIndicator::BudgetIndicator(BudgetMonitor *monitor, QWidget *parent)
    : QLabel(parent), m_monitor(monitor)
{
    setObjectName(u"budgetIndicatorLabel"_s);
    setCursor(Qt::PointingHandCursor);
    setStatusTip(tr("Spend against your budget; click to change the budget"));
    connect(m_monitor, &BudgetMonitor::stateChanged, this, &BudgetIndicator::showState);
    connect(m_monitor, &BudgetMonitor::failed, this, &QLabel::setToolTip);
    showState(m_monitor->state());
}

BudgetIndicator::~BudgetIndicator() = default;

void BudgetIndicator::showState(const BudgetState &state)
{
    setText(state.shortSummary());
    QString tip = state.summary();
    if (state.over()) {
        tip += u'\n' + tr("The budget is reached: Callpad asks before sending another call.");
    } else if (state.near()) {
        tip += u'\n' + tr("Over 80% of the budget is spent.");
    }
    setToolTip(tip + u'\n' + tr("Click to change the budget."));
    applyTint();
}

void BudgetIndicator::applyTint()
{
    m_tinting = true;
    // An empty palette inherits everything, so the label follows a theme change; only the text
    // colour is set when the spend needs attention.
    QPalette tinted;
    const QColor background = parentWidget() != nullptr
            ? parentWidget()->palette().color(QPalette::Window)
            : QPalette().color(QPalette::Window);
    const BudgetState state = m_monitor->state();
    if (state.over()) {
        tinted.setColor(QPalette::WindowText, errorColor(background));
    } else if (state.near()) {
        tinted.setColor(QPalette::WindowText, warningColor(background));
    }
    setPalette(tinted);
    m_tinting = false;
}

BudgetDialog *BudgetIndicator::openBudgetDialog()
{
    auto *dialog = new BudgetDialog(this);
    dialog->setObjectName(u"budgetDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setBudget(m_monitor->budget());
    dialog->setSpend(m_monitor->spend());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_monitor->chooseBudget(dialog->budget());
        Q_EMIT budgetChanged(m_monitor->budget());
    });
    dialog->open();
    return dialog;
}

void BudgetIndicator::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        event->accept();
        Q_EMIT clicked();
        if (!isSignalConnected(QMetaMethod::fromSignal(&BudgetIndicator::clicked))) {
            openBudgetDialog();
        }
        return;
    }
    QLabel::mouseReleaseEvent(event);
}

void BudgetIndicator::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::ParentChange
        || (event->type() == QEvent::PaletteChange && !m_tinting)) {
        applyTint();
    }
}

} // namespace callpad
