#include "gui/costs/CostChart.h"

#include "gui/common/CostFormat.h"
#include "gui/common/Palette.h"
#include "gui/common/UsageFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace callpad {

CostChart::CostChart(QChartView *view, QObject *parent) : QObject(parent), m_view(view)
{
    QChart *chart = m_view->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_view->setRenderHint(QPainter::Antialiasing);
    setPalette(m_view->palette());
}

QChart *CostChart::chart() const
{
    return m_view->chart();
}

void CostChart::setPalette(const QPalette &palette)
{
    m_base = palette.color(QPalette::Base);
    m_text = palette.color(QPalette::Text);
    QChart *chart = m_view->chart();
    // The theme picks bar colours that suit the background; then the palette's own background
    // and text replace the theme's, so the chart sits in the window like any other view.
    chart->setTheme(isDark(m_base) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(m_base);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(m_text);
    chart->legend()->setLabelColor(m_text);
    m_view->setBackgroundBrush(m_base);
    rebuild();
}

void CostChart::show(const CostSeries &series, CostView view, const QLocale &locale)
{
    m_series = series;
    m_costView = view;
    m_locale = locale;
    rebuild();
}

void CostChart::clear()
{
    show({}, m_costView, m_locale);
}

double CostChart::valueOf(const CostCell &cell) const
{
    return m_costView == CostView::Spend ? cell.cost : double(cell.totalTokens);
}

CostCell CostChart::cellOf(int point, int group) const
{
    const QList<CostCell> &cells = m_series.points.at(point).cells;
    if (group < MaxGroups) {
        return group < cells.size() ? cells.at(group) : CostCell {};
    }
    CostCell sum;
    for (qsizetype i = MaxGroups; i < cells.size(); ++i) {
        const CostCell &cell = cells.at(i);
        sum.calls += cell.calls;
        sum.inputTokens += cell.inputTokens;
        sum.outputTokens += cell.outputTokens;
        sum.reasoningTokens += cell.reasoningTokens;
        sum.totalTokens += cell.totalTokens;
        sum.cost += cell.cost;
    }
    return sum;
}

void CostChart::styleAxis(QAbstractAxis *axis, const QString &title) const
{
    axis->setTitleText(title);
    axis->setTitleBrush(m_text);
    axis->setLabelsColor(m_text);
    axis->setGridLineColor(blend(m_base, m_text, 0.15));
    axis->setLinePenColor(blend(m_base, m_text, 0.4));
}

void CostChart::rebuild()
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setLocale(m_locale);
    const int pointCount = int(m_series.points.size());
    m_firstPoint = std::max(0, pointCount - MaxBuckets);
    m_shownBuckets = pointCount - m_firstPoint;
    if (m_shownBuckets == 0) {
        chart->setTitle(tr("No calls match the filter"));
        return;
    }
    chart->setTitle({});

    const int groupCount = int(m_series.groups.size());
    const int shownGroups = std::min(groupCount, MaxGroups);
    QStringList categories;
    QList<double> stackHeights(m_shownBuckets, 0.0);
    auto *bars = new QStackedBarSeries;
    const auto addSet = [&](int group, const QString &label) {
        auto *set = new QBarSet(label);
        for (int i = 0; i < m_shownBuckets; ++i) {
            const double value = valueOf(cellOf(m_firstPoint + i, group));
            set->append(value);
            stackHeights[i] += value;
        }
        connect(set, &QBarSet::hovered, this, [this, group, label](bool status, int index) {
            hover(status, m_firstPoint + index, group, label);
        });
        bars->append(set);
        return set;
    };
    for (int group = 0; group < shownGroups; ++group) {
        addSet(group, m_series.groups.at(group).label);
    }
    if (groupCount > MaxGroups) {
        QBarSet *other = addSet(MaxGroups, tr("Other"));
        other->setColor(blend(m_base, m_text, 0.45));
    }
    for (int i = 0; i < m_shownBuckets; ++i) {
        categories << formatBucket(m_series.points.at(m_firstPoint + i).start, m_series.bucket,
                                   m_locale);
    }
    chart->addSeries(bars);

    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    if (m_shownBuckets > 12) {
        axisX->setLabelsAngle(-45);
    }
    styleAxis(axisX, {});
    chart->addAxis(axisX, Qt::AlignBottom);
    bars->attachAxis(axisX);

    const bool spend = m_costView == CostView::Spend;
    const double tallest = *std::max_element(stackHeights.cbegin(), stackHeights.cend());
    auto *axisY = new QValueAxis;
    axisY->setRange(0, tallest > 0 ? tallest : 1.0);
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(spend ? u"$%.%1f"_s.arg(usdAxisDecimals(axisY->max())) : u"%.0f"_s);
    styleAxis(axisY, spend ? tr("Spend (USD)") : tr("Tokens"));
    chart->addAxis(axisY, Qt::AlignLeft);
    bars->attachAxis(axisY);

    if (spend) {
        auto *line = new QLineSeries;
        line->setName(tr("Running total"));
        for (int i = 0; i < m_shownBuckets; ++i) {
            line->append(i, m_series.points.at(m_firstPoint + i).cumulativeCost);
        }
        chart->addSeries(line);
        line->setPen(QPen(m_text, 2));
        line->setPointsVisible(m_shownBuckets <= 60);
        connect(line, &QLineSeries::hovered, this, [this](const QPointF &at, bool status) {
            hover(status, m_firstPoint + qRound(at.x()), -1, tr("Running total"));
        });
        const double total = m_series.points.at(pointCount - 1).cumulativeCost;
        auto *axisRight = new QValueAxis;
        axisRight->setRange(0, total > 0 ? total : 1.0);
        axisRight->applyNiceNumbers();
        axisRight->setLabelFormat(u"$%.%1f"_s.arg(usdAxisDecimals(axisRight->max())));
        styleAxis(axisRight, tr("Running total"));
        axisRight->setGridLineVisible(false);
        chart->addAxis(axisRight, Qt::AlignRight);
        line->attachAxis(axisX);
        line->attachAxis(axisRight);
    }
}

void CostChart::hover(bool status, int point, int group, const QString &label)
{
    if (!status || point < 0 || point >= m_series.points.size()) {
        Q_EMIT hoverTextChanged({});
        return;
    }
    const CostPoint &at = m_series.points.at(point);
    const QString bucket = formatBucket(at.start, m_series.bucket, m_locale);
    QString value;
    if (group < 0) {
        value = tr("%1 spent up to here").arg(formatUsdExact(at.cumulativeCost, m_locale));
    } else {
        const CostCell cell = cellOf(point, group);
        const QString calls = cell.calls == 1 ? tr("1 call")
                                              : tr("%1 calls").arg(m_locale.toString(cell.calls));
        value = m_costView == CostView::Spend
                ? tr("%1 in %2").arg(formatUsdExact(cell.cost, m_locale), calls)
                : tr("%1 tokens in %2").arg(formatTokenCount(cell.totalTokens, m_locale), calls);
    }
    Q_EMIT hoverTextChanged(tr("%1 · %2\n%3").arg(label, bucket, value));
}

} // namespace callpad
