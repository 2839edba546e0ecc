#include "ResultsTestSupport.h"
#include "gui/common/UsageFormat.h"
#include "gui/results/UsagePane.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <cmath>
#include <limits>
#include <memory>

Q_DECLARE_METATYPE(std::optional<double>)
Q_DECLARE_METATYPE(std::optional<qint64>)

using namespace Qt::StringLiterals;
using namespace callpad;
using namespace callpad::test;

namespace {

const QString dash = QString(QChar(0x2014));

QJsonObject fullResponse()
{
    return QJsonObject {
        { u"span_id"_s, u"3f1e0c2a-7d4b-4e8a-9c1f-2b6d8e0a4c11"_s },
        { u"message"_s, u"Hello"_s },
        { u"cached"_s, false },
        { u"usage"_s,
          QJsonObject { { u"input_tokens"_s, 1234 },
                        { u"output_tokens"_s, 972 },
                        { u"total_tokens"_s, 2206 },
                        { u"output_tokens_details"_s,
                          QJsonObject { { u"reasoning_tokens"_s, 704 } } } } },
        { u"cost"_s,
          QJsonObject { { u"generation"_s, 0.0001 },
                        { u"platform"_s, 0.00001 },
                        { u"total"_s, 0.00011 } } },
    };
}

} // namespace

class TestUsagePane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void formatUsd_data();
    void formatUsd();
    void formatTokenCount_data();
    void formatTokenCount();
    void formatLatency_data();
    void formatLatency();
    void showsUsageAndCost();
    void missingFieldsShowDash();
    void cachedBadge_data();
    void cachedBadge();
    void copySpanIdToClipboard();
    void unknownKeysListed();
    void streamedCallSaysSo();

private:
    QString value(const char *labelName) const
    {
        const QLabel *label = m_pane->findChild<QLabel *>(QString::fromLatin1(labelName));
        return label ? label->text() : u"<no %1>"_s.arg(QString::fromLatin1(labelName));
    }

    std::unique_ptr<UsagePane> m_pane;
};

void TestUsagePane::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestUsagePane::init()
{
    m_pane = std::make_unique<UsagePane>();
    m_pane->resize(500, 500);
}

void TestUsagePane::cleanup()
{
    m_pane.reset();
}

void TestUsagePane::formatUsd_data()
{
    QTest::addColumn<std::optional<double>>("dollars");
    QTest::addColumn<QString>("text");
    using D = std::optional<double>;
    QTest::newRow("absent") << D() << dash;
    QTest::newRow("not a number") << D(std::numeric_limits<double>::quiet_NaN()) << dash;
    QTest::newRow("zero") << D(0.0) << u"$0.00"_s;
    QTest::newRow("total of the API example") << D(0.00011) << u"$0.000110"_s;
    QTest::newRow("a hundredth of a cent") << D(0.0001) << u"$0.000100"_s;
    QTest::newRow("half a cent") << D(0.005) << u"$0.00500"_s;
    QTest::newRow("six significant digits") << D(0.000123456) << u"$0.000123456"_s;
    QTest::newRow("rounded to six significant digits") << D(0.0012345678) << u"$0.00123457"_s;
    QTest::newRow("one cent") << D(0.01) << u"$0.01"_s;
    QTest::newRow("cents") << D(0.126) << u"$0.13"_s;
    QTest::newRow("dollars with grouping") << D(1234.5) << u"$1,234.50"_s;
}

void TestUsagePane::formatUsd()
{
    QFETCH(std::optional<double>, dollars);
    QFETCH(QString, text);
    QCOMPARE(callpad::formatUsd(dollars, QLocale(QLocale::English, QLocale::UnitedStates)), text);
}

void TestUsagePane::formatTokenCount_data()
{
    QTest::addColumn<std::optional<qint64>>("count");
    QTest::addColumn<QString>("text");
    using N = std::optional<qint64>;
    QTest::newRow("absent") << N() << dash;
    QTest::newRow("zero") << N(0) << u"0"_s;
    QTest::newRow("hundreds") << N(972) << u"972"_s;
    QTest::newRow("millions with grouping") << N(1234567) << u"1,234,567"_s;
}

void TestUsagePane::formatTokenCount()
{
    QFETCH(std::optional<qint64>, count);
    QFETCH(QString, text);
    QCOMPARE(callpad::formatTokenCount(count, QLocale(QLocale::English, QLocale::UnitedStates)),
             text);
}

void TestUsagePane::formatLatency_data()
{
    QTest::addColumn<qint64>("milliseconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("instant") << qint64(0) << u"0 ms"_s;
    QTest::newRow("under a second") << qint64(850) << u"850 ms"_s;
    QTest::newRow("seconds") << qint64(1240) << u"1.24 s"_s;
    QTest::newRow("minutes") << qint64(65000) << u"1 min 5 s"_s;
    QTest::newRow("unknown") << qint64(-1) << dash;
}

void TestUsagePane::formatLatency()
{
    QFETCH(qint64, milliseconds);
    QFETCH(QString, text);
    QCOMPARE(callpad::formatLatency(milliseconds, QLocale(QLocale::English, QLocale::UnitedStates)),
             text);
}

void TestUsagePane::showsUsageAndCost()
{
    m_pane->setResult(resultFromJson(fullResponse()));
    QCOMPARE(value("inputTokensValueLabel"), u"1,234"_s);
    QCOMPARE(value("outputTokensValueLabel"), u"972"_s);
    QCOMPARE(value("reasoningTokensValueLabel"), u"704"_s);
    QCOMPARE(value("totalTokensValueLabel"), u"2,206"_s);
    QCOMPARE(value("generationCostValueLabel"), u"$0.000100"_s);
    QCOMPARE(value("platformCostValueLabel"), u"$0.0000100"_s);
    QCOMPARE(value("totalCostValueLabel"), u"$0.000110"_s);
    QCOMPARE(value("latencyValueLabel"), u"1.24 s"_s);
    QCOMPARE(value("streamedValueLabel"), u"No"_s);
    QCOMPARE(value("spanIdValueLabel"), u"3f1e0c2a-7d4b-4e8a-9c1f-2b6d8e0a4c11"_s);
    QVERIFY(m_pane->findChild<QLabel *>(u"usageNoteLabel"_s)->isHidden());
    QVERIFY(m_pane->findChild<QTreeWidget *>(u"extraUsageTreeWidget"_s)->isHidden());
}

void TestUsagePane::missingFieldsShowDash()
{
    QJsonObject response = fullResponse();
    response.remove(u"cost"_s);
    response[u"usage"_s] = QJsonObject { { u"input_tokens"_s, 5 } };
    m_pane->setResult(resultFromJson(response));
    QCOMPARE(value("inputTokensValueLabel"), u"5"_s);
    for (const char *name :
         { "outputTokensValueLabel", "reasoningTokensValueLabel", "totalTokensValueLabel",
           "generationCostValueLabel", "platformCostValueLabel", "totalCostValueLabel" }) {
        QVERIFY2(value(name) == dash, name);
    }

    response.remove(u"usage"_s);
    response.remove(u"span_id"_s);
    m_pane->setResult(resultFromJson(response));
    QCOMPARE(value("inputTokensValueLabel"), dash);
    QCOMPARE(value("spanIdValueLabel"), dash);
    QVERIFY(!m_pane->findChild<QToolButton *>(u"copySpanIdToolButton"_s)->isEnabled());
    QVERIFY(!m_pane->findChild<QLabel *>(u"usageNoteLabel"_s)->isHidden());

    m_pane->clear();
    QCOMPARE(value("latencyValueLabel"), dash);
    QCOMPARE(value("streamedValueLabel"), dash);
}

void TestUsagePane::cachedBadge_data()
{
    QTest::addColumn<bool>("cached");
    QTest::newRow("cached answer") << true;
    QTest::newRow("fresh answer") << false;
}

void TestUsagePane::cachedBadge()
{
    QFETCH(bool, cached);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    QJsonObject response = fullResponse();
    response[u"cached"_s] = cached;
    m_pane->setResult(resultFromJson(response));
    auto *badge = m_pane->findChild<QLabel *>(u"cachedBadgeLabel"_s);
    QVERIFY(badge);
    QCOMPARE(badge->isVisible(), cached);
    QCOMPARE(m_pane->isCachedBadgeShown(), cached);
    QCOMPARE(badge->text(), u"Cached"_s);
    QCOMPARE(badge->palette().color(QPalette::Window),
             m_pane->palette().color(QPalette::Highlight));
}

void TestUsagePane::copySpanIdToClipboard()
{
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    auto *copy = m_pane->findChild<QToolButton *>(u"copySpanIdToolButton"_s);
    QVERIFY(copy);
    QVERIFY(!copy->isEnabled());
    m_pane->setResult(resultFromJson(fullResponse()));
    QVERIFY(copy->isEnabled());
    QVERIFY(!copy->toolTip().isEmpty());
    QGuiApplication::clipboard()->clear();
    QSignalSpy status(m_pane.get(), &UsagePane::statusMessage);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"3f1e0c2a-7d4b-4e8a-9c1f-2b6d8e0a4c11"_s);
    QCOMPARE(status.size(), 1);
}

void TestUsagePane::unknownKeysListed()
{
    QJsonObject response = fullResponse();
    QJsonObject usage = response[u"usage"_s].toObject();
    usage[u"cache_read_tokens"_s] = 12;
    usage[u"output_tokens_details"_s]
            = QJsonObject { { u"reasoning_tokens"_s, 704 }, { u"audio_tokens"_s, 3 } };
    response[u"usage"_s] = usage;
    QJsonObject cost = response[u"cost"_s].toObject();
    cost[u"currency"_s] = u"USD"_s;
    response[u"cost"_s] = cost;
    m_pane->setResult(resultFromJson(response));

    auto *tree = m_pane->findChild<QTreeWidget *>(u"extraUsageTreeWidget"_s);
    QVERIFY(tree && !tree->isHidden());
    QStringList rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        rows << tree->topLevelItem(i)->text(0) + u'=' + tree->topLevelItem(i)->text(1);
    }
    QCOMPARE(rows,
             (QStringList { u"usage.cache_read_tokens=12"_s,
                            u"usage.output_tokens_details.audio_tokens=3"_s,
                            u"cost.currency=\"USD\""_s }));
    QCOMPARE(value("reasoningTokensValueLabel"), u"704"_s);
}

void TestUsagePane::streamedCallSaysSo()
{
    DemoFixture demo;
    QVERIFY(demo.isListening());
    demo.server().setStreamChunkDelay(std::chrono::milliseconds(0));
    ApiClient client;
    client.setBaseUrl(demo.baseUrl());
    client.setApiKey(u"k"_s);
    const CallResult result
            = runCall(client,
                      demoRequest(DemoIds::storyteller, DemoIds::storytellerLatest,
                                  QJsonObject { { u"premise"_s, u"a lighthouse keeper"_s } }),
                      true);
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));
    QVERIFY(result.eventCount > 1);

    m_pane->setResult(result);
    QCOMPARE(value("streamedValueLabel"), u"Yes, %1 events"_s.arg(result.eventCount));
    QCOMPARE(value("spanIdValueLabel"), result.response.spanId);
    QCOMPARE(value("latencyValueLabel"), callpad::formatLatency(result.latencyMs));
    QCOMPARE(value("inputTokensValueLabel"), dash);
    QVERIFY(!m_pane->findChild<QLabel *>(u"usageNoteLabel"_s)->isHidden());
}

QTEST_MAIN(TestUsagePane)
#include "tst_usagepane.moc"
