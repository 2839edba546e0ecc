#pragma once

#include "gui/costs/Budget.h"

#include <QLabel>

namespace callpad {

class BudgetDialog;
class BudgetMonitor;

// The status bar's spend against the budget ("Today $1.20 of $5.00"), or today's spend alone
// when no limit is set: the face of a BudgetMonitor. Amber from 80% of a limit, red once one is
// reached (Palette.h); the tooltip has the month. A click emits clicked(); when nothing is
// connected to it, the indicator opens the BudgetDialog itself, and a budget chosen there goes to
// the monitor (BudgetMonitor::chooseBudget) and is announced with budgetChanged(). (A window
// with its own budget flow connects clicked() and gets no second dialog.)
class BudgetIndicator final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetIndicator)

public:
    // `monitor` is not owned and outlives the indicator.
    explicit BudgetIndicator(BudgetMonitor *monitor, QWidget *parent = nullptr);
    ~BudgetIndicator() override;

    [[nodiscard]] BudgetMonitor *monitor() const { return m_monitor; }
    // Opens the budget dialog (window-modal, not blocking) and returns it.
    BudgetDialog *openBudgetDialog();

Q_SIGNALS:
    void clicked();
    void budgetChanged(const callpad::Budget &budget);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showState(const BudgetState &state);
    void applyTint();

    BudgetMonitor *m_monitor;
    bool m_tinting = false;
};

} // namespace callpad
