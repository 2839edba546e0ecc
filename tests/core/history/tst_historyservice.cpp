#include "HistoryFixtures.h"
#include "core/Background.h"
#include "core/history/HistoryService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace callpad;
using namespace callpad::fixtures;

// The history service: a real SQLite file, a real worker thread, results on the caller's thread.
class TestHistoryService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensOnItsOwnThread();
    void aFileThatIsNotAHistoryFailsToOpen();
    void recordsAndAnnounces();
    void aFinishedCallIsBuiltOnTheWorker();
    void aStoredCallIsRebuiltOnTheWorker();
    void recordingWithoutAnOpenHistoryIsReported();
    void readsRunInOrderAfterRecords();
    void aResultForAGoneContextIsDropped();
    void retentionFollowsEveryBatch();
    void destructionFlushesTheQueue();
    void otherConnectionsCommitsAreNoticed();
    void twoThousandCallsAsFastAsTheyCome();

private:
    // A service over m_dir's file, opened; null on failure.
    std::unique_ptr<HistoryService> openService(HistoryService::Options options = {});
    // Runs `job` on the read connection and waits for the answer.
    template<typename Job> auto readNow(Job job);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryService> m_service;
};

void TestHistoryService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_service = openService();
    QVERIFY(m_service);
}

void TestHistoryService::cleanup()
{
    m_service.reset();
    m_dir.reset();
}

std::unique_ptr<HistoryService> TestHistoryService::openService(HistoryService::Options options)
{
    auto service = std::make_unique<HistoryService>(options);
    QSignalSpy opened(service.get(), &HistoryService::opened);
    service->open(dbPath(*m_dir));
    if (!opened.wait(10000)) {
        return nullptr;
    }
    return service;
}

template<typename Job> auto TestHistoryService::readNow(Job job)
{
    using Value = std::invoke_result_t<Job &, const HistoryStore &>;
    std::optional<Value> value;
    m_service->read(this, std::move(job), [&value](Value answer) { value = answer; });
    if (!QTest::qWaitFor([&] { return value.has_value(); }, 10000)) {
        qWarning("the history service did not answer within 10 s");
    }
    return value.value_or(Value {});
}

void TestHistoryService::opensOnItsOwnThread()
{
    QCOMPARE(m_service->state(), HistoryService::State::Open);
    QVERIFY(m_service->openError().isEmpty());
    QCOMPARE(m_service->path(), dbPath(*m_dir));

    QThread *jobThread = nullptr;
    QThread *doneThread = nullptr;
    int jobNice = 0;
    m_service->read(
            this,
            [&jobThread, &jobNice](const HistoryStore &store) {
                jobThread = QThread::currentThread();
                jobNice = threadNice();
                return store.isOpen();
            },
            [&doneThread](bool open) {
                QVERIFY(open);
                doneThread = QThread::currentThread();
            });
    QTRY_VERIFY(doneThread != nullptr);
    QCOMPARE(doneThread, QThread::currentThread());
    QVERIFY(jobThread != nullptr);
    QVERIFY(jobThread != QThread::currentThread());
    QCOMPARE(jobThread->objectName(), u"callpad-history"_s);
#ifdef Q_OS_LINUX
    // The history's writes never take the CPU from the window: its thread runs at a lower
    // priority than the caller's.
    QCOMPARE(jobNice, threadNice() + callpad::BackgroundNice);
#endif
}

void TestHistoryService::aFileThatIsNotAHistoryFailsToOpen()
{
    const QString path = m_dir->filePath(u"garbage.sqlite"_s);
    QFile garbage(path);
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(4096, 'x'));
    garbage.close();

    HistoryService service;
    QSignalSpy failed(&service, &HistoryService::openFailed);
    service.open(path);
    QCOMPARE(service.state(), HistoryService::State::Opening);
    QVERIFY(failed.wait());
    QCOMPARE(service.state(), HistoryService::State::Failed);
    QVERIFY2(service.openError().contains(path), qPrintable(service.openError()));
    QCOMPARE(failed.first().first().toString(), service.openError());
    // Left as it was.
    QVERIFY(garbage.open(QIODevice::ReadOnly));
    QCOMPARE(garbage.readAll(), QByteArray(4096, 'x'));
}

void TestHistoryService::recordsAndAnnounces()
{
    QSignalSpy recorded(m_service.get(), &HistoryService::recorded);
    QSignalSpy changed(m_service.get(), &HistoryService::changed);
    m_service->record(entryAt(utc(2024, 5, 1, 9), FunctionA, RevisionA1, 0.5));
    QVERIFY(recorded.wait());
    const qint64 id = recorded.first().first().toLongLong();
    QVERIFY(id > 0);
    QTRY_COMPARE(changed.size(), 1);

    std::optional<std::optional<HistoryEntry>> found;
    m_service->entry(id, this, [&found](const Result<std::optional<HistoryEntry>> &entry) {
        QVERIFY2(entry.ok(), qPrintable(entry.error()));
        found = *entry;
    });
    QTRY_VERIFY(found.has_value());
    QVERIFY(found->has_value());
    QCOMPARE((*found)->functionName, u"translate"_s);
    QCOMPARE((*found)->costTotal, std::optional<double>(0.5));

    // A call that is gone is "no entry", not a failure.
    std::optional<bool> missing;
    m_service->entry(id + 1000, this, [&missing](const Result<std::optional<HistoryEntry>> &e) {
        missing = e.ok() && !e->has_value();
    });
    QTRY_VERIFY(missing.has_value());
    QVERIFY(*missing);
}

void TestHistoryService::aFinishedCallIsBuiltOnTheWorker()
{
    QSignalSpy recorded(m_service.get(), &HistoryService::recorded);
    const CallDraft draft = makeDraft(u"{\"text\": \"hi\"}"_s, { { u"team"_s, u"ml"_s } });
    m_service->recordCall(
            succeeded(draft, R"({"message":"hello","cost":{"total":0.25}})"), draft,
            { u"translate"_s, u"v1"_s, u"My preset"_s, QUrl(u"http://127.0.0.1:9"_s) });
    QVERIFY(recorded.wait());
    const qint64 id = recorded.first().first().toLongLong();
    const auto entry
            = readNow([id](const HistoryStore &store) { return store.entry(id).valueOr({}); });
    QVERIFY(entry.has_value());
    QCOMPARE(entry->source, u"app"_s);
    QCOMPARE(entry->presetName, u"My preset"_s);
    QCOMPARE(entry->functionName, u"translate"_s);
    QCOMPARE(entry->costTotal, std::optional<double>(0.25));
    QCOMPARE(entry->tags.size(), 1);
}

void TestHistoryService::aStoredCallIsRebuiltOnTheWorker()
{
    // What the history dock shows: the stored response parsed again and its inline image put
    // back, on the history thread, the same result a direct rebuild gives.
    const QByteArray image = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(300, 'p');
    const QByteArray body = R"({"span_id":"s","message":"drawn","images":["data:image/png;base64,)"
            + image.toBase64() + R"("]})";
    const CallDraft draft = makeDraft(u"{\"text\": \"draw\"}"_s);
    QSignalSpy recorded(m_service.get(), &HistoryService::recorded);
    m_service->recordCall(succeeded(draft, body), draft, { u"painter"_s, {}, {}, {} });
    QVERIFY(recorded.wait());
    const qint64 id = recorded.first().first().toLongLong();

    QThread *jobThread = nullptr;
    std::optional<Result<std::optional<CallResult>>> answer;
    m_service->readEntry(
            id, this,
            [&jobThread](const HistoryEntry &entry) {
                jobThread = QThread::currentThread();
                return toCallResult(entry);
            },
            [&answer](Result<std::optional<CallResult>> result) { answer = std::move(result); });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(jobThread != nullptr);
    QCOMPARE(jobThread->objectName(), u"callpad-history"_s);
    QVERIFY(answer->ok());
    QVERIFY((*answer)->has_value());
    const CallResult &shown = ***answer;

    const auto stored
            = readNow([id](const HistoryStore &store) { return store.entry(id).valueOr({}); });
    QVERIFY(stored.has_value());
    const CallResult direct = toCallResult(*stored);
    QCOMPARE(shown.body, body); // byte for byte as it arrived, image back in place
    QCOMPARE(shown.body, direct.body);
    QCOMPARE(shown.response.raw, direct.response.raw);
    QCOMPARE(shown.response.message, std::optional<QString>(u"drawn"_s));
    QCOMPARE(shown.response.images, direct.response.images);
    QCOMPARE(shown.request.body, direct.request.body);
    QCOMPARE(shown.head.status, 200);
    QCOMPARE(shown.startedAt, direct.startedAt);

    // A call that is gone is "no entry", and the job does not run.
    jobThread = nullptr;
    answer.reset();
    m_service->readEntry(
            id + 1000, this,
            [&jobThread](const HistoryEntry &entry) {
                jobThread = QThread::currentThread();
                return toCallResult(entry);
            },
            [&answer](Result<std::optional<CallResult>> result) { answer = std::move(result); });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(answer->ok());
    QVERIFY(!(*answer)->has_value());
    QCOMPARE(jobThread, nullptr);
}

void TestHistoryService::recordingWithoutAnOpenHistoryIsReported()
{
    HistoryService closed;
    QSignalSpy failed(&closed, &HistoryService::recordFailed);
    QSignalSpy recorded(&closed, &HistoryService::recorded);
    closed.record(entryAt(utc(2024, 5, 1), FunctionA, RevisionA1, 0.1));
    QVERIFY(failed.wait());
    QVERIFY2(failed.first().first().toString().contains(u"not open"_s),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(recorded.size(), 0);

    std::optional<QString> error;
    closed.count({}, this, [&error](const Result<qint64> &count) { error = count.error(); });
    QTRY_VERIFY(error.has_value());
    QVERIFY(!error->isEmpty());
}

void TestHistoryService::readsRunInOrderAfterRecords()
{
    // Asked right after the records, before any of them was announced: it still sees them all.
    for (int i = 0; i < 25; ++i) {
        m_service->record(entryAt(utc(2024, 5, 1, 9).addSecs(i), FunctionA, RevisionA1, 0.01));
    }
    std::optional<qint64> count;
    m_service->count({}, this, [&count](const Result<qint64> &n) { count = n.valueOr(-1); });
    QTRY_VERIFY(count.has_value());
    QCOMPARE(*count, 25);

    std::optional<QList<HistoryRow>> page;
    m_service->fetchPage({}, 10, 5, this, [&page](const Result<QList<HistoryRow>> &rows) {
        page = rows.valueOr({});
    });
    QTRY_VERIFY(page.has_value());
    QCOMPARE(page->size(), 5);
    QCOMPARE(page->first().time, utc(2024, 5, 1, 9).addSecs(14)); // newest first
}

void TestHistoryService::aResultForAGoneContextIsDropped()
{
    bool goneRan = false;
    bool liveRan = false;
    {
        QObject gone;
        m_service->count({}, &gone, [&goneRan](const Result<qint64> &) { goneRan = true; });
    } // destroyed before the answer can arrive
    QObject live;
    m_service->count({}, &live, [&liveRan](const Result<qint64> &) { liveRan = true; });
    // Answers come in order: once the later one is in, the earlier one had its chance.
    QTRY_VERIFY(liveRan);
    QVERIFY(!goneRan);
}

void TestHistoryService::retentionFollowsEveryBatch()
{
    m_service->setRetention(Retention::calls(3));
    QCOMPARE(m_service->retention(), Retention::calls(3));
    for (int i = 0; i < 5; ++i) {
        m_service->record(entryAt(utc(2024, 5, 1, 9).addSecs(i), FunctionA, RevisionA1, 0.01));
    }
    m_service->flush();
    QCOMPARE(readNow([](const HistoryStore &store) { return store.count().valueOr(-1); }), 3);
    const auto rows
            = readNow([](const HistoryStore &store) { return store.page({}, 0, 10).valueOr({}); });
    QCOMPARE(rows.last().time, utc(2024, 5, 1, 9).addSecs(2)); // the newest three stay
}

void TestHistoryService::destructionFlushesTheQueue()
{
    for (int i = 0; i < 300; ++i) {
        m_service->record(entryAt(utc(2024, 5, 2).addSecs(i), FunctionB, RevisionB1, 0.02));
    }
    m_service.reset(); // a clean shutdown: everything queued is written first

    HistoryStore store;
    const Status opened = store.open(dbPath(*m_dir));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(store.count().valueOr(-1), 300);
}

void TestHistoryService::otherConnectionsCommitsAreNoticed()
{
    HistoryService::Options options;
    options.pollIntervalMs = 20;
    m_service = openService(options);
    QVERIFY(m_service);
    QSignalSpy external(m_service.get(), &HistoryService::externallyChanged);
    QSignalSpy changed(m_service.get(), &HistoryService::changed);

    // Its own commits are not "external": the one notice that comes is the CLI's.
    m_service->record(entryAt(utc(2024, 5, 3), FunctionA, RevisionA1, 0.1));
    QVERIFY(changed.wait());

    HistoryStore cli;
    QVERIFY(cli.open(dbPath(*m_dir)));
    QVERIFY(cli.record(entryAt(utc(2024, 5, 3, 1), FunctionA, RevisionA1, 0.1)).valueOr(-1) > 0);
    QVERIFY(external.wait());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(external.size(), 1);
}

void TestHistoryService::twoThousandCallsAsFastAsTheyCome()
{
    constexpr int Calls = 2000;
    HistoryService::Options options;
    options.queueBound = 64;
    m_service = openService(options);
    QVERIFY(m_service);
    QSignalSpy recorded(m_service.get(), &HistoryService::recorded);
    QSignalSpy changed(m_service.get(), &HistoryService::changed);

    // The GUI thread's view: one call handed over per event-loop turn (as fast as a client could
    // produce them), and the longest time the loop was away between two turns.
    int sent = 0;
    int mostPending = 0;
    qint64 longestStallMs = 0;
    QElapsedTimer sinceLastTurn;
    QTimer producer;
    producer.setInterval(0);
    connect(&producer, &QTimer::timeout, this, [&] {
        // From the start of one turn to the next: record() itself counts, waits included.
        if (sinceLastTurn.isValid()) {
            longestStallMs = qMax(longestStallMs, sinceLastTurn.elapsed());
        }
        sinceLastTurn.start();
        if (sent == Calls) {
            producer.stop();
            return;
        }
        HistoryEntry entry = entryAt(utc(2024, 6, 1).addSecs(sent), FunctionA, RevisionA1, 0.001);
        entry.requestBody = u"{\"input\":\"call %1\"}"_s.arg(sent).toUtf8();
        m_service->record(entry);
        ++sent;
        mostPending = qMax(mostPending, m_service->pendingCount());
    });
    producer.start();
    QTRY_VERIFY_WITH_TIMEOUT(recorded.size() == Calls, 120000);
    qInfo("2,000 calls: longest GUI-thread stall %lld ms, %d commits, at most %d queued",
          longestStallMs, int(changed.size()), mostPending);

    // Every call exactly once.
    QSet<qint64> ids;
    for (const QList<QVariant> &arguments : std::as_const(recorded)) {
        ids.insert(arguments.first().toLongLong());
    }
    QCOMPARE(ids.size(), Calls);
    QCOMPARE(readNow([](const HistoryStore &store) { return store.count().valueOr(-1); }), Calls);
    const auto inputs = readNow([](const HistoryStore &store) {
        QSet<QString> seen;
        for (const HistoryRow &row : store.page({}, 0, Calls + 10).valueOr({})) {
            seen.insert(row.inputPreview);
        }
        return seen;
    });
    QCOMPARE(inputs.size(), Calls);
    QVERIFY(inputs.contains(u"call 0"_s) && inputs.contains(u"call 1999"_s));
    // Batched: far fewer commits than calls; the queue never outgrew its bound (plus the batch
    // being written).
    QVERIFY2(changed.size() < Calls, qPrintable(QString::number(changed.size())));
    QVERIFY2(mostPending <= 2 * options.queueBound, qPrintable(QString::number(mostPending)));
}

QTEST_MAIN(TestHistoryService)
#include "tst_historyservice.moc"
