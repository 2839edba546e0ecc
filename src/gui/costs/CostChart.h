#pragma once

#include "core/history/CostSeries.h"

#include <QColor>
#include <QLocale>
#include <QObject>
#include <QPalette>

class QAbstractAxis;
class QChart;
class QChartView;

namespace callpad {

// What the Cost pane's chart stacks: dollars (with the running spend) or tokens.
enum class CostView { Spend, Tokens };

// Draws a CostSeries into a QChartView's chart: a stacked bar per bucket, one bar set per group
// (the top MaxGroups groups by cost, the rest summed as "Other"), and in the spend view the
// cumulative spend as a line on a second axis. Colours come from the palette (a light or dark
// chart theme, the palette's base and text), numbers and dates from the locale.
class CostChart final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostChart)

public:
    static constexpr int MaxGroups = 8;
    // Bars beyond this many (a year of days) make the chart slow and unreadable; the newest are
    // drawn and the pane says so. The totals table still covers everything.
    static constexpr int MaxBuckets = 370;

    explicit CostChart(QChartView *view, QObject *parent = nullptr);

    void show(const CostSeries &series, CostView view, const QLocale &locale);
    void clear();
    // Re-derives the theme and colours; call when the palette changes.
    void setPalette(const QPalette &palette);

    [[nodiscard]] QChart *chart() const;
    [[nodiscard]] int shownBuckets() const { return m_shownBuckets; }

Q_SIGNALS:
    // The text for the bar or point under the mouse (exact value); empty when it leaves.
    void hoverTextChanged(const QString &text);

private:
    void rebuild();
    void styleAxis(QAbstractAxis *axis, const QString &title) const;
    double valueOf(const CostCell &cell) const;
    CostCell cellOf(int point, int group) const; // group == MaxGroups: the "Other" sum
    void hover(bool status, int point, int group, const QString &label);

    QChartView *m_view;
    CostSeries m_series;
    CostView m_costView = CostView::Spend;
    QLocale m_locale;
    QColor m_base;
    QColor m_text;
    int m_firstPoint = 0;
    int m_shownBuckets = 0;
};

} // namespace callpad
