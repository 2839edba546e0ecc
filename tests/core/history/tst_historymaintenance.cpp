#include "HistoryFixtures.h"
#include "core/history/HistorySql.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace callpad;
using namespace callpad::fixtures;

Q_DECLARE_METATYPE(callpad::Retention)
Q_DECLARE_METATYPE(callpad::HistoryFilter)

namespace {

// Five calls at noon UTC on May 1..5, ids 1..5.
void seedFiveDays(HistoryStore &store)
{
    QList<HistoryEntry> entries;
    for (int day = 1; day <= 5; ++day) {
        entries << entryAt(utc(2024, 5, day, 12), FunctionA, RevisionA1, 0.1,
                           { { u"day"_s, QString::number(day) } });
    }
    QCOMPARE(store.recordAll(entries).valueOr({}).size(), 5);
}

QList<qint64> allIds(const HistoryStore &store)
{
    QList<qint64> ids;
    for (const HistoryRow &row : store.page({}, 0, 1000).valueOr({})) {
        ids << row.id;
    }
    return ids;
}

} // namespace

class TestHistoryMaintenance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void removesCalls();
    void clearsOlderThan();
    void appliesRetention_data();
    void appliesRetention();
    void readsRetentionSettings_data();
    void readsRetentionSettings();
    void twoStoresShareOneFile();
    void writesFromTwoThreadsAtOnce();
    void pageQueriesUseAnIndex_data();
    void pageQueriesUseAnIndex();
    void holdsAHundredThousandCalls();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString freshPath() { return dbPath(m_dir, u"db%1.sqlite"_s.arg(++m_files)); }
};

void TestHistoryMaintenance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestHistoryMaintenance::removesCalls()
{
    HistoryStore store;
    QVERIFY(store.open(freshPath()));
    seedFiveDays(store);
    QSignalSpy changed(&store, &HistoryStore::changed);
    QCOMPARE(store.remove({}).valueOr(-1), 0);
    QCOMPARE(store.remove({ 2, 4, 99 }).valueOr(-1), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(allIds(store), (QList<qint64> { 5, 3, 1 }));
    QVERIFY(!store.entry(2).valueOr({}));
    QSqlQuery query(store.database());
    QVERIFY(query.exec(u"SELECT count(*) FROM history_tags"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 3); // the tags went with their calls
}

void TestHistoryMaintenance::clearsOlderThan()
{
    HistoryStore store;
    QVERIFY(store.open(freshPath()));
    seedFiveDays(store);
    QCOMPARE(store.clearOlderThan(utc(2024, 5, 3, 12)).valueOr(-1), 2); // strictly older
    QCOMPARE(allIds(store), (QList<qint64> { 5, 4, 3 }));
    QCOMPARE(store.clearOlderThan(QDateTime()).valueOr(-1), 0);
    QCOMPARE(store.clearOlderThan(utc(2030, 1, 1)).valueOr(-1), 3);
    QCOMPARE(store.count().valueOr(-1), 0);
}

void TestHistoryMaintenance::appliesRetention_data()
{
    QTest::addColumn<Retention>("retention");
    QTest::addColumn<qint64>("removed");
    QTest::addColumn<QList<qint64>>("kept");

    QTest::newRow("keep all") << Retention::keepAll() << qint64(0)
                              << QList<qint64> { 5, 4, 3, 2, 1 };
    QTest::newRow("3 days") << Retention::days(3) << qint64(2) << QList<qint64> { 5, 4, 3 };
    QTest::newRow("1 day") << Retention::days(1) << qint64(4) << QList<qint64> { 5 };
    QTest::newRow("0 days keeps all")
            << Retention::days(0) << qint64(0) << QList<qint64> { 5, 4, 3, 2, 1 };
    QTest::newRow("2 calls") << Retention::calls(2) << qint64(3) << QList<qint64> { 5, 4 };
    QTest::newRow("10 calls") << Retention::calls(10) << qint64(0)
                              << QList<qint64> { 5, 4, 3, 2, 1 };
}

void TestHistoryMaintenance::appliesRetention()
{
    QFETCH(Retention, retention);
    QFETCH(qint64, removed);
    QFETCH(QList<qint64>, kept);

    HistoryStore store;
    QVERIFY(store.open(freshPath()));
    seedFiveDays(store);
    QCOMPARE(store.applyRetention(retention, utc(2024, 5, 5, 18)).valueOr(-1), removed);
    QCOMPARE(allIds(store), kept);
}

void TestHistoryMaintenance::readsRetentionSettings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<Retention>>("expected");

    QTest::newRow("keep all") << u"keep_all"_s << std::optional(Retention::keepAll());
    QTest::newRow("30 days") << u"days:30"_s << std::optional(Retention::days(30));
    QTest::newRow("10000 calls") << u" calls:10000 "_s << std::optional(Retention::calls(10000));
    QTest::newRow("zero days") << u"days:0"_s << std::optional<Retention>();
    QTest::newRow("unknown unit") << u"weeks:3"_s << std::optional<Retention>();
    QTest::newRow("not a number") << u"days:x"_s << std::optional<Retention>();
    QTest::newRow("empty") << QString() << std::optional<Retention>();
}

void TestHistoryMaintenance::readsRetentionSettings()
{
    QFETCH(QString, text);
    QFETCH(std::optional<Retention>, expected);

    QCOMPARE(Retention::fromSetting(text), expected);
    if (expected) {
        QCOMPARE(Retention::fromSetting(expected->toSetting()), expected);
    }
}

void TestHistoryMaintenance::twoStoresShareOneFile()
{
    const QString path = freshPath();
    HistoryStore app;
    HistoryStore cli;
    QVERIFY(app.open(path));
    QVERIFY(cli.open(path));
    const qint64 before = app.dataVersion();
    QSet<qint64> ids;
    for (int i = 0; i < 50; ++i) {
        HistoryEntry entry = entryAt(utc(2024, 5, 1).addSecs(i), FunctionA, RevisionA1, 0.01);
        entry.source = u"app"_s;
        ids << app.record(entry).valueOr(-1);
        entry.source = u"cli"_s;
        ids << cli.record(entry).valueOr(-1);
    }
    QCOMPARE(ids.size(), 100);
    QVERIFY(!ids.contains(-1));
    QCOMPARE(app.count().valueOr(-1), 100);
    QCOMPARE(cli.count().valueOr(-1), 100);
    QVERIFY(app.dataVersion() != before); // the app can tell the CLI wrote
    QCOMPARE(app.page({}, 0, 1).valueOr({}).value(0).source, u"cli"_s);
}

void TestHistoryMaintenance::writesFromTwoThreadsAtOnce()
{
    const QString path = freshPath();
    HistoryStore main;
    QVERIFY(main.open(path));
    constexpr int PerWriter = 200;
    std::atomic<int> workerFailures = 0;
    QThread *worker = QThread::create([&] {
        HistoryStore store;
        if (!store.open(path)) {
            workerFailures = PerWriter;
            return;
        }
        for (int i = 0; i < PerWriter; ++i) {
            if (store.record(entryAt(utc(2024, 6, 1).addSecs(i), FunctionB, RevisionB1, 0.2))
                        .valueOr(-1)
                < 0) {
                ++workerFailures;
            }
        }
    });
    worker->start();
    int mainFailures = 0;
    for (int i = 0; i < PerWriter; ++i) {
        if (main.record(entryAt(utc(2024, 6, 1).addSecs(i), FunctionA, RevisionA1, 0.1)).valueOr(-1)
            < 0) {
            ++mainFailures;
        }
    }
    QVERIFY(worker->wait());
    delete worker;
    QCOMPARE(mainFailures, 0);
    QCOMPARE(workerFailures.load(), 0);
    QCOMPARE(main.count().valueOr(-1), 2 * PerWriter);
    HistoryFilter filter;
    filter.functionId = FunctionB;
    QCOMPARE(main.count(filter).valueOr(-1), PerWriter);
}

void TestHistoryMaintenance::pageQueriesUseAnIndex_data()
{
    QTest::addColumn<HistoryFilter>("filter");
    // Filters on an indexed column walk that index in time order and stop after the page.
    // Tags and text are driven by their own index instead (few matches, then a small sort).
    QTest::addColumn<bool>("inTimeOrder");

    const auto filter = [](auto change) {
        HistoryFilter f;
        change(f);
        return f;
    };
    QTest::newRow("no filter") << HistoryFilter() << true;
    QTest::newRow("function") << filter([](auto &f) { f.functionId = FunctionA; }) << true;
    QTest::newRow("revision") << filter([](auto &f) { f.revisionId = RevisionA1; }) << true;
    QTest::newRow("failed") << filter([](auto &f) { f.status = HistoryFilter::Status::Failed; })
                            << true;
    QTest::newRow("tag") << filter([](auto &f) { f.tagKey = u"env"_s; }) << false;
    QTest::newRow("date range") << filter([](auto &f) {
        f.from = utc(2024, 1, 1);
        f.to = utc(2024, 2, 1);
    }) << true;
    QTest::newRow("text") << filter([](auto &f) { f.text = u"needle"_s; }) << false;
}

void TestHistoryMaintenance::pageQueriesUseAnIndex()
{
    QFETCH(HistoryFilter, filter);
    QFETCH(bool, inTimeOrder);

    HistoryStore store;
    QVERIFY(store.open(dbPath(m_dir, u"plans.sqlite"_s)));
    const SqlClause page = HistorySql::pageIds(filter, store.hasFullTextSearch(), 100, 50);
    QSqlQuery query(store.database());
    QVERIFY(query.prepare(u"EXPLAIN QUERY PLAN "_s + page.sql));
    HistorySql::bind(query, page.values);
    QVERIFY(query.exec());
    QStringList plan;
    while (query.next()) {
        plan << query.value(3).toString();
    }
    const QString text = plan.join(u" | "_s);
    // Sorting in a temporary tree means reading every match before the first page.
    if (inTimeOrder) {
        QVERIFY2(!text.contains(u"TEMP B-TREE"_s), qPrintable(text));
    }
    QVERIFY2(!text.contains(QRegularExpression(u"SCAN history\\b(?! USING)"_s)), qPrintable(text));
}

void TestHistoryMaintenance::holdsAHundredThousandCalls()
{
    constexpr int Calls = 100000;
    const QStringList functions { FunctionA, FunctionB, u"f3"_s, u"f4"_s, u"f5"_s };
    QList<HistoryEntry> entries;
    entries.reserve(Calls);
    const HistoryEntry base = entryAt(utc(2024, 1, 1), FunctionA, RevisionA1, 0.001);
    for (int i = 0; i < Calls; ++i) {
        HistoryEntry entry = base;
        entry.time = base.time.addSecs(qint64(i) * 60);
        entry.functionId = functions.at(i % functions.size());
        if (i == 77777) {
            entry.inputText = u"the needle in the haystack"_s;
        }
        entries << entry;
    }
    HistoryStore store;
    QVERIFY(store.open(freshPath()));
    const QList<qint64> ids = store.recordAll(entries).valueOr({}); // one transaction
    entries.clear();
    QCOMPARE(ids.size(), Calls);
    QCOMPARE(store.count().valueOr(-1), Calls);

    const QList<HistoryRow> first = store.page({}, 0, 50).valueOr({});
    QCOMPARE(first.size(), 50);
    QCOMPARE(first.first().id, qint64(Calls));
    QCOMPARE(first.last().id, qint64(Calls - 49));
    QCOMPARE(first.first().time, base.time.addSecs(qint64(Calls - 1) * 60));
    const QList<HistoryRow> last = store.page({}, Calls - 10, 50).valueOr({});
    QCOMPARE(last.size(), 10);
    QCOMPARE(last.last().id, 1);
    QCOMPARE(store.pageAfter({}, first.last().cursor(), 1).valueOr({}).value(0).id,
             qint64(Calls - 50));

    HistoryFilter byFunction;
    byFunction.functionId = FunctionB;
    QCOMPARE(store.count(byFunction).valueOr(-1), Calls / 5);
    QCOMPARE(store.page(byFunction, 0, 1).valueOr({}).value(0).id, qint64(Calls - 3)); // i = 99996
    HistoryFilter needle;
    needle.text = u"needle"_s;
    QCOMPARE(store.count(needle).valueOr(-1), 1);
    QCOMPARE(store.page(needle, 0, 5).valueOr({}).value(0).id, qint64(77778));
}

QTEST_GUILESS_MAIN(TestHistoryMaintenance)
#include "tst_historymaintenance.moc"
