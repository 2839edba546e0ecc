#include "HistoryFixtures.h"

#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace callpad;
using namespace callpad::fixtures;

Q_DECLARE_METATYPE(callpad::HistoryFilter)

class TestHistoryQueries final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keepsTagsInTheirOwnTable();
    void filters_data();
    void filters();
    void searchesInputAndOutput_data();
    void searchesInputAndOutput();
    void indexesRowsWrittenWithoutFullTextSearch();
    void pagesNewestFirst();
    void previewsTheInput();

private:
    QTemporaryDir m_dir;
};

void TestHistoryQueries::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestHistoryQueries::keepsTagsInTheirOwnTable()
{
    HistoryStore store;
    QVERIFY(store.open(dbPath(m_dir, u"tags.sqlite"_s)));
    const qint64 id = store.record(entryAt(utc(2024, 5, 1), FunctionA, RevisionA1, 0.1,
                                           { { u"env"_s, u"prod"_s }, { u"user"_s, u"ann"_s } }))
                              .valueOr(-1);
    store.record(entryAt(utc(2024, 5, 2), FunctionA, RevisionA1, 0.1, { { u"env"_s, u"prod"_s } }));
    QSqlQuery query(store.database());
    query.prepare(u"SELECT key, value FROM history_tags WHERE entry_id = ? ORDER BY key"_s);
    query.addBindValue(id);
    QVERIFY(query.exec());
    QStringList pairs;
    while (query.next()) {
        pairs << query.value(0).toString() + u'=' + query.value(1).toString();
    }
    QCOMPARE(pairs, (QStringList { u"env=prod"_s, u"user=ann"_s }));
    const QList<HistoryFacet> tags = store.tags().valueOr({});
    QCOMPARE(tags.size(), 2);
    QCOMPARE(tags.at(0).id, u"env"_s);
    QCOMPARE(tags.at(0).label, u"prod"_s);
    QCOMPARE(tags.at(0).calls, 2);
    QCOMPARE(store.functions().valueOr({}).value(0).label, u"translate"_s);
}

void TestHistoryQueries::filters_data()
{
    QTest::addColumn<HistoryFilter>("filter");
    QTest::addColumn<QList<int>>("expected"); // fixture numbers, newest first

    const auto filter = [](auto change) {
        HistoryFilter f;
        change(f);
        return f;
    };
    QTest::newRow("no filter") << HistoryFilter() << QList<int> { 5, 4, 3, 2, 1 };
    QTest::newRow("function") << filter([](auto &f) { f.functionId = FunctionA; })
                              << QList<int> { 4, 2, 1 };
    QTest::newRow("revision") << filter([](auto &f) { f.revisionId = RevisionA1; })
                              << QList<int> { 4, 1 };
    QTest::newRow("tag key") << filter([](auto &f) { f.tagKey = u"env"_s; })
                             << QList<int> { 4, 2, 1 };
    QTest::newRow("tag key and value") << filter([](auto &f) {
        f.tagKey = u"env"_s;
        f.tagValue = u"prod"_s;
    }) << QList<int> { 4, 1 };
    QTest::newRow("tag value alone")
            << filter([](auto &f) { f.tagValue = u"prod"_s; }) << QList<int> { 5, 4, 1 };
    QTest::newRow("succeeded") << filter([](auto &f) {
        f.status = HistoryFilter::Status::Succeeded;
    }) << QList<int> { 5, 2, 1 };
    QTest::newRow("failed") << filter([](auto &f) { f.status = HistoryFilter::Status::Failed; })
                            << QList<int> { 4, 3 };
    QTest::newRow("from is inclusive")
            << filter([](auto &f) { f.from = utc(2024, 5, 2, 9); }) << QList<int> { 5, 4, 3 };
    QTest::newRow("to is exclusive")
            << filter([](auto &f) { f.to = utc(2024, 5, 2, 9); }) << QList<int> { 2, 1 };
    QTest::newRow("date range") << filter([](auto &f) {
        f.from = utc(2024, 5, 2);
        f.to = utc(2024, 5, 4);
    }) << QList<int> { 4, 3 };
    QTest::newRow("function and failed") << filter([](auto &f) {
        f.functionId = FunctionA;
        f.status = HistoryFilter::Status::Failed;
    }) << QList<int> { 4 };
    QTest::newRow("nothing matches") << filter([](auto &f) {
        f.functionId = FunctionB;
        f.tagKey = u"env"_s;
    }) << QList<int> {};
}

void TestHistoryQueries::filters()
{
    QFETCH(HistoryFilter, filter);
    QFETCH(QList<int>, expected);

    HistoryStore store;
    QVERIFY(store.open(dbPath(m_dir, u"filters.sqlite"_s)));
    if (store.count().valueOr(-1) == 0) {
        const QList<HistoryEntry> fixture {
            entryAt(utc(2024, 5, 1, 10), FunctionA, RevisionA1, 0.1, { { u"env"_s, u"prod"_s } }),
            entryAt(utc(2024, 5, 1, 11), FunctionA, RevisionA2, 0.2, { { u"env"_s, u"dev"_s } }),
            entryAt(utc(2024, 5, 2, 9), FunctionB, RevisionB1, 0.3, {}, false),
            entryAt(utc(2024, 5, 3, 9), FunctionA, RevisionA1, std::nullopt,
                    { { u"env"_s, u"prod"_s }, { u"user"_s, u"ann"_s } }, false),
            entryAt(utc(2024, 5, 4, 23, 59), FunctionB, RevisionB1, 0.5,
                    { { u"team"_s, u"prod"_s } }),
        };
        QCOMPARE(store.recordAll(fixture).valueOr({}), (QList<qint64> { 1, 2, 3, 4, 5 }));
    }
    QList<int> ids;
    for (const HistoryRow &row : store.page(filter, 0, 100).valueOr({})) {
        ids << int(row.id);
    }
    QCOMPARE(ids, expected);
    QCOMPARE(store.count(filter).valueOr(-1), expected.size());
}

void TestHistoryQueries::searchesInputAndOutput_data()
{
    QTest::addColumn<bool>("fullText");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("expected"); // newest first

    for (const bool fullText : { true, false }) {
        const char *mode = fullText ? "FTS5" : "LIKE";
        const auto row = [&](const char *name) {
            return &QTest::newRow(
                    qPrintable(u"%1: %2"_s.arg(QLatin1StringView(mode), QLatin1StringView(name))));
        };
        *row("word in the input") << fullText << u"weather"_s << QList<qint64> { 1 };
        *row("word in the output") << fullText << u"bulletin"_s << QList<qint64> { 1 };
        *row("key of a JSON input") << fullText << u"Stockholm"_s << QList<qint64> { 2 };
        *row("key of a JSON payload") << fullText << u"temperature"_s << QList<qint64> { 2 };
        *row("error summary") << fullText << u"overloaded"_s << QList<qint64> { 3 };
        *row("both words needed, both there")
                << fullText << u"quarterly revenue"_s << QList<qint64> { 3 };
        *row("both words needed, one missing")
                << fullText << u"weather revenue"_s << QList<qint64> {};
        *row("any case") << fullText << u"WEATHER"_s << QList<qint64> { 1 };
        *row("start of a word") << fullText << u"Summ"_s << QList<qint64> { 3 };
        *row("word in every call") << fullText << u"the"_s << QList<qint64> { 3, 1 };
        *row("quotes and punctuation") << fullText << u"\"report\" !!"_s << QList<qint64> {};
        *row("no match") << fullText << u"zebra"_s << QList<qint64> {};
    }
    QTest::newRow("FTS5: accents ignored") << true << u"meteo"_s << QList<qint64> { 1 };
}

void TestHistoryQueries::searchesInputAndOutput()
{
    QFETCH(bool, fullText);
    QFETCH(QString, text);
    QFETCH(QList<qint64>, expected);

    HistoryStore::Options options;
    options.fullTextSearch = fullText;
    HistoryStore store(options);
    QVERIFY(store.open(dbPath(m_dir, fullText ? u"search-fts.sqlite"_s : u"search-like.sqlite"_s)));
    QCOMPARE(store.hasFullTextSearch(), fullText);
    if (store.count().valueOr(-1) == 0) {
        const CallDraft weather = makeDraft(u"Translate the weather report"_s);
        const CallDraft city = makeDraft(u"{\"city\": \"Stockholm\"}"_s);
        const CallDraft revenue = makeDraft(u"Summarize the quarterly revenue"_s);
        ApiError overloaded;
        overloaded.kind = ErrorKind::Http;
        overloaded.httpStatus = 503;
        overloaded.message = u"Upstream overloaded"_s;
        const QList<HistoryEntry> calls {
            HistoryEntry::fromCall(succeeded(weather, R"({"message":"Le bulletin météo"})"),
                                   weather, {}, {}, {}, u"app"_s, {}),
            HistoryEntry::fromCall(succeeded(city, R"({"json_payload":{"temperature":21}})"), city,
                                   {}, {}, {}, u"app"_s, {}),
            HistoryEntry::fromCall(failed(revenue, overloaded, 503, "{}"), revenue, {}, {}, {},
                                   u"app"_s, {}),
        };
        QCOMPARE(store.recordAll(calls).valueOr({}).size(), 3);
    }
    HistoryFilter filter;
    filter.text = text;
    const Result<QList<HistoryRow>> rows = store.page(filter, 0, 10);
    QVERIFY2(rows.ok(), qPrintable(rows.error()));
    QList<qint64> ids;
    for (const HistoryRow &row : *rows) {
        ids << row.id;
    }
    QCOMPARE(ids, expected);
    QCOMPARE(store.count(filter).valueOr(-1), expected.size());
}

void TestHistoryQueries::indexesRowsWrittenWithoutFullTextSearch()
{
    const QString path = dbPath(m_dir, u"fts-later.sqlite"_s);
    HistoryEntry entry = entryAt(utc(2024, 5, 1), FunctionA, RevisionA1, 0.1);
    entry.inputText = u"written while the index was off"_s;
    HistoryFilter filter;
    filter.text = u"index"_s;
    {
        HistoryStore::Options options;
        options.fullTextSearch = false;
        HistoryStore store(options);
        QVERIFY(store.open(path));
        QVERIFY(store.record(entry).valueOr(-1) > 0);
    }
    HistoryStore store;
    QVERIFY(store.open(path));
    QVERIFY(store.hasFullTextSearch());
    QCOMPARE(store.count(filter).valueOr(-1), 1); // rebuilt when the triggers came back
    entry.inputText = u"a second index entry"_s;
    QVERIFY(store.record(entry).valueOr(-1) > 0);
    QCOMPARE(store.count(filter).valueOr(-1), 2);
    QVERIFY(store.remove({ 1 }).valueOr(-1) == 1);
    QCOMPARE(store.count(filter).valueOr(-1), 1); // and kept in sync on delete
}

void TestHistoryQueries::pagesNewestFirst()
{
    HistoryStore store;
    QVERIFY(store.open(dbPath(m_dir, u"pages.sqlite"_s)));
    // Recorded out of time order, with ties: newest time first, then the later id.
    const QList<QDateTime> times { utc(2024, 5, 3), utc(2024, 5, 1), utc(2024, 5, 3),
                                   utc(2024, 5, 2), utc(2024, 5, 5), utc(2024, 5, 1),
                                   utc(2024, 5, 4) };
    for (const QDateTime &time : times) {
        QVERIFY(store.record(entryAt(time, FunctionA, RevisionA1, 0.1)).valueOr(-1) > 0);
    }
    const QList<qint64> expected { 5, 7, 3, 1, 4, 6, 2 };
    QList<qint64> byOffset;
    for (qint64 offset = 0; offset < 9; offset += 3) {
        for (const HistoryRow &row : store.page({}, offset, 3).valueOr({})) {
            byOffset << row.id;
        }
    }
    QCOMPARE(byOffset, expected);
    QList<qint64> byCursor;
    QList<HistoryRow> page = store.page({}, 0, 2).valueOr({});
    while (!page.isEmpty()) {
        for (const HistoryRow &row : page) {
            byCursor << row.id;
        }
        page = store.pageAfter({}, page.last().cursor(), 2).valueOr({});
    }
    QCOMPARE(byCursor, expected);
    QVERIFY(store.page({}, 7, 3).valueOr({}).isEmpty());
}

void TestHistoryQueries::previewsTheInput()
{
    HistoryStore store;
    QVERIFY(store.open(dbPath(m_dir, u"preview.sqlite"_s)));
    HistoryEntry longInput = entryAt(utc(2024, 5, 1), FunctionA, RevisionA1, 0.1);
    longInput.inputText = u"line one\n\tline two "_s + QString(300, u'x');
    HistoryEntry shortInput = entryAt(utc(2024, 5, 2), FunctionA, RevisionA1, 0.1);
    shortInput.inputText = u"  short\ninput "_s;
    QVERIFY(!store.recordAll({ longInput, shortInput }).valueOr({}).isEmpty());
    const QList<HistoryRow> rows = store.page({}, 0, 10).valueOr({});
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).inputPreview, u"short input"_s);
    QCOMPARE(rows.at(1).inputPreview.size(), 120);
    QVERIFY(rows.at(1).inputPreview.startsWith(u"line one line two xxx"_s));
    QVERIFY(rows.at(1).inputPreview.endsWith(QChar(0x2026)));
}

QTEST_GUILESS_MAIN(TestHistoryQueries)
#include "tst_historyqueries.moc"
