#pragma once

#include "gui/costs/Budget.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class BudgetDialog;
}

namespace callpad {

// Edits the daily and monthly limits (0 = no limit) and shows what was spent so far against the
// limits being entered. The window keeps the budget in the settings (loadBudget/saveBudget).
class BudgetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetDialog)

public:
    explicit BudgetDialog(QWidget *parent = nullptr);
    ~BudgetDialog() override;

    [[nodiscard]] Budget budget() const;
    void setBudget(const Budget &budget);
    // Today's and this month's spend, shown under the limits.
    void setSpend(const Spend &spend);

private:
    void showSpend();

    std::unique_ptr<Ui::BudgetDialog> m_ui;
    Spend m_spend;
    bool m_hasSpend = false;
};

// Asks before a call goes out over the budget. True when `state` is within the budget, or when
// the user chooses to send anyway: `ask` decides when given (tests), otherwise a warning box
// (objectName budgetWarningMessageBox) with "Send Anyway" and Cancel, Cancel the default.
bool confirmSendOverBudget(QWidget *parent, const BudgetState &state,
                           const std::function<bool()> &ask = {});

} // namespace callpad
