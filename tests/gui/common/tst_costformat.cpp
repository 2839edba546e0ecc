#include "gui/common/CostFormat.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace callpad;

class TestCostFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compactCount_data();
    void compactCount();
    void exactUsd_data();
    void exactUsd();
    void bucketLabel_data();
    void bucketLabel();
    void summary();
    void axisDecimals_data();
    void axisDecimals();
};

void TestCostFormat::compactCount_data()
{
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("expected");

    QTest::newRow("small") << qint64(950) << u"950"_s;
    QTest::newRow("thousands") << qint64(12'500) << u"12.5K"_s;
    QTest::newRow("round thousands") << qint64(4'000) << u"4K"_s;
    QTest::newRow("just under a million rounds up") << qint64(999'990) << u"1M"_s;
    QTest::newRow("millions") << qint64(1'234'567) << u"1.2M"_s;
    QTest::newRow("billions") << qint64(3'400'000'000) << u"3.4B"_s;
    QTest::newRow("negative") << qint64(-2'500) << u"-2.5K"_s;
}

void TestCostFormat::compactCount()
{
    QFETCH(qint64, count);
    QFETCH(QString, expected);
    QCOMPARE(formatCompactCount(count, QLocale(QLocale::English, QLocale::UnitedStates)), expected);
}

void TestCostFormat::exactUsd_data()
{
    QTest::addColumn<double>("dollars");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");

    const QLocale us(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("micro-dollars") << 1.234567 << us << u"$1.234567"_s;
    QTest::newRow("trailing zeros trimmed to cents") << 2.0 << us << u"$2.00"_s;
    QTest::newRow("fractions of a cent") << 0.0015 << us << u"$0.0015"_s;
    QTest::newRow("thousands separated") << 1234.5 << us << u"$1,234.50"_s;
    QTest::newRow("German decimal comma")
            << 0.25 << QLocale(QLocale::German, QLocale::Germany) << u"$0,25"_s;
    QTest::newRow("not a number") << qQNaN() << us << QString(QChar(0x2014));
}

void TestCostFormat::exactUsd()
{
    QFETCH(double, dollars);
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    QCOMPARE(formatUsdExact(dollars, locale), expected);
}

void TestCostFormat::bucketLabel_data()
{
    QTest::addColumn<Bucket>("bucket");
    QTest::addColumn<QString>("expected");

    QTest::newRow("hour") << Bucket::Hour << u"5/13/24 3:00\u202fPM"_s;
    QTest::newRow("day") << Bucket::Day << u"5/13/24"_s;
    QTest::newRow("week") << Bucket::Week << u"Week of 5/13/24"_s;
}

void TestCostFormat::bucketLabel()
{
    QFETCH(Bucket, bucket);
    QFETCH(QString, expected);
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QDateTime start(QDate(2024, 5, 13), QTime(15, 0), QTimeZone::utc());
    QString label = formatBucket(start, bucket, us);
    // CLDR versions differ on the space before "PM"; the test does not care which.
    label.replace(u' ', u'\u202f');
    QString wanted = expected;
    wanted.replace(u' ', u'\u202f');
    QCOMPARE(label, wanted);
}

void TestCostFormat::summary()
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(formatCostSummary(123, 4.56, 1'200'000, us), u"123 calls · $4.56 · 1.2M tokens"_s);
    QCOMPARE(formatCostSummary(1, 0.0015, 1, us), u"1 call · $0.00150 · 1 token"_s);
}

void TestCostFormat::axisDecimals_data()
{
    QTest::addColumn<double>("maximum");
    QTest::addColumn<int>("decimals");

    QTest::newRow("dollars") << 12.0 << 2;
    QTest::newRow("half a dollar") << 0.5 << 2;
    QTest::newRow("cents") << 0.05 << 3;
    QTest::newRow("fractions of a cent") << 0.0015 << 4;
    QTest::newRow("nothing spent") << 0.0 << 2;
}

void TestCostFormat::axisDecimals()
{
    QFETCH(double, maximum);
    QFETCH(int, decimals);
    QCOMPARE(usdAxisDecimals(maximum), decimals);
}

QTEST_GUILESS_MAIN(TestCostFormat)
#include "tst_costformat.moc"
