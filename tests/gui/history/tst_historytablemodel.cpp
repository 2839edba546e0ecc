#include "HistoryTestCalls.h"
#include "gui/common/Palette.h"
#include "gui/common/UsageFormat.h"
#include "gui/history/HistoryTableModel.h"
#include "support/HistoryHarness.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QPalette>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using callpad::HistoryEntry;
using callpad::HistoryFilter;
using callpad::HistoryStore;
using callpad::HistoryTableModel;
using callpad::Result;
using callpad::Status;
using namespace callpad::test;

class TestHistoryTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rowCountMatchesTheStore();
    void newestFirst();
    void columns_data();
    void columns();
    void hundredThousandRowsReadOnlyWhatIsShown();
    void pageCacheIsBounded();
    void matchSearchesOnlyRowsAlreadyRead();
    void filterChangeResets();
    void newCallArrivesOnTop();
    void removalShrinksTheList();
    void otherProcessesWritesArePickedUp();

private:
    QList<qint64> recordCalls(int count, int firstSecond = 0);
    // A new model over the history, once its count has arrived.
    void makeModel();
    // Waits for the row's page (asking for it first); false when it never came.
    bool loaded(int row) const
    {
        return m_model->rowAt(row).has_value()
                || QTest::qWaitFor([&] { return m_model->rowAt(row).has_value(); }, 10000);
    }
    QString text(int row, int column) const
    {
        if (!loaded(row)) {
            return {};
        }
        return m_model->data(m_model->index(row, column), Qt::DisplayRole).toString();
    }
    qint64 idAt(int row) const
    {
        if (!loaded(row)) {
            return 0;
        }
        return m_model->data(m_model->index(row, 0), HistoryTableModel::IdRole).toLongLong();
    }

    std::unique_ptr<HistoryHarness> m_history;
    std::unique_ptr<HistoryTableModel> m_model;
};

void TestHistoryTableModel::init()
{
    m_history = std::make_unique<HistoryHarness>();
    QVERIFY2(m_history->open(), qPrintable(m_history->service()->openError()));
}

void TestHistoryTableModel::cleanup()
{
    m_model.reset();
    m_history.reset();
}

void TestHistoryTableModel::makeModel()
{
    m_model = std::make_unique<HistoryTableModel>(m_history->service());
    QVERIFY(m_model->isLoading());
    QTRY_VERIFY(!m_model->isLoading());
}

// `count` calls a second apart, alternating functions, written before the model exists (as a
// history on disk is); returns their ids, oldest first.
QList<qint64> TestHistoryTableModel::recordCalls(int count, int firstSecond)
{
    QList<HistoryEntry> calls;
    calls.reserve(count);
    for (int i = 0; i < count; ++i) {
        const bool translate = i % 2 == 0;
        calls << makeCall(
                { baseTime().addSecs(firstSecond + i), translate ? TranslateId : SummarizeId,
                  translate ? TranslateRev1 : SummarizeRev1, u"call %1"_s.arg(firstSecond + i) });
    }
    return m_history->prefill(calls);
}

void TestHistoryTableModel::rowCountMatchesTheStore()
{
    QCOMPARE(recordCalls(7).size(), 7);
    m_model = std::make_unique<HistoryTableModel>(m_history->service());
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The count arrives from the history's thread; until then the list is empty.
    QCOMPARE(m_model->rowCount(), 0);
    QTRY_COMPARE(m_model->rowCount(), 7);
    QCOMPARE(qint64(m_model->rowCount()), m_history->count());
    QCOMPARE(m_model->columnCount(), int(HistoryTableModel::ColumnCount));
    QCOMPARE(m_model->headerData(HistoryTableModel::StatusColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
             u"Status"_s);
}

void TestHistoryTableModel::newestFirst()
{
    const QList<qint64> ids = recordCalls(5);
    makeModel();
    for (int row = 0; row < 5; ++row) {
        QCOMPARE(idAt(row), ids.at(4 - row));
    }
    QCOMPARE(text(0, HistoryTableModel::InputColumn), u"call 4"_s);
    QCOMPARE(text(4, HistoryTableModel::InputColumn), u"call 0"_s);
    QCOMPARE(m_model->rowAt(0)->id, ids.last());
    QVERIFY(!m_model->rowAt(5).has_value());
}

void TestHistoryTableModel::columns_data()
{
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    QTest::newRow("function name")
            << true << int(HistoryTableModel::FunctionColumn) << u"translate"_s;
    QTest::newRow("revision short id")
            << true << int(HistoryTableModel::RevisionColumn) << TranslateRev1.left(8);
    QTest::newRow("status 200") << true << int(HistoryTableModel::StatusColumn) << u"200"_s;
    QTest::newRow("status error in words")
            << false << int(HistoryTableModel::StatusColumn) << u"HTTP 500"_s;
    QTest::newRow("latency") << true << int(HistoryTableModel::LatencyColumn)
                             << callpad::formatLatency(250);
    QTest::newRow("tokens") << true << int(HistoryTableModel::TokensColumn)
                            << callpad::formatTokenCount(42);
    QTest::newRow("cost") << true << int(HistoryTableModel::CostColumn)
                          << callpad::formatUsd(0.0015);
    QTest::newRow("cached") << true << int(HistoryTableModel::CachedColumn) << u"Yes"_s;
    QTest::newRow("input preview")
            << true << int(HistoryTableModel::InputColumn) << u"line one line two"_s;
}

void TestHistoryTableModel::columns()
{
    QFETCH(bool, ok);
    QFETCH(int, column);
    QFETCH(QString, expected);

    CallSpec spec { baseTime() };
    spec.ok = ok;
    spec.cached = true;
    spec.input = u"line one\nline two"_s;
    QVERIFY(m_history->record(makeCall(spec)) > 0);
    makeModel();
    QCOMPARE(text(0, column), expected);

    const QVariant colour
            = m_model->data(m_model->index(0, HistoryTableModel::StatusColumn), Qt::ForegroundRole);
    if (ok) {
        QVERIFY(!colour.isValid());
    } else {
        QCOMPARE(colour.value<QColor>(),
                 callpad::errorColor(QGuiApplication::palette().color(QPalette::Base)));
    }
    QCOMPARE(m_model->data(m_model->index(0, column), HistoryTableModel::OkRole).toBool(), ok);
}

void TestHistoryTableModel::hundredThousandRowsReadOnlyWhatIsShown()
{
    constexpr int Calls = 100000;
    QList<qint64> ids;
    for (int chunk = 0; chunk < Calls; chunk += 20000) {
        ids += recordCalls(20000, chunk);
    }
    QCOMPARE(ids.size(), Calls);

    makeModel();
    QCOMPARE(m_model->rowCount(), Calls);
    QCOMPARE(m_model->pagesFetched(), 0); // counting reads no rows
    // A row not read yet shows a placeholder and asks for its page, once.
    QCOMPARE(m_model->data(m_model->index(0, HistoryTableModel::TimeColumn), Qt::DisplayRole)
                     .toString(),
             u"…"_s);
    QVERIFY(!m_model->data(m_model->index(0, 0), HistoryTableModel::IdRole).isValid());
    QCOMPARE(m_model->pagesFetched(), 1);
    QSignalSpy loadedRows(m_model.get(), &HistoryTableModel::rowsLoaded);
    QVERIFY(loadedRows.wait());
    QCOMPARE(loadedRows.first().at(0).toInt(), 0);
    QCOMPARE(loadedRows.first().at(1).toInt(), HistoryTableModel::PageSize - 1);

    QCOMPARE(idAt(0), ids.last());
    QCOMPARE(m_model->pagesFetched(), 1);
    QCOMPARE(idAt(Calls - 1), ids.first());
    QCOMPARE(text(Calls - 1, HistoryTableModel::InputColumn), u"call 0"_s);
    QCOMPARE(m_model->pagesFetched(), 2);

    // Rows of pages already read, and roles without content, read nothing more.
    QCOMPARE(idAt(HistoryTableModel::PageSize - 1), ids.at(Calls - HistoryTableModel::PageSize));
    QVERIFY(!m_model->data(m_model->index(500, 0), Qt::DecorationRole).isValid());
    QCOMPARE(m_model->pagesFetched(), 2);
    QCOMPARE(idAt(50000), ids.at(Calls - 1 - 50000));
    QCOMPARE(m_model->pagesFetched(), 3);
}

void TestHistoryTableModel::pageCacheIsBounded()
{
    constexpr int Pages = HistoryTableModel::MaxCachedPages + 5;
    QCOMPARE(recordCalls(Pages * HistoryTableModel::PageSize).size(),
             Pages * HistoryTableModel::PageSize);
    makeModel();
    for (int page = 0; page < Pages; ++page) {
        QVERIFY(idAt(page * HistoryTableModel::PageSize) != 0);
    }
    QCOMPARE(m_model->pagesFetched(), Pages);
    QCOMPARE(m_model->cachedPageCount(), HistoryTableModel::MaxCachedPages);

    // The most recently read page is still there; the first one was dropped and is read again.
    QVERIFY(idAt((Pages - 1) * HistoryTableModel::PageSize) != 0);
    QCOMPARE(m_model->pagesFetched(), Pages);
    QVERIFY(idAt(0) != 0);
    QCOMPARE(m_model->pagesFetched(), Pages + 1);
    QCOMPARE(m_model->cachedPageCount(), HistoryTableModel::MaxCachedPages);
}

void TestHistoryTableModel::matchSearchesOnlyRowsAlreadyRead()
{
    QCOMPARE(recordCalls(5 * HistoryTableModel::PageSize).size(), 5 * HistoryTableModel::PageSize);
    makeModel();
    const QModelIndex top = m_model->index(0, HistoryTableModel::InputColumn);
    QCOMPARE(text(0, HistoryTableModel::InputColumn), u"call 999"_s);
    QCOMPARE(m_model->pagesFetched(), 1);

    // The first page holds calls 999 down to 800: "call 9" starts 100 of them.
    const QModelIndexList nines
            = m_model->match(top, Qt::DisplayRole, u"CALL 9"_s, -1, Qt::MatchStartsWith);
    QCOMPARE(nines.size(), 100);
    QCOMPARE(nines.first().row(), 0);
    QCOMPARE(nines.last().row(), 99);
    // "call 1" only occurs on pages never read: nothing found, nothing read.
    QVERIFY(m_model->match(top, Qt::DisplayRole, u"call 1"_s, 1,
                           Qt::MatchStartsWith | Qt::MatchWrap)
                    .isEmpty());
    QCOMPARE(m_model->pagesFetched(), 1);

    // From a later row, wrapping back to the top.
    const QModelIndexList wrapped
            = m_model->match(m_model->index(150, HistoryTableModel::InputColumn), Qt::DisplayRole,
                             u"call 999"_s, 1, Qt::MatchExactly | Qt::MatchWrap);
    QCOMPARE(wrapped.size(), 1);
    QCOMPARE(wrapped.first().row(), 0);
}

void TestHistoryTableModel::filterChangeResets()
{
    QCOMPARE(recordCalls(9).size(), 9);
    makeModel();
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(idAt(0) != 0, true);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy counted(m_model.get(), &HistoryTableModel::countChanged);

    HistoryFilter filter;
    filter.functionId = SummarizeId;
    m_model->setFilter(filter);
    QCOMPARE(m_model->filter().functionId, SummarizeId);
    // The old rows stay on show until the new count is in.
    QCOMPARE(m_model->rowCount(), 9);
    QVERIFY(counted.wait());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(counted.count(), 1);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(qint64(m_model->rowCount()), m_history->count(filter));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QCOMPARE(text(row, HistoryTableModel::FunctionColumn), u"summarize"_s);
    }
    QCOMPARE(m_model->filter().functionId, SummarizeId);
}

void TestHistoryTableModel::newCallArrivesOnTop()
{
    QCOMPARE(recordCalls(3).size(), 3);
    makeModel();
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 oldTop = idAt(0);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    const qint64 newId = m_history->record(makeCall({ baseTime().addSecs(60) }));
    QVERIFY(newId > 0);
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(idAt(0), newId);
    QCOMPARE(idAt(1), oldTop);
}

void TestHistoryTableModel::removalShrinksTheList()
{
    const QList<qint64> ids = recordCalls(5);
    makeModel();
    QCOMPARE(idAt(0), ids.last());
    QSignalSpy counted(m_model.get(), &HistoryTableModel::countChanged);
    std::optional<qint64> removed;
    QObject context;
    m_history->service()->remove(
            { ids.last(), ids.first() }, &context,
            [&removed](const callpad::Result<qint64> &count) { removed = count.valueOr(-1); });
    QTRY_VERIFY(removed.has_value());
    QCOMPARE(*removed, 2);
    QTRY_COMPARE(counted.count(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(idAt(0), ids.at(3));
    QCOMPARE(idAt(2), ids.at(1));
}

void TestHistoryTableModel::otherProcessesWritesArePickedUp()
{
    QCOMPARE(recordCalls(2).size(), 2);
    makeModel();
    QCOMPARE(m_model->rowCount(), 2);
    QSignalSpy external(m_history->service(), &callpad::HistoryService::externallyChanged);

    // Another connection to the same file, as the CLI would have.
    HistoryStore other;
    const Status opened = other.open(m_history->path());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    const Result<qint64> id = other.record(makeCall({ baseTime().addSecs(30) }));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QVERIFY(*id > 0);
    QTRY_COMPARE(m_model->rowCount(), 3);
    QCOMPARE(idAt(0), *id);
    QVERIFY(external.count() >= 1);
}

QTEST_MAIN(TestHistoryTableModel)
#include "tst_historytablemodel.moc"
