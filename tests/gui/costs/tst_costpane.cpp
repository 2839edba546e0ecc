#include "CostTestCalls.h"
#include "gui/costs/CostChart.h"
#include "gui/costs/CostPane.h"
#include "gui/costs/CostTotalsModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QValueAxis>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace callpad;
using namespace callpad::test;

class TestCostPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void formHasNamedControls();
    void spendPerDayByFunction();
    void totalsTableAndSummary();
    void totalsSortByValue();
    void groupBy_data();
    void groupBy();
    void weekBuckets();
    void hourBucketsWithinADay();
    void tokensView();
    void filterNarrowsChartAndTotals();
    void smallGroupsSumAsOther();
    void hoverShowsTheExactValue();
    void refreshesWhenTheStoreChanges();
    void rapidChangesEndOnTheLastState();
    void chartFollowsThePalette();

private:
    void waitForResult();
    QStackedBarSeries *bars() const;
    QLineSeries *cumulativeLine() const;
    QStringList setLabels() const;
    QList<double> valuesOf(int set) const;

    std::unique_ptr<HistoryHarness> m_history;
    std::unique_ptr<CostPane> m_pane;
};

void TestCostPane::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCostPane::init()
{
    m_history = std::make_unique<HistoryHarness>();
    QVERIFY2(m_history->open(), qPrintable(m_history->service()->openError()));
    QVERIFY(recordCalls(*m_history, fixtureCalls()));
    m_pane = std::make_unique<CostPane>(m_history->service());
    m_pane->setTimeZone(QTimeZone::utc());
    m_pane->setFilter({});
    m_pane->show();
    waitForResult();
}

void TestCostPane::cleanup()
{
    m_pane.reset();
    m_history.reset();
}

void TestCostPane::waitForResult()
{
    QTRY_VERIFY(!m_pane->isBusy());
}

QStackedBarSeries *TestCostPane::bars() const
{
    const QList<QAbstractSeries *> series = m_pane->chart()->series();
    return series.isEmpty() ? nullptr : qobject_cast<QStackedBarSeries *>(series.first());
}

QLineSeries *TestCostPane::cumulativeLine() const
{
    const QList<QAbstractSeries *> series = m_pane->chart()->series();
    return series.size() < 2 ? nullptr : qobject_cast<QLineSeries *>(series.at(1));
}

QStringList TestCostPane::setLabels() const
{
    QStringList labels;
    const QList<QBarSet *> sets = bars() != nullptr ? bars()->barSets() : QList<QBarSet *> {};
    for (const QBarSet *set : sets) {
        labels << set->label();
    }
    return labels;
}

QList<double> TestCostPane::valuesOf(int set) const
{
    QList<double> values;
    const QBarSet *barSet = bars()->barSets().at(set);
    for (int i = 0; i < barSet->count(); ++i) {
        values << qRound(barSet->at(i) * 1000) / 1000.0; // sums of cents, compared in cents
    }
    return values;
}

void TestCostPane::formHasNamedControls()
{
    for (const char *name : { "costBucketComboBox", "costGroupByComboBox", "costViewComboBox" }) {
        QVERIFY2(m_pane->findChild<QComboBox *>(QLatin1StringView(name)), name);
    }
    QVERIFY(m_pane->findChild<QChartView *>(u"costChartView"_s));
    QVERIFY(m_pane->findChild<QTableView *>(u"costTotalsTableView"_s));
    QVERIFY(m_pane->findChild<QLabel *>(u"costSummaryLabel"_s));
    QCOMPARE(m_pane->exportHistoryAction()->objectName(), u"exportHistoryAction"_s);
    QCOMPARE(m_pane->exportTotalsAction()->objectName(), u"exportTotalsAction"_s);
    QCOMPARE(m_pane->findChild<QToolButton *>(u"exportHistoryToolButton"_s)->defaultAction(),
             m_pane->exportHistoryAction());
    QVERIFY(!m_pane->exportHistoryAction()->toolTip().isEmpty());
    QCOMPARE(m_pane->bucket(), Bucket::Day);
    QCOMPARE(m_pane->groupBy(), GroupBy::Function);
    QCOMPARE(m_pane->view(), CostView::Spend);
}

void TestCostPane::spendPerDayByFunction()
{
    QVERIFY(bars());
    QCOMPARE(setLabels(), (QStringList { u"summarize"_s, u"translate"_s }));
    QCOMPARE(valuesOf(0), (QList<double> { 0.25, 0, 0, 0, 0, 0, 0, 2.0 }));
    QCOMPARE(valuesOf(1), (QList<double> { 0.5, 1.0, 0, 0.12, 0, 0, 0, 0 }));

    const auto *axisX
            = qobject_cast<QBarCategoryAxis *>(m_pane->chart()->axes(Qt::Horizontal).first());
    QVERIFY(axisX);
    QCOMPARE(axisX->count(), 8);
    QCOMPARE(axisX->at(0), QLocale().toString(QDate(2024, 5, 13), QLocale::ShortFormat));
    QCOMPARE(axisX->at(7), QLocale().toString(QDate(2024, 5, 20), QLocale::ShortFormat));

    QLineSeries *line = cumulativeLine();
    QVERIFY(line);
    QCOMPARE(line->count(), 8);
    QCOMPARE(qRound(line->at(0).y() * 100), 75);
    QCOMPARE(qRound(line->at(7).y() * 100), 387); // the total
    const QList<QAbstractAxis *> lineAxes = line->attachedAxes();
    QVERIFY(std::any_of(lineAxes.cbegin(), lineAxes.cend(),
                        [](QAbstractAxis *axis) { return axis->alignment() == Qt::AlignRight; }));
    const auto *axisY = qobject_cast<QValueAxis *>(m_pane->chart()->axes(Qt::Vertical).first());
    QVERIFY(axisY->labelFormat().startsWith(u'$'));
    QVERIFY(m_pane->chart()->localizeNumbers());
    QVERIFY(m_pane->chart()->legend()->isVisible());
}

void TestCostPane::totalsTableAndSummary()
{
    auto *table = m_pane->findChild<QTableView *>(u"costTotalsTableView"_s);
    QAbstractItemModel *model = table->model();
    QAbstractItemModelTester tester(model);
    QCOMPARE(model->rowCount(), 2);
    const auto text
            = [model](int row, int column) { return model->index(row, column).data().toString(); };
    QCOMPARE(text(0, CostTotalsModel::GroupColumn), u"summarize"_s);
    QCOMPARE(text(0, CostTotalsModel::CallsColumn), u"3"_s);
    QCOMPARE(text(0, CostTotalsModel::InputTokensColumn), u"1,100"_s);
    QCOMPARE(text(0, CostTotalsModel::OutputTokensColumn), u"1,200"_s);
    QCOMPARE(text(0, CostTotalsModel::TotalTokensColumn), u"2,300"_s);
    QCOMPARE(text(0, CostTotalsModel::CostColumn), u"$2.25"_s);
    QCOMPARE(text(0, CostTotalsModel::LatencyColumn), u"633 ms"_s);
    QCOMPARE(text(0, CostTotalsModel::CacheHitColumn), u"33.3%"_s);
    QCOMPARE(text(1, CostTotalsModel::GroupColumn), u"translate"_s);
    QCOMPARE(text(1, CostTotalsModel::InputTokensColumn), u"550"_s);
    QCOMPARE(text(1, CostTotalsModel::TotalTokensColumn), u"1,400"_s);
    QCOMPARE(text(1, CostTotalsModel::CostColumn), u"$1.62"_s);
    QCOMPARE(text(1, CostTotalsModel::LatencyColumn), u"200 ms"_s);
    QCOMPARE(text(1, CostTotalsModel::CacheHitColumn), u"0.0%"_s);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"Function"_s);

    QCOMPARE(m_pane->findChild<QLabel *>(u"costSummaryLabel"_s)->text(),
             u"6 calls · $3.87 · 3.7K tokens"_s);
}

void TestCostPane::totalsSortByValue()
{
    auto *table = m_pane->findChild<QTableView *>(u"costTotalsTableView"_s);
    QAbstractItemModel *model = table->model();
    table->sortByColumn(CostTotalsModel::LatencyColumn, Qt::AscendingOrder);
    QCOMPARE(model->index(0, 0).data().toString(), u"translate"_s);
    // By value, not by text: "633 ms" sorts after "200 ms" descending as well.
    table->sortByColumn(CostTotalsModel::InputTokensColumn, Qt::DescendingOrder);
    QCOMPARE(model->index(0, 0).data().toString(), u"summarize"_s);
    table->sortByColumn(CostTotalsModel::CostColumn, Qt::AscendingOrder);
    QCOMPARE(model->index(0, 0).data().toString(), u"translate"_s);
}

void TestCostPane::groupBy_data()
{
    QTest::addColumn<GroupBy>("groupBy");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QList<double>>("firstDay"); // each set's value on Monday 13

    QTest::newRow("by revision") << GroupBy::Revision << u"Revision"_s
                                 << QStringList { u"S1"_s, u"T2"_s, u"T1"_s }
                                 << QList<double> { 0.25, 0, 0.5 };
    // A call with two tags counts in both; untagged calls have a group of their own.
    QTest::newRow("by tag") << GroupBy::Tag << u"Tag"_s
                            << QStringList { u"team=beta"_s, u"team=alpha"_s, u"env=prod"_s,
                                             u"(untagged)"_s }
                            << QList<double> { 0.25, 0.5, 0, 0 };
}

void TestCostPane::groupBy()
{
    QFETCH(GroupBy, groupBy);
    QFETCH(QString, header);
    QFETCH(QStringList, labels);
    QFETCH(QList<double>, firstDay);

    m_pane->findChild<QComboBox *>(u"costGroupByComboBox"_s)->setCurrentIndex(int(groupBy));
    waitForResult();
    QCOMPARE(m_pane->groupBy(), groupBy);
    QCOMPARE(setLabels(), labels);
    for (int set = 0; set < labels.size(); ++set) {
        QCOMPARE(valuesOf(set).first(), firstDay.at(set));
    }
    QCOMPARE(qRound(cumulativeLine()->at(7).y() * 100), 387); // each call once, whatever its tags
    QCOMPARE(m_pane->totalsModel()->rowCount(), labels.size());
    QCOMPARE(m_pane->totalsModel()->headerData(0, Qt::Horizontal).toString(), header);
}

void TestCostPane::weekBuckets()
{
    m_pane->setBucket(Bucket::Week);
    waitForResult();
    QCOMPARE(valuesOf(0), (QList<double> { 0.25, 2.0 }));
    QCOMPARE(valuesOf(1), (QList<double> { 1.62, 0 }));
    const auto *axisX
            = qobject_cast<QBarCategoryAxis *>(m_pane->chart()->axes(Qt::Horizontal).first());
    QCOMPARE(axisX->at(1),
             u"Week of "_s + QLocale().toString(QDate(2024, 5, 20), QLocale::ShortFormat));
}

void TestCostPane::hourBucketsWithinADay()
{
    HistoryFilter filter;
    filter.from = utc(13, 0);
    filter.to = utc(14, 0);
    m_pane->setFilter(filter);
    m_pane->setBucket(Bucket::Hour);
    waitForResult();
    QCOMPARE(bars()->barSets().first()->count(), 24);
    // That day translate cost more, so it leads.
    QCOMPARE(setLabels(), (QStringList { u"translate"_s, u"summarize"_s }));
    QCOMPARE(valuesOf(0).at(10), 0.5); // translate at 10:00
    QCOMPARE(valuesOf(1).at(15), 0.25); // summarize at 15:30
    QCOMPARE(qRound(cumulativeLine()->at(23).y() * 100), 75);
    QCOMPARE(m_pane->findChild<QLabel *>(u"costSummaryLabel"_s)->text(),
             u"2 calls · $0.75 · 450 tokens"_s);
}

void TestCostPane::tokensView()
{
    m_pane->findChild<QComboBox *>(u"costViewComboBox"_s)->setCurrentIndex(1);
    QCOMPARE(m_pane->view(), CostView::Tokens);
    QCOMPARE(valuesOf(0), (QList<double> { 150, 0, 0, 0, 0, 0, 0, 2150 }));
    QCOMPARE(valuesOf(1), (QList<double> { 300, 1000, 0, 100, 0, 0, 0, 0 }));
    QVERIFY(!cumulativeLine());
    const auto *axisY = qobject_cast<QValueAxis *>(m_pane->chart()->axes(Qt::Vertical).first());
    QCOMPARE(axisY->titleText(), u"Tokens"_s);
}

void TestCostPane::filterNarrowsChartAndTotals()
{
    HistoryFilter filter;
    filter.functionId = TranslateId;
    m_pane->setFilter(filter);
    waitForResult();
    QCOMPARE(setLabels(), QStringList { u"translate"_s });
    QCOMPARE(m_pane->totals().size(), 1);
    QCOMPARE(m_pane->totals().first().calls, 3);
    QCOMPARE(m_pane->findChild<QLabel *>(u"costSummaryLabel"_s)->text(),
             u"3 calls · $1.62 · 1.4K tokens"_s);
}

void TestCostPane::smallGroupsSumAsOther()
{
    QList<CostCall> calls;
    for (int i = 0; i < 10; ++i) {
        CostCall call;
        call.time = utc(21, 10);
        call.functionId = u"%1-0000-4000-8000-000000000000"_s.arg(i + 10, 8, 10, QChar(u'0'));
        call.cost = 0.01 * (i + 1);
        calls << call;
    }
    QVERIFY(recordCalls(*m_history, calls));
    waitForResult();
    QTRY_COMPARE(m_pane->series().groups.size(), 12);
    const QStringList labels = setLabels();
    QCOMPARE(labels.size(), CostChart::MaxGroups + 1);
    QCOMPARE(labels.last(), u"Other"_s);
    QCOMPARE(labels.first(), u"summarize"_s);
    // The four cheapest groups on the 21st: $0.01 + $0.02 + $0.03 + $0.04.
    QCOMPARE(valuesOf(CostChart::MaxGroups).last(), 0.1);
    QCOMPARE(m_pane->totals().size(), 12); // the table keeps every group
}

void TestCostPane::hoverShowsTheExactValue()
{
    auto *view = m_pane->findChild<QChartView *>(u"costChartView"_s);
    QBarSet *translate = bars()->barSets().at(1);
    Q_EMIT translate->hovered(true, 1);
    QVERIFY2(view->toolTip().contains(u"translate"_s), qPrintable(view->toolTip()));
    QVERIFY(view->toolTip().contains(u"$1.00 in 1 call"_s));
    Q_EMIT translate->hovered(false, 1);
    QVERIFY(view->toolTip().isEmpty());
    Q_EMIT cumulativeLine()->hovered(QPointF(7, 3.87), true);
    QVERIFY2(view->toolTip().contains(u"$3.87"_s), qPrintable(view->toolTip()));
}

void TestCostPane::refreshesWhenTheStoreChanges()
{
    CostCall call;
    call.time = utc(20, 9);
    call.cost = 1.0;
    call.inputTokens = 100;
    call.outputTokens = 200;
    QVERIFY(m_history->record(makeEntry(call)) > 0);
    QTRY_COMPARE(m_pane->findChild<QLabel *>(u"costSummaryLabel"_s)->text(),
                 u"7 calls · $4.87 · 4K tokens"_s);
    // translate now leads with $2.62, and has its first call on the 20th.
    QCOMPARE(setLabels().first(), u"translate"_s);
    QCOMPARE(valuesOf(0).last(), 1.0);
}

void TestCostPane::rapidChangesEndOnTheLastState()
{
    m_pane->setGroupBy(GroupBy::Revision);
    m_pane->refresh();
    QVERIFY(m_pane->isBusy());
    m_pane->setGroupBy(GroupBy::Tag);
    m_pane->setBucket(Bucket::Week);
    waitForResult();
    QCOMPARE(m_pane->series().groupBy, GroupBy::Tag);
    QCOMPARE(m_pane->series().bucket, Bucket::Week);
    QCOMPARE(setLabels().first(), u"team=beta"_s);
    QCOMPARE(m_pane->totalsModel()->groupBy(), GroupBy::Tag);
}

void TestCostPane::chartFollowsThePalette()
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    m_pane->setPalette(dark);
    QCOMPARE(m_pane->chart()->theme(), QChart::ChartThemeDark);
    QCOMPARE(m_pane->chart()->backgroundBrush().color(), dark.color(QPalette::Base));
    QCOMPARE(cumulativeLine()->pen().color(), dark.color(QPalette::Text));
    QCOMPARE(setLabels().size(), 2); // the data survives the restyle

    m_pane->setPalette(QPalette(QColor(0xf0, 0xf0, 0xf0)));
    QCOMPARE(m_pane->chart()->theme(), QChart::ChartThemeLight);
}

QTEST_MAIN(TestCostPane)
#include "tst_costpane.moc"
