#pragma once

#include "Budget.h"

#include <QDateTime>
#include <QLabel>
#include <QTimeZone>
#include <QTimer>

#include <functional>

namespace callpad {

class BudgetDialog;
class HistoryStore;

// The status bar's spend against the budget ("Today $1.20 of $5.00"), or today's spend alone
// when no limit is set. Amber from 80% of a limit, red once one is reached (Palette.h); the
// tooltip has the month. A click emits clicked(); when nothing is connected to it, the indicator
// opens the BudgetDialog itself and announces a budget chosen there with budgetChanged(), for the
// window to save. (A window with its own budget flow connects clicked() and gets no second dialog.)
//
// The spend is read on a worker thread over a connection of its own (CostQuery.h), refreshed
// when the store changes and once a minute, so the day and month roll over on time.
class BudgetIndicator final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetIndicator)

public:
    explicit BudgetIndicator(HistoryStore *store, QWidget *parent = nullptr);
    ~BudgetIndicator() override;

    [[nodiscard]] Budget budget() const { return m_state.budget; }
    void setBudget(const Budget &budget);
    // The last spend read, against the budget: what the window asks confirmSendOverBudget().
    [[nodiscard]] BudgetState state() const { return m_state; }
    [[nodiscard]] Spend spend() const { return m_spend; }
    // True while a spend query is running.
    [[nodiscard]] bool isBusy() const { return m_shownGeneration != m_generation; }

    // Where "today" is and what time it is: the system's zone and clock unless set (tests).
    void setTimeZone(const QTimeZone &zone);
    void setClock(std::function<QDateTime()> now);

    // Shows `spend` without reading the history.
    void showSpend(const Spend &spend);
    // Opens the budget dialog (window-modal, not blocking) and returns it.
    BudgetDialog *openBudgetDialog();

public Q_SLOTS:
    // Reads today's and this month's spend off the GUI thread.
    void refresh();

Q_SIGNALS:
    void clicked();
    void budgetChanged(const callpad::Budget &budget);
    void stateChanged(const callpad::BudgetState &state);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showState();
    void applyTint();

    HistoryStore *m_store;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    std::function<QDateTime()> m_now;
    Spend m_spend;
    BudgetState m_state;
    QTimer m_changeTimer;
    QTimer m_clockTimer;
    quint64 m_generation = 0;
    quint64 m_shownGeneration = 0;
    bool m_tinting = false;
};

} // namespace callpad
