#pragma once

#include "core/Latest.h"
#include "gui/costs/Budget.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>

#include <functional>

namespace callpad {

class HistoryService;

// Today's and this month's spend against the user's budget, kept current for the whole window:
// read on the history's thread when the history changes (debounced) and once a minute, so the
// day and month roll over on time. The send gate reads state() and never queries SQLite itself;
// a finished call's cost is added at once (addSpend) so two quick calls cannot both slip under
// a limit while the next read is on its way.
class BudgetMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetMonitor)

public:
    explicit BudgetMonitor(HistoryService *history, QObject *parent = nullptr);
    ~BudgetMonitor() override;

    [[nodiscard]] Budget budget() const { return m_state.budget; }
    void setBudget(const Budget &budget);
    // The user chose `budget` (a dialog): setBudget() and budgetChosen(), for the settings.
    void chooseBudget(const Budget &budget);
    [[nodiscard]] BudgetState state() const { return m_state; }
    [[nodiscard]] Spend spend() const { return m_spend; }
    // True while a spend read is on its way.
    [[nodiscard]] bool isBusy() const { return m_read.isPending() || m_changeTimer.isActive(); }
    // Why the last read failed; empty when it worked.
    [[nodiscard]] QString error() const { return m_error; }

    // Where "today" is and what time it is: the system's zone and clock unless set (tests).
    void setTimeZone(const QTimeZone &zone);
    void setClock(std::function<QDateTime()> now);

    // Shows `spend` as read (tests, and the reads themselves).
    void showSpend(const Spend &spend);
    // A call just cost `cost` dollars; counted until the next read includes it.
    void addSpend(double cost);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void stateChanged(const callpad::BudgetState &state);
    void budgetChosen(const callpad::Budget &budget);
    void failed(const QString &message);

private:
    QPointer<HistoryService> m_history;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    std::function<QDateTime()> m_now;
    Spend m_spend;
    BudgetState m_state;
    QString m_error;
    QTimer m_changeTimer;
    QTimer m_clockTimer;
    Latest m_read;
};

} // namespace callpad
