#include "HistoryFixtures.h"
#include "core/history/CostAggregator.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace callpad;
using namespace callpad::fixtures;

Q_DECLARE_METATYPE(callpad::GroupBy)

namespace {

// Local time is UTC+2 throughout: several calls fall on another local day than their UTC one.
const QTimeZone Zone(2 * 3600);

QDateTime local(int month, int day, int hour = 0)
{
    return { QDate(2024, month, day), QTime(hour, 0), Zone };
}

HistoryEntry call(const QDateTime &time, const QString &function, const QString &revision,
                  std::optional<double> cost, qint64 latency, bool cached, const QList<Tag> &tags,
                  bool ok = true)
{
    HistoryEntry entry = entryAt(time, function, revision, cost, tags, ok);
    entry.latencyMs = latency;
    entry.cached = cached;
    return entry;
}

// The hand-computed fixture (local dates in comments):
//  1  Mon May 6 23:30  A/A1  $1.00  10+20=30 tokens  100 ms          env=prod
//  2  Tue May 7 00:30  A/A2  $2.00   1+2=3 tokens    200 ms  cached  env=prod, user=ann
//  3  Tue May 7 12:00  B/B1  $0.50                   300 ms  cached  (untagged)
//  4  Sun May 12 23:59 B/B1  failed, no cost         400 ms          user=ann
//  5  Mon May 13 00:00 A/A1  $4.00                   500 ms          env=dev
QList<HistoryEntry> fixture()
{
    HistoryEntry first = call(utc(2024, 5, 6, 21, 30), FunctionA, RevisionA1, 1.0, 100, false,
                              { { u"env"_s, u"prod"_s } });
    first.inputTokens = 10;
    first.outputTokens = 20;
    first.totalTokens = 30;
    HistoryEntry second = call(utc(2024, 5, 6, 22, 30), FunctionA, RevisionA2, 2.0, 200, true,
                               { { u"env"_s, u"prod"_s }, { u"user"_s, u"ann"_s } });
    second.inputTokens = 1;
    second.outputTokens = 2;
    second.totalTokens = 3;
    return { first, second, call(utc(2024, 5, 7, 10), FunctionB, RevisionB1, 0.5, 300, true, {}),
             call(utc(2024, 5, 12, 21, 59), FunctionB, RevisionB1, std::nullopt, 400, false,
                  { { u"user"_s, u"ann"_s } }, false),
             call(utc(2024, 5, 12, 22), FunctionA, RevisionA1, 4.0, 500, false,
                  { { u"env"_s, u"dev"_s } }) };
}

QList<double> costs(const CostSeries &series, int group)
{
    QList<double> values;
    for (const CostPoint &point : series.points) {
        values << point.cells.at(group).cost;
    }
    return values;
}

} // namespace

class TestCostAggregator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void spendsPerLocalDay();
    void groupsTheSpend_data();
    void groupsTheSpend();
    void bucketsByWeekFromMonday();
    void bucketsByHourWithinTheFilter();
    void followsDaylightSaving();
    void totalsPerGroup_data();
    void totalsPerGroup();
    void spendForTheBudget_data();
    void spendForTheBudget();
    void emptyWhenNothingMatches();

private:
    QTemporaryDir m_dir;
    HistoryStore m_store;
};

void TestCostAggregator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_store.open(dbPath(m_dir)));
    QCOMPARE(m_store.recordAll(fixture()).valueOr({}).size(), 5);
}

void TestCostAggregator::spendsPerLocalDay()
{
    const CostAggregator aggregator(m_store, Zone);
    const Result<CostSeries> read = aggregator.costSeries({}, Bucket::Day, GroupBy::Function);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    const CostSeries &series = *read;
    QCOMPARE(series.points.size(), 8); // May 6..13, empty days included
    QCOMPARE(series.points.first().start, local(5, 6));
    QCOMPARE(series.points.last().start, local(5, 13));
    QList<double> totals;
    QList<double> cumulative;
    QList<qint64> calls;
    for (const CostPoint &point : series.points) {
        totals << point.total.cost;
        cumulative << point.cumulativeCost;
        calls << point.total.calls;
    }
    QCOMPARE(totals, (QList<double> { 1.0, 2.5, 0, 0, 0, 0, 0, 4.0 }));
    QCOMPARE(cumulative, (QList<double> { 1.0, 3.5, 3.5, 3.5, 3.5, 3.5, 3.5, 7.5 }));
    QCOMPARE(calls, (QList<qint64> { 1, 2, 0, 0, 0, 0, 1, 1 }));
    QCOMPARE(series.points.at(0).total.totalTokens, 30);
    QCOMPARE(series.points.at(1).total.inputTokens, 1);
    QCOMPARE(series.points.at(1).total.outputTokens, 2);
}

void TestCostAggregator::groupsTheSpend_data()
{
    QTest::addColumn<GroupBy>("groupBy");
    QTest::addColumn<QStringList>("labels"); // by descending cost
    QTest::addColumn<QList<QList<double>>>("costs"); // per group, per day May 6..13

    const QList<double> none { 0, 0, 0, 0, 0, 0, 0, 0 };
    QTest::newRow("function") << GroupBy::Function << QStringList { u"translate"_s, u"summarize"_s }
                              << QList<QList<double>> { { 1, 2, 0, 0, 0, 0, 0, 4 },
                                                        { 0, 0.5, 0, 0, 0, 0, 0, 0 } };
    QTest::newRow("revision") << GroupBy::Revision << QStringList { u"v1"_s, u"v2"_s, u"b1"_s }
                              << QList<QList<double>> { { 1, 0, 0, 0, 0, 0, 0, 4 },
                                                        { 0, 2, 0, 0, 0, 0, 0, 0 },
                                                        { 0, 0.5, 0, 0, 0, 0, 0, 0 } };
    // Call 2 has two tags and counts in both; call 3 has none.
    QTest::newRow("tag, multi-tag and untagged")
            << GroupBy::Tag
            << QStringList { u"env=dev"_s, u"env=prod"_s, u"user=ann"_s, u"(untagged)"_s }
            << QList<QList<double>> { { 0, 0, 0, 0, 0, 0, 0, 4 },
                                      { 1, 2, 0, 0, 0, 0, 0, 0 },
                                      { 0, 2, 0, 0, 0, 0, 0, 0 },
                                      { 0, 0.5, 0, 0, 0, 0, 0, 0 } };
}

void TestCostAggregator::groupsTheSpend()
{
    QFETCH(GroupBy, groupBy);
    QFETCH(QStringList, labels);
    QFETCH(QList<QList<double>>, costs);

    const CostAggregator aggregator(m_store, Zone);
    const CostSeries series = aggregator.costSeries({}, Bucket::Day, groupBy).valueOr({});
    QStringList actualLabels;
    for (const CostGroup &group : series.groups) {
        actualLabels << group.label;
    }
    QCOMPARE(actualLabels, labels);
    for (int group = 0; group < costs.size(); ++group) {
        QCOMPARE(::costs(series, group), costs.at(group));
    }
    // Whatever the grouping, the running total counts each call once.
    QCOMPARE(series.points.last().cumulativeCost, 7.5);
    QCOMPARE(series.points.at(6).cells.at(labels.size() - 1).calls,
             groupBy == GroupBy::Tag ? 0 : 1); // the failed call of May 12
}

void TestCostAggregator::bucketsByWeekFromMonday()
{
    const CostAggregator aggregator(m_store, Zone);
    const CostSeries series
            = aggregator.costSeries({}, Bucket::Week, GroupBy::Function).valueOr({});
    QCOMPARE(series.points.size(), 2);
    // Sunday 23:59 still belongs to the week of Monday May 6; Monday 00:00 starts the next.
    QCOMPARE(series.points.at(0).start, local(5, 6));
    QCOMPARE(series.points.at(0).total.cost, 3.5);
    QCOMPARE(series.points.at(0).total.calls, 4);
    QCOMPARE(series.points.at(1).start, local(5, 13));
    QCOMPARE(series.points.at(1).total.cost, 4.0);
    QCOMPARE(series.points.at(1).cumulativeCost, 7.5);
}

void TestCostAggregator::bucketsByHourWithinTheFilter()
{
    HistoryFilter filter;
    filter.from = local(5, 6, 23);
    filter.to = local(5, 7, 13);
    const CostAggregator aggregator(m_store, Zone);
    const CostSeries series
            = aggregator.costSeries(filter, Bucket::Hour, GroupBy::Function).valueOr({});
    QCOMPARE(series.points.size(), 14); // 23:00 .. 12:00, the whole filtered range
    QCOMPARE(series.points.at(0).start, local(5, 6, 23));
    QCOMPARE(series.points.at(1).start, local(5, 7, 0));
    QCOMPARE(series.points.at(13).start, local(5, 7, 12));
    QCOMPARE(series.points.at(0).total.cost, 1.0);
    QCOMPARE(series.points.at(1).total.cost, 2.0);
    QCOMPARE(series.points.at(2).total.calls, 0);
    QCOMPARE(series.points.at(13).total.cost, 0.5);
    QCOMPARE(series.points.at(13).cumulativeCost, 3.5);
}

void TestCostAggregator::followsDaylightSaving()
{
    // Stockholm moves from UTC+1 to UTC+2 at 01:00 UTC on March 31, 2024.
    const QTimeZone stockholm("Europe/Stockholm");
    QVERIFY(stockholm.isValid());
    HistoryStore store;
    QVERIFY(store.open(dbPath(m_dir, u"dst.sqlite"_s)));
    QCOMPARE(store.recordAll({ entryAt(utc(2024, 3, 30, 23, 30), FunctionA, RevisionA1, 1.0),
                               entryAt(utc(2024, 3, 31, 21, 30), FunctionA, RevisionA1, 2.0),
                               entryAt(utc(2024, 3, 31, 22, 30), FunctionA, RevisionA1, 4.0) })
                     .valueOr({})
                     .size(),
             3);
    const CostAggregator aggregator(store, stockholm);
    const CostSeries series = aggregator.costSeries({}, Bucket::Day, GroupBy::Function).valueOr({});
    QCOMPARE(series.points.size(), 2);
    QCOMPARE(series.points.at(0).start, QDateTime(QDate(2024, 3, 31), QTime(0, 0), stockholm));
    QCOMPARE(series.points.at(0).total.cost, 3.0); // 00:30 CET and 23:30 CEST
    QCOMPARE(series.points.at(1).start, QDateTime(QDate(2024, 4, 1), QTime(0, 0), stockholm));
    QCOMPARE(series.points.at(1).total.cost, 4.0);
}

void TestCostAggregator::totalsPerGroup_data()
{
    QTest::addColumn<GroupBy>("groupBy");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QList<qint64>>("calls");
    QTest::addColumn<QList<qint64>>("failed");
    QTest::addColumn<QList<double>>("cost");
    QTest::addColumn<QList<double>>("latency");
    QTest::addColumn<QList<double>>("cacheHitRate");

    QTest::newRow("function") << GroupBy::Function << QStringList { u"translate"_s, u"summarize"_s }
                              << QList<qint64> { 3, 2 } << QList<qint64> { 0, 1 }
                              << QList<double> { 7, 0.5 } << QList<double> { 800.0 / 3, 350 }
                              << QList<double> { 1.0 / 3, 0.5 };
    QTest::newRow("revision") << GroupBy::Revision << QStringList { u"v1"_s, u"v2"_s, u"b1"_s }
                              << QList<qint64> { 2, 1, 2 } << QList<qint64> { 0, 0, 1 }
                              << QList<double> { 5, 2, 0.5 } << QList<double> { 300, 200, 350 }
                              << QList<double> { 0, 1, 0.5 };
    QTest::newRow("tag") << GroupBy::Tag
                         << QStringList { u"env=dev"_s, u"env=prod"_s, u"user=ann"_s,
                                          u"(untagged)"_s }
                         << QList<qint64> { 1, 2, 2, 1 } << QList<qint64> { 0, 0, 1, 0 }
                         << QList<double> { 4, 3, 2, 0.5 } << QList<double> { 500, 150, 300, 300 }
                         << QList<double> { 0, 0.5, 0.5, 1 };
}

void TestCostAggregator::totalsPerGroup()
{
    QFETCH(GroupBy, groupBy);
    QFETCH(QStringList, labels);
    QFETCH(QList<qint64>, calls);
    QFETCH(QList<qint64>, failed);
    QFETCH(QList<double>, cost);
    QFETCH(QList<double>, latency);
    QFETCH(QList<double>, cacheHitRate);

    const CostAggregator aggregator(m_store, Zone);
    const QList<CostTotal> totals = aggregator.totals({}, groupBy).valueOr({});
    QCOMPARE(totals.size(), labels.size());
    for (int i = 0; i < totals.size(); ++i) {
        const CostTotal &total = totals.at(i);
        QCOMPARE(total.group.label, labels.at(i));
        QCOMPARE(total.calls, calls.at(i));
        QCOMPARE(total.failedCalls, failed.at(i));
        QCOMPARE(total.cost, cost.at(i));
        QVERIFY(qFuzzyCompare(total.averageLatencyMs, latency.at(i)));
        QVERIFY(qFuzzyCompare(1 + total.cacheHitRate(), 1 + cacheHitRate.at(i)));
    }
    if (groupBy == GroupBy::Function) {
        QCOMPARE(totals.at(0).inputTokens, 11);
        QCOMPARE(totals.at(0).outputTokens, 22);
        QCOMPARE(totals.at(0).totalTokens, 33);
        QCOMPARE(totals.at(0).group.key, FunctionA);
    }
}

void TestCostAggregator::spendForTheBudget_data()
{
    QTest::addColumn<QTimeZone>("zone");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<double>("today");
    QTest::addColumn<double>("month");

    QTest::newRow("local Tuesday morning") << Zone << utc(2024, 5, 7, 5) << 2.5 << 7.5;
    QTest::newRow("same instant in UTC") << QTimeZone::utc() << utc(2024, 5, 6, 23) << 3.0 << 7.5;
    QTest::newRow("local Monday evening") << Zone << utc(2024, 5, 6, 20) << 1.0 << 7.5;
    QTest::newRow("first local minutes of June") << Zone << utc(2024, 5, 31, 22, 30) << 0.0 << 0.0;
    QTest::newRow("a quiet day") << Zone << utc(2024, 5, 9, 12) << 0.0 << 7.5;
}

void TestCostAggregator::spendForTheBudget()
{
    QFETCH(QTimeZone, zone);
    QFETCH(QDateTime, now);
    QFETCH(double, today);
    QFETCH(double, month);

    const Spend spend = CostAggregator(m_store, zone).spend(now).valueOr({});
    QCOMPARE(spend.today, today);
    QCOMPARE(spend.month, month);
    QCOMPARE(spend.dayStart.toTimeZone(zone).time(), QTime(0, 0));
    QCOMPARE(spend.monthStart.toTimeZone(zone).date().day(), 1);
}

void TestCostAggregator::emptyWhenNothingMatches()
{
    HistoryFilter filter;
    filter.functionId = u"no-such-function"_s;
    const CostAggregator aggregator(m_store, Zone);
    const Result<CostSeries> series = aggregator.costSeries(filter, Bucket::Day, GroupBy::Tag);
    QVERIFY2(series.ok(), qPrintable(series.error()));
    QVERIFY(series->points.isEmpty());
    QVERIFY(series->groups.isEmpty());
    const Result<QList<CostTotal>> totals = aggregator.totals(filter, GroupBy::Function);
    QVERIFY2(totals.ok(), qPrintable(totals.error()));
    QVERIFY(totals->isEmpty());

    filter.functionId = FunctionB; // the filter narrows the series too
    const CostSeries onlyB
            = aggregator.costSeries(filter, Bucket::Day, GroupBy::Function).valueOr({});
    QCOMPARE(onlyB.groups.size(), 1);
    QCOMPARE(onlyB.points.size(), 6); // May 7..12
    QCOMPARE(onlyB.points.last().cumulativeCost, 0.5);
}

QTEST_GUILESS_MAIN(TestCostAggregator)
#include "tst_costaggregator.moc"
