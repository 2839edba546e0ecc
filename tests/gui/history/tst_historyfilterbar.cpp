#include "HistoryTestCalls.h"
#include "gui/history/HistoryDateRange.h"
#include "gui/history/HistoryFilterBar.h"
#include "support/HistoryHarness.h"

#include <QAbstractItemView>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using callpad::HistoryDateRange;
using callpad::HistoryFilter;
using callpad::HistoryFilterBar;
using callpad::HistoryRangePreset;
using callpad::HistoryStore;
using callpad::Tag;
using namespace callpad::test;

Q_DECLARE_METATYPE(HistoryRangePreset)

class TestHistoryFilterBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsFacets();
    void controlChangesFilter_data();
    void controlChangesFilter();
    void revisionsFollowTheFunction();
    void searchWaitsForTypingToPause();
    void presetRanges_data();
    void presetRanges();
    void rangePickerSetsDates_data();
    void rangePickerSetsDates();
    void editedDatesMakeACustomRange();
    void openEndCalendarShowsThisMonth();
    void setFilterRoundTrips();
    void facetsFollowTheStore();

private:
    template<typename T> T *child(const QString &name) const
    {
        T *found = m_bar->findChild<T *>(name);
        if (!found) {
            qFatal("no child %s", qPrintable(name));
        }
        return found;
    }
    static void pick(QComboBox *combo, const QString &text);

    std::unique_ptr<HistoryHarness> m_history;
    std::unique_ptr<HistoryFilterBar> m_bar;
};

const QDate Today(2024, 5, 15);

void TestHistoryFilterBar::init()
{
    m_history = std::make_unique<HistoryHarness>();
    QVERIFY2(m_history->open(), qPrintable(m_history->service()->openError()));
    const QList<Tag> prod { { u"env"_s, u"prod"_s } };
    const QList<Tag> ml { { u"team"_s, u"ml"_s } };
    const QDateTime t = baseTime();
    const QList<callpad::HistoryEntry> calls {
        makeCall({ t.addSecs(1), TranslateId, TranslateRev1, u"a"_s, true, prod }),
        makeCall({ t.addSecs(2), TranslateId, TranslateRev1, u"b"_s, true, prod }),
        makeCall({ t.addSecs(3), TranslateId, TranslateRev2, u"c"_s, false, ml }),
        makeCall({ t.addSecs(4), SummarizeId, SummarizeRev1, u"d"_s, true, prod }),
    };
    QCOMPARE(m_history->prefill(calls).size(), calls.size());
    m_bar = std::make_unique<HistoryFilterBar>(m_history->service());
    // The pickers' choices are read on the history's thread.
    QSignalSpy refreshed(m_bar.get(), &HistoryFilterBar::facetsRefreshed);
    QVERIFY(refreshed.wait());
    m_bar->setClock([] { return Today; });
    m_bar->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_bar.get()));
}

void TestHistoryFilterBar::cleanup()
{
    m_bar.reset();
    m_history.reset();
}

// Picks an item the way a user does: open the list, click the item (activated() fires too).
void TestHistoryFilterBar::pick(QComboBox *combo, const QString &text)
{
    const int row = combo->findText(text);
    QVERIFY2(row >= 0, qPrintable(text));
    combo->showPopup();
    QAbstractItemView *list = combo->view();
    QTRY_VERIFY(list->isVisible());
    const QModelIndex item = combo->model()->index(row, combo->modelColumn());
    list->scrollTo(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(item).center());
    QTRY_VERIFY(!list->isVisible());
    QCOMPARE(combo->currentText(), text);
}

void TestHistoryFilterBar::listsFacets()
{
    auto *functions = child<QComboBox>(u"historyFunctionComboBox"_s);
    QCOMPARE(functions->count(), 3);
    QCOMPARE(functions->itemText(0), u"All functions"_s);
    QCOMPARE(functions->itemText(1), u"translate"_s); // most used first
    QCOMPARE(functions->itemText(2), u"summarize"_s);

    auto *tags = child<QComboBox>(u"historyTagComboBox"_s);
    QCOMPARE(tags->count(), 3);
    QCOMPARE(tags->itemText(1), u"env=prod"_s);
    QCOMPARE(tags->itemText(2), u"team=ml"_s);

    auto *revisions = child<QComboBox>(u"historyRevisionComboBox"_s);
    QCOMPARE(revisions->count(), 4); // "All revisions" and every revision of every function
    auto *status = child<QComboBox>(u"historyStatusComboBox"_s);
    QCOMPARE(status->count(), 3);
    QVERIFY(m_bar->filter().isEmpty());
}

void TestHistoryFilterBar::controlChangesFilter_data()
{
    QTest::addColumn<QString>("control");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    QTest::newRow("function") << u"historyFunctionComboBox"_s << u"summarize"_s << u"function"_s
                              << SummarizeId;
    QTest::newRow("revision") << u"historyRevisionComboBox"_s << u"rev a2 · a2a2a2a2"_s
                              << u"revision"_s << TranslateRev2;
    QTest::newRow("tag") << u"historyTagComboBox"_s << u"team=ml"_s << u"tag"_s << u"team=ml"_s;
    QTest::newRow("status failed") << u"historyStatusComboBox"_s << u"Failed"_s << u"status"_s
                                   << QString::number(int(HistoryFilter::Status::Failed));
    QTest::newRow("status succeeded") << u"historyStatusComboBox"_s << u"Succeeded"_s << u"status"_s
                                      << QString::number(int(HistoryFilter::Status::Succeeded));
}

void TestHistoryFilterBar::controlChangesFilter()
{
    QFETCH(QString, control);
    QFETCH(QString, item);
    QFETCH(QString, field);
    QFETCH(QString, expected);

    QSignalSpy changed(m_bar.get(), &HistoryFilterBar::filterChanged);
    pick(child<QComboBox>(control), item);
    QCOMPARE(changed.count(), 1);

    const HistoryFilter filter = m_bar->filter();
    const QString actual = field == u"function"_s ? filter.functionId
            : field == u"revision"_s              ? filter.revisionId
            : field == u"tag"_s                   ? filter.tagKey + u'=' + filter.tagValue
                                                  : QString::number(int(filter.status));
    QCOMPARE(actual, expected);
    QCOMPARE(m_history->count(filter) > 0, true);
}

void TestHistoryFilterBar::revisionsFollowTheFunction()
{
    auto *functions = child<QComboBox>(u"historyFunctionComboBox"_s);
    auto *revisions = child<QComboBox>(u"historyRevisionComboBox"_s);
    pick(functions, u"translate"_s);
    QCOMPARE(revisions->count(), 3); // All + the two revisions of translate
    pick(revisions, u"rev a2 · a2a2a2a2"_s);
    QCOMPARE(m_bar->filter().revisionId, TranslateRev2);

    QSignalSpy changed(m_bar.get(), &HistoryFilterBar::filterChanged);
    pick(functions, u"summarize"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(revisions->count(), 2);
    QCOMPARE(revisions->currentIndex(), 0); // translate's revision no longer applies
    QCOMPARE(m_bar->filter().functionId, SummarizeId);
    QVERIFY(m_bar->filter().revisionId.isEmpty());
}

void TestHistoryFilterBar::searchWaitsForTypingToPause()
{
    auto *search = child<QLineEdit>(u"historySearchLineEdit"_s);
    QSignalSpy changed(m_bar.get(), &HistoryFilterBar::filterChanged);
    QTest::keyClicks(search, u"hello"_s);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(m_bar->filter().text, u"hello"_s);

    // Return applies at once; the pending pause then has nothing new to announce.
    QTest::keyClicks(search, u" world"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_bar->filter().text, u"hello world"_s);
}

void TestHistoryFilterBar::presetRanges_data()
{
    QTest::addColumn<HistoryRangePreset>("preset");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");

    QTest::newRow("today") << HistoryRangePreset::Today << Today << Today << Today;
    QTest::newRow("last 7 days") << HistoryRangePreset::Last7Days << Today << QDate(2024, 5, 9)
                                 << Today;
    QTest::newRow("last 7 days across new year")
            << HistoryRangePreset::Last7Days << QDate(2024, 1, 3) << QDate(2023, 12, 28)
            << QDate(2024, 1, 3);
    QTest::newRow("last 30 days") << HistoryRangePreset::Last30Days << Today << QDate(2024, 4, 16)
                                  << Today;
    QTest::newRow("this month") << HistoryRangePreset::ThisMonth << Today << QDate(2024, 5, 1)
                                << Today;
    QTest::newRow("all time") << HistoryRangePreset::AllTime << Today << QDate() << QDate();
}

void TestHistoryFilterBar::presetRanges()
{
    QFETCH(HistoryRangePreset, preset);
    QFETCH(QDate, today);
    QFETCH(QDate, from);
    QFETCH(QDate, to);

    const HistoryDateRange range = HistoryDateRange::forPreset(preset, today);
    QCOMPARE(range.from, from);
    QCOMPARE(range.to, to);
    QCOMPARE(HistoryDateRange::presetOf(range, today), preset);
    // The filter's instants: local midnight starting `from`, local midnight after `to`.
    QCOMPARE(range.fromTime(), from.isValid() ? from.startOfDay().toUTC() : QDateTime());
    QCOMPARE(range.toTime(), to.isValid() ? to.addDays(1).startOfDay().toUTC() : QDateTime());
    QCOMPARE(HistoryDateRange::fromTimes(range.fromTime(), range.toTime()), range);
}

void TestHistoryFilterBar::rangePickerSetsDates_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");

    QTest::newRow("today") << u"Today"_s << Today << Today;
    QTest::newRow("last 7 days") << u"Last 7 days"_s << QDate(2024, 5, 9) << Today;
    QTest::newRow("last 30 days") << u"Last 30 days"_s << QDate(2024, 4, 16) << Today;
    QTest::newRow("this month") << u"This month"_s << QDate(2024, 5, 1) << Today;
}

void TestHistoryFilterBar::rangePickerSetsDates()
{
    QFETCH(QString, item);
    QFETCH(QDate, from);
    QFETCH(QDate, to);

    QSignalSpy changed(m_bar.get(), &HistoryFilterBar::filterChanged);
    pick(child<QComboBox>(u"historyRangeComboBox"_s), item);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(child<QDateEdit>(u"historyFromDateEdit"_s)->date(), from);
    QCOMPARE(child<QDateEdit>(u"historyToDateEdit"_s)->date(), to);
    QCOMPARE(m_bar->filter().from, from.startOfDay().toUTC());
    QCOMPARE(m_bar->filter().to, to.addDays(1).startOfDay().toUTC());

    pick(child<QComboBox>(u"historyRangeComboBox"_s), u"All time"_s);
    QCOMPARE(changed.count(), 2);
    QVERIFY(!m_bar->filter().from.isValid());
    QVERIFY(!m_bar->filter().to.isValid());
}

void TestHistoryFilterBar::editedDatesMakeACustomRange()
{
    QSignalSpy changed(m_bar.get(), &HistoryFilterBar::filterChanged);
    child<QDateEdit>(u"historyFromDateEdit"_s)->setDate(QDate(2024, 5, 3));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(child<QComboBox>(u"historyRangeComboBox"_s)->currentText(), u"Custom range"_s);
    QCOMPARE(m_bar->filter().from, QDate(2024, 5, 3).startOfDay().toUTC());
    QVERIFY(!m_bar->filter().to.isValid());

    // Dates that happen to match a preset show it.
    child<QDateEdit>(u"historyFromDateEdit"_s)->setDate(QDate(2024, 5, 1));
    child<QDateEdit>(u"historyToDateEdit"_s)->setDate(Today);
    QCOMPARE(child<QComboBox>(u"historyRangeComboBox"_s)->currentText(), u"This month"_s);
}

void TestHistoryFilterBar::openEndCalendarShowsThisMonth()
{
    auto *from = child<QDateEdit>(u"historyFromDateEdit"_s);
    QCOMPARE(from->text(), u"Any"_s);
    from->calendarWidget()->setCurrentPage(2000, 1);
    // The popup button sits at the right edge of the edit.
    QTest::mouseClick(from, Qt::LeftButton, {}, QPoint(from->width() - 5, from->height() / 2));
    QTRY_VERIFY(from->calendarWidget()->isVisible());
    QCOMPARE(from->calendarWidget()->yearShown(), Today.year());
    QCOMPARE(from->calendarWidget()->monthShown(), Today.month());
    QCOMPARE(from->date().year(), 2000); // still open: showing a month picks nothing
    from->calendarWidget()->window()->hide();
}

void TestHistoryFilterBar::setFilterRoundTrips()
{
    HistoryFilter wanted;
    wanted.text = u"hello"_s;
    wanted.functionId = TranslateId;
    wanted.revisionId = TranslateRev1;
    wanted.tagKey = u"env"_s;
    wanted.tagValue = u"prod"_s;
    wanted.status = HistoryFilter::Status::Succeeded;
    wanted.from = QDate(2024, 5, 2).startOfDay().toUTC();
    wanted.to = QDate(2024, 5, 11).startOfDay().toUTC();

    QSignalSpy changed(m_bar.get(), &HistoryFilterBar::filterChanged);
    m_bar->setFilter(wanted);
    QCOMPARE(changed.count(), 1);
    const HistoryFilter shown = m_bar->filter();
    QCOMPARE(shown.text, wanted.text);
    QCOMPARE(shown.functionId, wanted.functionId);
    QCOMPARE(shown.revisionId, wanted.revisionId);
    QCOMPARE(shown.tagKey, wanted.tagKey);
    QCOMPARE(shown.tagValue, wanted.tagValue);
    QCOMPARE(shown.status, wanted.status);
    QCOMPARE(shown.from, wanted.from);
    QCOMPARE(shown.to, wanted.to);
    QCOMPARE(child<QLineEdit>(u"historySearchLineEdit"_s)->text(), u"hello"_s);
    QCOMPARE(child<QComboBox>(u"historyFunctionComboBox"_s)->currentText(), u"translate"_s);

    m_bar->setFilter(wanted); // no change, no signal
    QCOMPARE(changed.count(), 1);

    // A function the history does not list (any more) stays chosen.
    HistoryFilter gone;
    gone.functionId = u"cccccccc-0000-4000-8000-000000000003"_s;
    m_bar->setFilter(gone);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_bar->filter().functionId, gone.functionId);
}

void TestHistoryFilterBar::facetsFollowTheStore()
{
    auto *functions = child<QComboBox>(u"historyFunctionComboBox"_s);
    pick(functions, u"summarize"_s);
    QSignalSpy changed(m_bar.get(), &HistoryFilterBar::filterChanged);

    const QList<Tag> tags { { u"env"_s, u"staging"_s } };
    QVERIFY(m_history->record(makeCall(
                    { baseTime().addSecs(9), TranslateId, TranslateRev1, u"e"_s, true, tags }))
            > 0);
    auto *tagCombo = child<QComboBox>(u"historyTagComboBox"_s);
    QTRY_VERIFY(tagCombo->findText(u"env=staging"_s) >= 0);
    QCOMPARE(functions->currentText(), u"summarize"_s); // the choice survives the refresh
    QCOMPARE(changed.count(), 0);
}

QTEST_MAIN(TestHistoryFilterBar)
#include "tst_historyfilterbar.moc"
