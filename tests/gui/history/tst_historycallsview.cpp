#include "HistoryTestCalls.h"
#include "gui/history/HistoryCallsView.h"
#include "gui/history/HistoryRetentionDialog.h"
#include "gui/history/HistoryTableModel.h"
#include "support/HistoryHarness.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using callpad::HistoryCallsView;
using callpad::HistoryEntry;
using callpad::HistoryFilter;
using callpad::HistoryRetentionDialog;
using callpad::HistoryStore;
using callpad::HistoryTableModel;
using callpad::Retention;
using namespace callpad::test;

class TestHistoryCallsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsCountAndActions();
    void readsOnlyTheRowsOnShow();
    void selectingARowAnnouncesIt();
    void restoreRequestsTheSelectedCall();
    void multipleSelection();
    void deleteAsksFirst_data();
    void deleteAsksFirst();
    void removeSelectedSelectsTheNextCall();
    void clearOlderThan_data();
    void clearOlderThan();
    void filterNarrowsTheList();
    void columnWidthsRoundTrip();
    void retentionDialog_data();
    void retentionDialog();
    void retentionActionAnnouncesTheChoice();

private:
    QTableView *table() const { return m_view->findChild<QTableView *>(u"historyTableView"_s); }
    void clickRow(int row, Qt::KeyboardModifiers modifiers = {});
    // The view's list once the history has answered.
    bool settled() const
    {
        return QTest::qWaitFor([this] { return !m_view->model()->isLoading(); }, 10000);
    }
    qint64 storedCount() const { return m_history->count(); }

    std::unique_ptr<HistoryHarness> m_history;
    std::unique_ptr<HistoryCallsView> m_view;
    QList<qint64> m_ids; // oldest first
};

void TestHistoryCallsView::init()
{
    m_history = std::make_unique<HistoryHarness>();
    QVERIFY2(m_history->open(), qPrintable(m_history->service()->openError()));
    // Relative to now, so clearing by age has calls on both sides of every cut.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<HistoryEntry> calls;
    for (const int daysAgo : { 40, 20, 10, 3, 0 }) {
        CallSpec spec { now.addDays(-daysAgo).addSecs(-60) };
        spec.functionId = daysAgo % 20 == 0 ? TranslateId : SummarizeId;
        spec.input = u"%1 days ago"_s.arg(daysAgo);
        calls << makeCall(spec);
    }
    m_ids = m_history->prefill(calls);
    QCOMPARE(m_ids.size(), 5);

    m_view = std::make_unique<HistoryCallsView>(m_history->service());
    m_view->resize(900, 400);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(table());
    QTRY_COMPARE(m_view->model()->rowCount(), 5);
    QVERIFY(settled());
}

void TestHistoryCallsView::cleanup()
{
    m_view.reset();
    m_history.reset();
}

void TestHistoryCallsView::clickRow(int row, Qt::KeyboardModifiers modifiers)
{
    // The row's page first: a click on a placeholder selects a call not known yet.
    QVERIFY(QTest::qWaitFor([&] { return m_view->model()->rowAt(row).has_value(); }, 10000));
    const QModelIndex index = table()->model()->index(row, HistoryTableModel::FunctionColumn);
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, modifiers,
                      table()->visualRect(index).center());
}

void TestHistoryCallsView::showsCountAndActions()
{
    QCOMPARE(m_view->findChild<QLabel *>(u"historyCountLabel"_s)->text(), u"5 calls"_s);
    for (QAction *action : { m_view->restoreAction(), m_view->deleteAction(),
                             m_view->clearOlderAction(), m_view->retentionAction() }) {
        QVERIFY(!action->objectName().isEmpty());
        QVERIFY(!action->statusTip().isEmpty());
    }
    QCOMPARE(m_view->restoreAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    QVERIFY(m_view->deleteAction()->shortcuts().contains(QKeySequence(Qt::Key_Delete)));
    QVERIFY(!m_view->restoreAction()->isEnabled()); // nothing selected yet
    QVERIFY(!m_view->deleteAction()->isEnabled());
    QVERIFY(!table()->isSortingEnabled());
    QCOMPARE(table()->selectionBehavior(), QAbstractItemView::SelectRows);
}

void TestHistoryCallsView::readsOnlyTheRowsOnShow()
{
    QList<HistoryEntry> more;
    for (int i = 0; i < 10 * HistoryTableModel::PageSize; ++i) {
        more << makeCall(CallSpec { baseTime().addSecs(-100000 - i) }); // all older
    }
    QCOMPARE(m_history->prefill(more).size(), more.size());
    QTRY_COMPARE(m_view->model()->rowCount(), 5 + int(more.size()));
    QTRY_VERIFY(m_view->model()->pagesFetched() >= 1); // the first page is on show

    const qint64 before = m_view->model()->pagesFetched();
    table()->scrollToBottom();
    QTRY_VERIFY(m_view->model()->pagesFetched() > before);
    QVERIFY(m_view->model()->pagesFetched() <= before + 2); // the page(s) at the bottom only

    // Type-ahead in the list searches what was read; it does not load the rest.
    const qint64 shown = m_view->model()->pagesFetched();
    table()->setFocus();
    QTest::keyClicks(table(), u"x"_s);
    QCOMPARE(m_view->model()->pagesFetched(), shown);
}

void TestHistoryCallsView::selectingARowAnnouncesIt()
{
    QSignalSpy selected(m_view.get(), &HistoryCallsView::entrySelected);
    clickRow(1);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.first().first().toLongLong(), m_ids.at(3)); // second newest
    QCOMPARE(m_view->currentId(), m_ids.at(3));

    clickRow(1); // the same call again is not news
    QCOMPARE(selected.count(), 1);
    clickRow(0);
    QCOMPARE(selected.count(), 2);
    QCOMPARE(selected.last().first().toLongLong(), m_ids.last());
}

void TestHistoryCallsView::restoreRequestsTheSelectedCall()
{
    QSignalSpy restore(m_view.get(), &HistoryCallsView::restoreRequested);
    clickRow(2);
    QVERIFY(m_view->restoreAction()->isEnabled());
    m_view->restoreAction()->trigger();
    QCOMPARE(restore.count(), 1);
    QCOMPARE(restore.first().first().toLongLong(), m_ids.at(2));

    // Ctrl+R while the list has focus.
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(restore.count(), 2);
    QCOMPARE(restore.last().first().toLongLong(), m_ids.at(2));
}

void TestHistoryCallsView::multipleSelection()
{
    QSignalSpy selected(m_view.get(), &HistoryCallsView::entrySelected);
    clickRow(0);
    clickRow(2, Qt::ShiftModifier);
    QCOMPARE(selected.count(), 1); // only the single selection was announced
    QCOMPARE(m_view->currentId(), 0);
    QCOMPARE(m_view->selectedIds(), (QList<qint64> { m_ids.at(4), m_ids.at(3), m_ids.at(2) }));
    QVERIFY(!m_view->restoreAction()->isEnabled());
    QVERIFY(m_view->deleteAction()->isEnabled());
}

void TestHistoryCallsView::deleteAsksFirst_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("remaining");

    QTest::newRow("confirmed") << u"historyDeletePushButton"_s << 3;
    QTest::newRow("declined") << u"historyCancelDeletePushButton"_s << 5;
}

void TestHistoryCallsView::deleteAsksFirst()
{
    QFETCH(QString, button);
    QFETCH(int, remaining);

    clickRow(0);
    clickRow(1, Qt::ControlModifier);
    bool asked = false;
    whenModalShows(u"historyDeleteMessageBox"_s, [&asked, button](QWidget *box) {
        asked = true;
        auto *push = box->findChild<QPushButton *>(button);
        QVERIFY(push);
        push->click();
    });
    m_view->deleteAction()->trigger(); // returns once the box is answered
    QVERIFY(asked);
    QTRY_COMPARE(m_view->model()->rowCount(), remaining);
    QCOMPARE(storedCount(), qint64(remaining));
    QCOMPARE(m_view->findChild<QLabel *>(u"historyCountLabel"_s)->text(),
             u"%1 calls"_s.arg(remaining));
}

void TestHistoryCallsView::removeSelectedSelectsTheNextCall()
{
    clickRow(1);
    QSignalSpy selected(m_view.get(), &HistoryCallsView::entrySelected);
    QSignalSpy removed(m_view.get(), &HistoryCallsView::removed);
    QVERIFY(m_view->removeSelected(false));
    QVERIFY(removed.wait());
    QCOMPARE(removed.first().first().toLongLong(), 1);
    QTRY_COMPARE(m_view->model()->rowCount(), 4);
    const qint64 gone = m_ids.at(3);
    QVERIFY(!m_history
                     ->read([gone](const HistoryStore &store) {
                         return store.entry(gone).valueOr({});
                     })
                     .has_value());
    // The call that moved into the deleted one's row is selected and shown.
    QTRY_COMPARE(m_view->currentId(), m_ids.at(2));
    QTRY_COMPARE(selected.count(), 1);
    QCOMPARE(selected.first().first().toLongLong(), m_ids.at(2));

    table()->clearSelection();
    QVERIFY(!m_view->removeSelected(false)); // nothing selected, nothing removed
    QCOMPARE(storedCount(), 4);
}

void TestHistoryCallsView::clearOlderThan_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("removed");

    QTest::newRow("1 day") << 1 << 4;
    QTest::newRow("5 days") << 5 << 3;
    QTest::newRow("30 days") << 30 << 1;
    QTest::newRow("365 days") << 365 << 0;
}

void TestHistoryCallsView::clearOlderThan()
{
    QFETCH(int, days);
    QFETCH(int, removed);

    QSignalSpy done(m_view.get(), &HistoryCallsView::removed);
    QVERIFY(m_view->clearOlderThan(days));
    QVERIFY(done.wait());
    QCOMPARE(done.first().first().toLongLong(), qint64(removed));
    QTRY_COMPARE(m_view->model()->rowCount(), 5 - removed);
    QVERIFY(settled());
    QCOMPARE(storedCount(), qint64(5 - removed));
    // The newest call always stays.
    QTRY_COMPARE(m_view->model()->idAt(0), m_ids.last());
}

void TestHistoryCallsView::filterNarrowsTheList()
{
    HistoryFilter filter;
    filter.functionId = TranslateId;
    m_view->setFilter(filter);
    QCOMPARE(m_view->filter().functionId, TranslateId);
    QTRY_COMPARE(m_view->model()->rowCount(), 3); // 40, 20 and 0 days ago
    QCOMPARE(m_view->findChild<QLabel *>(u"historyCountLabel"_s)->text(), u"3 calls"_s);

    filter.text = u"20"_s;
    m_view->setFilter(filter);
    QTRY_COMPARE(m_view->findChild<QLabel *>(u"historyCountLabel"_s)->text(), u"1 call"_s);
}

void TestHistoryCallsView::columnWidthsRoundTrip()
{
    QHeaderView *header = table()->horizontalHeader();
    header->resizeSection(HistoryTableModel::FunctionColumn, 333);
    const QByteArray state = m_view->saveState();
    QVERIFY(!state.isEmpty());

    HistoryCallsView other(m_history->service());
    QVERIFY(other.tableView()->horizontalHeader()->sectionSize(HistoryTableModel::FunctionColumn)
            != 333);
    QVERIFY(other.restoreState(state));
    QCOMPARE(other.tableView()->horizontalHeader()->sectionSize(HistoryTableModel::FunctionColumn),
             333);
    QVERIFY(!other.restoreState("not a header state"_ba));
}

void TestHistoryCallsView::retentionDialog_data()
{
    QTest::addColumn<QString>("radio");
    QTest::addColumn<QString>("spin");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("setting");

    QTest::newRow("keep all") << u"historyKeepAllRadioButton"_s << QString() << 0 << u"keep_all"_s;
    QTest::newRow("30 days") << u"historyKeepDaysRadioButton"_s << u"historyKeepDaysSpinBox"_s << 30
                             << u"days:30"_s;
    QTest::newRow("5000 calls") << u"historyKeepCallsRadioButton"_s << u"historyKeepCallsSpinBox"_s
                                << 5000 << u"calls:5000"_s;
}

void TestHistoryCallsView::retentionDialog()
{
    QFETCH(QString, radio);
    QFETCH(QString, spin);
    QFETCH(int, value);
    QFETCH(QString, setting);

    HistoryRetentionDialog dialog(Retention::days(7));
    QVERIFY(dialog.findChild<QRadioButton *>(u"historyKeepDaysRadioButton"_s)->isChecked());
    QCOMPARE(dialog.findChild<QSpinBox *>(u"historyKeepDaysSpinBox"_s)->value(), 7);

    dialog.findChild<QRadioButton *>(radio)->click();
    if (!spin.isEmpty()) {
        auto *box = dialog.findChild<QSpinBox *>(spin);
        QVERIFY(box->isEnabled());
        box->setValue(value);
    }
    QCOMPARE(dialog.retention().toSetting(), setting);

    // And back: the dialog shows what it is given.
    HistoryRetentionDialog shown(dialog.retention());
    QCOMPARE(shown.retention(), dialog.retention());
    QVERIFY(shown.findChild<QRadioButton *>(radio)->isChecked());
}

void TestHistoryCallsView::retentionActionAnnouncesTheChoice()
{
    m_view->setRetention(Retention::keepAll());
    QSignalSpy chosen(m_view.get(), &HistoryCallsView::retentionChosen);
    whenModalShows(u"historyRetentionDialog"_s, [](QWidget *dialog) {
        dialog->findChild<QRadioButton *>(u"historyKeepCallsRadioButton"_s)->click();
        dialog->findChild<QSpinBox *>(u"historyKeepCallsSpinBox"_s)->setValue(2);
        qobject_cast<QDialog *>(dialog)->accept();
    });
    m_view->retentionAction()->trigger();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().value<Retention>(), Retention::calls(2));
    QCOMPARE(m_view->retention(), Retention::calls(2));
    QCOMPARE(storedCount(), 5); // applying it is the window's job
}

QTEST_MAIN(TestHistoryCallsView)
#include "tst_historycallsview.moc"
