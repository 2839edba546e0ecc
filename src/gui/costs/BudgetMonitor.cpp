#include "gui/costs/BudgetMonitor.h"

#include "core/history/HistoryService.h"

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

constexpr int ChangeDelayMs = 250;
constexpr int ClockIntervalMs = 60 * 1000;

} // namespace

BudgetMonitor::BudgetMonitor(HistoryService *history, QObject *parent)
    : QObject(parent), m_history(history), m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(u"budgetMonitor"_s);
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(ChangeDelayMs);
    connect(&m_changeTimer, &QTimer::timeout, this, &BudgetMonitor::refresh);
    m_clockTimer.setInterval(ClockIntervalMs);
    connect(&m_clockTimer, &QTimer::timeout, this, &BudgetMonitor::refresh);
    m_clockTimer.start();
    if (m_history) {
        connect(m_history, &HistoryService::opened, this, &BudgetMonitor::refresh);
        for (const auto signal : { &HistoryService::changed, &HistoryService::externallyChanged }) {
            connect(m_history, signal, &m_changeTimer, qOverload<>(&QTimer::start));
        }
    }
    refresh();
}

BudgetMonitor::~BudgetMonitor() = default;

void BudgetMonitor::setBudget(const Budget &budget)
{
    m_state = evaluate(m_spend, budget);
    Q_EMIT stateChanged(m_state);
}

void BudgetMonitor::chooseBudget(const Budget &budget)
{
    setBudget(budget);
    Q_EMIT budgetChosen(m_state.budget);
}

void BudgetMonitor::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    refresh();
}

void BudgetMonitor::setClock(std::function<QDateTime()> now)
{
    if (now) {
        m_now = std::move(now);
    }
    refresh();
}

void BudgetMonitor::showSpend(const Spend &spend)
{
    m_spend = spend;
    m_state = evaluate(spend, m_state.budget);
    Q_EMIT stateChanged(m_state);
}

void BudgetMonitor::addSpend(double cost)
{
    if (cost <= 0) {
        return;
    }
    Spend spend = m_spend;
    spend.today += cost;
    spend.month += cost;
    showSpend(spend);
}

void BudgetMonitor::refresh()
{
    m_changeTimer.stop();
    if (!m_history || !m_history->isOpen()) {
        return; // opened() brings the first read
    }
    m_history->spend(m_now(), m_zone, this, m_read.wrap([this](const Result<Spend> &spend) {
        if (!spend) {
            m_error = spend.error();
            Q_EMIT failed(tr("Cannot read today's spend: %1").arg(m_error));
            return;
        }
        m_error.clear();
        showSpend(*spend);
    }));
}

} // namespace callpad
