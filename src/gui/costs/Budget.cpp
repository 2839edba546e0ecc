#include "gui/costs/Budget.h"

#include "gui/common/UsageFormat.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

double sanitized(double value)
{
    return std::isfinite(value) && value > 0 ? value : 0.0;
}

QString part(const char *withLimit, const char *withoutLimit, double spent, double limit)
{
    const QLocale locale;
    return limit > 0
            ? BudgetState::tr(withLimit).arg(formatUsd(spent, locale), formatUsd(limit, locale))
            : BudgetState::tr(withoutLimit).arg(formatUsd(spent, locale));
}

QString todayPart(const BudgetState &state)
{
    return part(QT_TRANSLATE_NOOP("callpad::BudgetState", "Today %1 of %2"),
                QT_TRANSLATE_NOOP("callpad::BudgetState", "Today %1"), state.spentToday,
                state.budget.daily);
}

QString monthPart(const BudgetState &state)
{
    return part(QT_TRANSLATE_NOOP("callpad::BudgetState", "Month %1 of %2"),
                QT_TRANSLATE_NOOP("callpad::BudgetState", "Month %1"), state.spentMonth,
                state.budget.monthly);
}

} // namespace

BudgetState evaluate(const Spend &spend, const Budget &budget)
{
    BudgetState state;
    state.budget = { sanitized(budget.daily), sanitized(budget.monthly) };
    state.spentToday = spend.today;
    state.spentMonth = spend.month;
    const auto over = [](double spent, double limit) { return limit > 0 && spent >= limit; };
    const auto near = [](double spent, double limit) {
        return limit > 0 && spent >= limit * BudgetState::NearFraction;
    };
    state.overDaily = over(spend.today, state.budget.daily);
    state.overMonthly = over(spend.month, state.budget.monthly);
    state.nearDaily = near(spend.today, state.budget.daily);
    state.nearMonthly = near(spend.month, state.budget.monthly);
    return state;
}

QString BudgetState::summary() const
{
    return tr("%1 · %2").arg(todayPart(*this), monthPart(*this));
}

QString BudgetState::shortSummary() const
{
    if (budget.daily > 0 && budget.monthly > 0) {
        return summary();
    }
    return budget.monthly > 0 ? monthPart(*this) : todayPart(*this);
}

QString BudgetState::warning() const
{
    const QLocale locale;
    const QString today
            = tr("%1 today, over your daily budget of %2")
                      .arg(formatUsd(spentToday, locale), formatUsd(budget.daily, locale));
    const QString month
            = tr("%1 this month, over your monthly budget of %2")
                      .arg(formatUsd(spentMonth, locale), formatUsd(budget.monthly, locale));
    QString spent;
    if (overDaily && overMonthly) {
        spent = tr("%1, and %2").arg(today, month);
    } else if (overDaily) {
        spent = today;
    } else if (overMonthly) {
        spent = month;
    } else {
        return {};
    }
    return tr("You have spent %1. Send the call anyway?").arg(spent);
}

Budget BudgetSettings::load() const
{
    return { sanitized(daily.get()), sanitized(monthly.get()) };
}

void BudgetSettings::save(const Budget &budget)
{
    daily.set(sanitized(budget.daily));
    monthly.set(sanitized(budget.monthly));
}

} // namespace callpad
