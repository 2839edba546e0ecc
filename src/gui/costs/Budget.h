#pragma once

#include "core/history/CostSeries.h"
#include "gui/settings/SettingValue.h"

#include <QCoreApplication>
#include <QString>

namespace callpad {

// The user's spending limits in US dollars; 0 means no limit.
struct Budget
{
    double daily = 0;
    double monthly = 0;

    [[nodiscard]] bool hasLimit() const { return daily > 0 || monthly > 0; }

    friend bool operator==(const Budget &, const Budget &) = default;
};

// Spend measured against a budget. A limit counts as reached once the spend equals it, because
// the next call would take it over; "near" starts at 80% of a limit (and stays true beyond it).
struct BudgetState
{
    Q_DECLARE_TR_FUNCTIONS(callpad::BudgetState)

public:
    Budget budget;
    double spentToday = 0;
    double spentMonth = 0;
    bool overDaily = false;
    bool overMonthly = false;
    bool nearDaily = false;
    bool nearMonthly = false;

    static constexpr double NearFraction = 0.8;

    [[nodiscard]] bool over() const { return overDaily || overMonthly; }
    [[nodiscard]] bool near() const { return nearDaily || nearMonthly; }

    // "Today $1.20 of $5.00 · Month $20.00 of $100.00"; a part without a limit shows the spend
    // alone ("Today $1.20").
    [[nodiscard]] QString summary() const;
    // The part of summary() that has a limit, or today's spend when there is none: the status
    // bar's text.
    [[nodiscard]] QString shortSummary() const;
    // A sentence for the confirmation before a call is sent over the budget; empty when the
    // spend is within it.
    [[nodiscard]] QString warning() const;
};

BudgetState evaluate(const Spend &spend, const Budget &budget);

// The budget's keys in the settings; a negative or non-numeric value reads as no limit.
struct BudgetSettings
{
    explicit BudgetSettings(Settings *store)
        : daily(store, QStringLiteral("budget/daily"), 0.0),
          monthly(store, QStringLiteral("budget/monthly"), 0.0)
    {
    }

    [[nodiscard]] Budget load() const;
    void save(const Budget &budget);

    SettingValue<double> daily;
    SettingValue<double> monthly;
};

} // namespace callpad
