#include "CostTestCalls.h"
#include "gui/common/Palette.h"
#include "gui/costs/BudgetDialog.h"
#include "gui/costs/BudgetIndicator.h"
#include "gui/costs/BudgetMonitor.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace callpad;
using namespace callpad::test;

// The budget dialog and the status bar indicator, over a real history in a temporary folder.
// The indicator's clock is fixed at Wednesday 15 May 2024, 12:00 UTC, with buckets in UTC.
class TestBudgetWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dialogRoundTripsTheBudget();
    void dialogTypedLimitsAndSpend();
    void indicator_data();
    void indicator();
    void indicatorFollowsNewCalls();
    void clickOpensTheDialogAndAnnouncesTheBudget();
    void clickLeftToAWindowThatListens();

private:
    std::unique_ptr<BudgetIndicator> makeIndicator();

    std::unique_ptr<HistoryHarness> m_history;
    std::unique_ptr<QWidget> m_statusBar;
    std::unique_ptr<BudgetMonitor> m_monitor;
};

void TestBudgetWidgets::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestBudgetWidgets::init()
{
    m_history = std::make_unique<HistoryHarness>();
    QVERIFY2(m_history->open(), qPrintable(m_history->service()->openError()));
    // This month $10.00: $9.00 on the 2nd, $1.00 today (the 15th); $50 last month.
    QList<CostCall> calls(3);
    calls[0].time = utc(2, 9);
    calls[0].cost = 9.0;
    calls[1].time = utc(15, 8);
    calls[1].cost = 1.0;
    calls[2].time = utc(30, 8, 0, 4);
    calls[2].cost = 50.0;
    QVERIFY(recordCalls(*m_history, calls));
    m_statusBar = std::make_unique<QWidget>();
}

void TestBudgetWidgets::cleanup()
{
    m_statusBar.reset();
    m_monitor.reset();
    m_history.reset();
}

std::unique_ptr<BudgetIndicator> TestBudgetWidgets::makeIndicator()
{
    m_monitor = std::make_unique<BudgetMonitor>(m_history->service());
    m_monitor->setTimeZone(QTimeZone::utc());
    m_monitor->setClock([] { return utc(15, 12); });
    return std::make_unique<BudgetIndicator>(m_monitor.get(), m_statusBar.get());
}

void TestBudgetWidgets::dialogRoundTripsTheBudget()
{
    BudgetDialog dialog;
    auto *daily = dialog.findChild<QDoubleSpinBox *>(u"dailyBudgetSpinBox"_s);
    auto *monthly = dialog.findChild<QDoubleSpinBox *>(u"monthlyBudgetSpinBox"_s);
    QVERIFY(daily && monthly);
    QCOMPARE(dialog.budget(), Budget {});
    QCOMPARE(daily->text(), u"No limit"_s);

    dialog.setBudget({ 5, 100 });
    QCOMPARE(daily->value(), 5.0);
    QCOMPARE(monthly->value(), 100.0);
    QCOMPARE(monthly->text(), u"$100.00"_s);
    QCOMPARE(dialog.budget(), (Budget { 5, 100 }));
    QCOMPARE(daily->decimals(), 2);

    dialog.setBudget({ -4, 12.346 }); // a broken setting reads as no limit; cents are kept
    QCOMPARE(dialog.budget(), (Budget { 0, 12.35 }));
}

void TestBudgetWidgets::dialogTypedLimitsAndSpend()
{
    BudgetDialog dialog;
    dialog.show();
    Spend spend;
    spend.today = 1.2;
    spend.month = 20;
    dialog.setSpend(spend);
    auto *spendLabel = dialog.findChild<QLabel *>(u"budgetSpendLabel"_s);
    QCOMPARE(spendLabel->text(), u"Spent so far: Today $1.20 · Month $20.00"_s);

    auto *daily = dialog.findChild<QDoubleSpinBox *>(u"dailyBudgetSpinBox"_s);
    daily->setFocus();
    daily->selectAll();
    QTest::keyClicks(daily, u"7.5"_s);
    QCOMPARE(dialog.budget().daily, 7.5);
    QCOMPARE(spendLabel->text(), u"Spent so far: Today $1.20 of $7.50 · Month $20.00"_s);

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.findChild<QPushButton *>(u"budgetOkPushButton"_s)->click();
    QCOMPARE(accepted.size(), 1);
}

void TestBudgetWidgets::indicator_data()
{
    QTest::addColumn<Budget>("budget");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("tint"); // 0 none, 1 warning, 2 error

    QTest::newRow("no limit: today's spend") << Budget {} << u"Today $1.00"_s << 0;
    QTest::newRow("under") << Budget { 5, 100 }
                           << u"Today $1.00 of $5.00 · Month $10.00 of $100.00"_s << 0;
    QTest::newRow("near the daily limit") << Budget { 1.2, 0 } << u"Today $1.00 of $1.20"_s << 1;
    QTest::newRow("near the monthly limit") << Budget { 0, 12 } << u"Month $10.00 of $12.00"_s << 1;
    QTest::newRow("over the daily limit") << Budget { 1, 0 } << u"Today $1.00 of $1.00"_s << 2;
    QTest::newRow("over the monthly limit")
            << Budget { 5, 9 } << u"Today $1.00 of $5.00 · Month $10.00 of $9.00"_s << 2;
}

void TestBudgetWidgets::indicator()
{
    QFETCH(Budget, budget);
    QFETCH(QString, text);
    QFETCH(int, tint);

    const auto indicator = makeIndicator();
    QCOMPARE(indicator->objectName(), u"budgetIndicatorLabel"_s);
    m_monitor->setBudget(budget);
    QTRY_COMPARE(indicator->text(), text);
    QTRY_VERIFY(!m_monitor->isBusy());
    QCOMPARE(m_monitor->spend().today, 1.0);
    QCOMPARE(m_monitor->spend().month, 10.0);
    QCOMPARE(m_monitor->budget(), budget);
    QVERIFY2(indicator->toolTip().contains(u"Month $10.00"_s), qPrintable(indicator->toolTip()));

    const QColor background = m_statusBar->palette().color(QPalette::Window);
    const QColor expected = tint == 2 ? errorColor(background)
            : tint == 1               ? warningColor(background)
                                      : m_statusBar->palette().color(QPalette::WindowText);
    QCOMPARE(indicator->palette().color(QPalette::WindowText), expected);
    QCOMPARE(m_monitor->state().over(), tint == 2);
}

void TestBudgetWidgets::indicatorFollowsNewCalls()
{
    const auto indicator = makeIndicator();
    m_monitor->setBudget({ 3, 0 });
    QTRY_COMPARE(indicator->text(), u"Today $1.00 of $3.00"_s);
    QSignalSpy states(m_monitor.get(), &BudgetMonitor::stateChanged);

    CostCall call;
    call.time = utc(15, 11);
    call.cost = 2.5;
    QVERIFY(m_history->record(makeEntry(call)) > 0);
    QTRY_COMPARE(indicator->text(), u"Today $3.50 of $3.00"_s);
    QVERIFY(m_monitor->state().overDaily);
    QVERIFY(!states.isEmpty());
    QCOMPARE(indicator->palette().color(QPalette::WindowText),
             errorColor(m_statusBar->palette().color(QPalette::Window)));
}

void TestBudgetWidgets::clickOpensTheDialogAndAnnouncesTheBudget()
{
    m_statusBar->show();
    const auto indicator = makeIndicator();
    indicator->show();
    m_monitor->setBudget({ 5, 0 });
    QTRY_VERIFY(!m_monitor->isBusy());
    QSignalSpy chosen(indicator.get(), &BudgetIndicator::budgetChanged);

    QTest::mouseClick(indicator.get(), Qt::LeftButton);
    auto *dialog = indicator->findChild<BudgetDialog *>(u"budgetDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->budget(), (Budget { 5, 0 }));
    QVERIFY(dialog->findChild<QLabel *>(u"budgetSpendLabel"_s)->text().contains(u"$1.00"_s));

    dialog->findChild<QDoubleSpinBox *>(u"monthlyBudgetSpinBox"_s)->setValue(40);
    dialog->findChild<QPushButton *>(u"budgetOkPushButton"_s)->click();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().value<Budget>(), (Budget { 5, 40 }));
    QCOMPARE(m_monitor->budget(), (Budget { 5, 40 }));
    QCOMPARE(indicator->text(), u"Today $1.00 of $5.00 · Month $10.00 of $40.00"_s);
}

void TestBudgetWidgets::clickLeftToAWindowThatListens()
{
    const auto indicator = makeIndicator();
    indicator->show();
    int clicks = 0;
    connect(indicator.get(), &BudgetIndicator::clicked, this, [&clicks] { ++clicks; });
    QTest::mouseClick(indicator.get(), Qt::LeftButton);
    QCOMPARE(clicks, 1);
    QVERIFY(!indicator->findChild<BudgetDialog *>()); // the window runs its own dialog
}

QTEST_MAIN(TestBudgetWidgets)
#include "tst_budgetwidgets.moc"
