#include "gui/costs/Budget.h"
#include "gui/costs/BudgetDialog.h"
#include "gui/settings/Settings.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace callpad;

class TestBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void evaluateSpend_data();
    void evaluateSpend();
    void summary_data();
    void summary();
    void warningNamesTheLimits();
    void confirmAsksOnlyWhenOver();
    void confirmBox_data();
    void confirmBox();
    void settingsRoundTrip();

private:
    // Presses `button` in the warning box as soon as confirmSendOverBudget() shows it.
    static void whenWarningShows(const QString &button);
};

void TestBudget::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestBudget::evaluateSpend_data()
{
    QTest::addColumn<double>("today");
    QTest::addColumn<double>("month");
    QTest::addColumn<double>("daily");
    QTest::addColumn<double>("monthly");
    QTest::addColumn<bool>("overDaily");
    QTest::addColumn<bool>("overMonthly");
    QTest::addColumn<bool>("nearDaily");
    QTest::addColumn<bool>("nearMonthly");

    QTest::newRow("no limit") << 30.0 << 900.0 << 0.0 << 0.0 << false << false << false << false;
    QTest::newRow("under both") << 1.0 << 20.0 << 5.0 << 100.0 << false << false << false << false;
    QTest::newRow("near daily at 80%")
            << 4.0 << 20.0 << 5.0 << 100.0 << false << false << true << false;
    QTest::newRow("near monthly") << 1.0 << 85.0 << 5.0 << 100.0 << false << false << false << true;
    QTest::newRow("over daily") << 5.2 << 30.0 << 5.0 << 100.0 << true << false << true << false;
    QTest::newRow("monthly reached exactly")
            << 1.0 << 100.0 << 5.0 << 100.0 << false << true << false << true;
    QTest::newRow("over both") << 6.0 << 120.0 << 5.0 << 100.0 << true << true << true << true;
    QTest::newRow("only a monthly limit")
            << 50.0 << 60.0 << 0.0 << 100.0 << false << false << false << false;
    QTest::newRow("negative limits mean none")
            << 50.0 << 60.0 << -1.0 << -5.0 << false << false << false << false;
}

void TestBudget::evaluateSpend()
{
    QFETCH(double, today);
    QFETCH(double, month);
    QFETCH(double, daily);
    QFETCH(double, monthly);

    Spend spend;
    spend.today = today;
    spend.month = month;
    const BudgetState state = evaluate(spend, { daily, monthly });
    QCOMPARE(state.spentToday, today);
    QCOMPARE(state.spentMonth, month);
    QTEST(state.overDaily, "overDaily");
    QTEST(state.overMonthly, "overMonthly");
    QTEST(state.nearDaily, "nearDaily");
    QTEST(state.nearMonthly, "nearMonthly");
    QCOMPARE(state.over(), state.overDaily || state.overMonthly);
    QCOMPARE(state.warning().isEmpty(), !state.over());
}

void TestBudget::summary_data()
{
    QTest::addColumn<double>("daily");
    QTest::addColumn<double>("monthly");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("shortSummary");

    QTest::newRow("both limits") << 5.0 << 100.0
                                 << u"Today $1.20 of $5.00 · Month $20.00 of $100.00"_s
                                 << u"Today $1.20 of $5.00 · Month $20.00 of $100.00"_s;
    QTest::newRow("no limit") << 0.0 << 0.0 << u"Today $1.20 · Month $20.00"_s << u"Today $1.20"_s;
    QTest::newRow("daily only") << 5.0 << 0.0 << u"Today $1.20 of $5.00 · Month $20.00"_s
                                << u"Today $1.20 of $5.00"_s;
    QTest::newRow("monthly only") << 0.0 << 100.0 << u"Today $1.20 · Month $20.00 of $100.00"_s
                                  << u"Month $20.00 of $100.00"_s;
}

void TestBudget::summary()
{
    QFETCH(double, daily);
    QFETCH(double, monthly);
    Spend spend;
    spend.today = 1.2;
    spend.month = 20;
    const BudgetState state = evaluate(spend, { daily, monthly });
    QTEST(state.summary(), "summary");
    QTEST(state.shortSummary(), "shortSummary");
}

void TestBudget::warningNamesTheLimits()
{
    Spend spend;
    spend.today = 5.5;
    spend.month = 40;
    QCOMPARE(evaluate(spend, { 5, 100 }).warning(),
             u"You have spent $5.50 today, over your daily budget of $5.00. "
             "Send the call anyway?"_s);
    spend.month = 120;
    const QString both = evaluate(spend, { 5, 100 }).warning();
    QVERIFY2(both.contains(u"$120.00 this month, over your monthly budget of $100.00"_s),
             qPrintable(both));
    QVERIFY(both.contains(u"$5.50 today"_s));
}

void TestBudget::confirmAsksOnlyWhenOver()
{
    int asked = 0;
    const auto yes = [&asked] {
        ++asked;
        return true;
    };
    const auto no = [&asked] {
        ++asked;
        return false;
    };
    Spend spend;
    spend.today = 1;
    spend.month = 1;
    QVERIFY(confirmSendOverBudget(nullptr, evaluate(spend, { 5, 100 }), no));
    QCOMPARE(asked, 0);
    spend.today = 9;
    const BudgetState over = evaluate(spend, { 5, 100 });
    QVERIFY(confirmSendOverBudget(nullptr, over, yes));
    QCOMPARE(asked, 1);
    QVERIFY(!confirmSendOverBudget(nullptr, over, no));
    QCOMPARE(asked, 2);
}

void TestBudget::whenWarningShows(const QString &button)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal == nullptr || modal->objectName() != u"budgetWarningMessageBox"_s) {
            return;
        }
        timer->stop();
        timer->deleteLater();
        auto *box = qobject_cast<QMessageBox *>(modal);
        QPushButton *target = button == u"send"_s
                ? box->findChild<QPushButton *>(u"budgetSendAnywayPushButton"_s)
                : qobject_cast<QPushButton *>(box->button(QMessageBox::Cancel));
        QVERIFY(box->text().contains(u"over your daily budget"_s));
        QVERIFY(target);
        target->click();
    });
    timer->start();
}

void TestBudget::confirmBox_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<bool>("sends");

    QTest::newRow("send anyway") << u"send"_s << true;
    QTest::newRow("cancel") << u"cancel"_s << false;
}

void TestBudget::confirmBox()
{
    QFETCH(QString, button);
    QWidget parent;
    parent.show();
    Spend spend;
    spend.today = 9;
    whenWarningShows(button);
    QTEST(confirmSendOverBudget(&parent, evaluate(spend, { 5, 0 })), "sends");
}

void TestBudget::settingsRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"settings.ini"_s);
    {
        Settings settings(file);
        BudgetSettings budget(&settings);
        QCOMPARE(budget.load(), Budget {}); // no limit until set
        budget.save({ 7.5, 150 });
        settings.sync();
    }
    {
        Settings settings(file);
        BudgetSettings budget(&settings);
        QCOMPARE(budget.load(), (Budget { 7.5, 150 }));
        budget.daily.set(-3.0);
        settings.setValue(budget.monthly.key(), u"lots"_s);
        QCOMPARE(budget.load(), Budget {});
    }
}

QTEST_MAIN(TestBudget)
#include "tst_budget.moc"
