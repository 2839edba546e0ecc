#include "core/Background.h"
#include "core/Latest.h"

#include <QCoreApplication>
#include <QObject>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <memory>

class TestBackground : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workRunsOffTheCallersThreadAtALowerPriority();
    void aNewerRunMakesTheOlderResultStale();
    void aContextGoneBeforeTheWorkEndsGetsNothing();
};

void TestBackground::workRunsOffTheCallersThreadAtALowerPriority()
{
    const int callerNice = callpad::threadNice();
    QThread *workThread = nullptr;
    int workNice = 0;
    bool onOurPool = false;
    bool onQtsPool = true;
    callpad::runInBackground([&] {
        workThread = QThread::currentThread();
        workNice = callpad::threadNice();
        onOurPool = callpad::backgroundPool()->contains(workThread);
        onQtsPool = QThreadPool::globalInstance()->contains(workThread);
    }).waitForFinished();
    QVERIFY(workThread != nullptr);
    QVERIFY(workThread != QThread::currentThread());
    // Qt's own pool stays free for the raster engine, which waits for it while painting.
    QVERIFY(callpad::backgroundPool() != QThreadPool::globalInstance());
    QVERIFY(onOurPool);
    QVERIFY(!onQtsPool);
    // Only the worker was lowered; the caller (the GUI thread in the app) keeps its priority.
    QCOMPARE(callpad::threadNice(), callerNice);
#ifdef Q_OS_LINUX
    QCOMPARE(workNice, callerNice + callpad::BackgroundNice);
    // Lowered once per thread: running again on the same pool thread lowers it no further.
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    int again = 0;
    callpad::runInBackground(&pool, [] {}).waitForFinished();
    callpad::runInBackground(&pool, [&again] { again = callpad::threadNice(); }).waitForFinished();
    QCOMPARE(again, callerNice + callpad::BackgroundNice);
#endif
}

void TestBackground::aNewerRunMakesTheOlderResultStale()
{
    QObject context;
    callpad::Latest latest;
    QList<int> delivered;
    // The first work waits until the second has been asked for, so it surely answers late.
    QSemaphore secondAsked;
    callpad::runLatest(
            &context, latest,
            [&secondAsked] {
                secondAsked.acquire();
                return 1;
            },
            [&delivered](int value) { delivered.append(value); });
    callpad::runLatest(
            &context, latest, [] { return 2; },
            [&delivered](int value) { delivered.append(value); });
    secondAsked.release();
    // The first answer arrives and is dropped: seen happening, not assumed.
    QTRY_COMPARE(latest.droppedCount(), 1);
    QTRY_COMPARE(delivered, QList<int> { 2 });
    QVERIFY(!latest.isPending());
}

void TestBackground::aContextGoneBeforeTheWorkEndsGetsNothing()
{
    // A pane closed while its text is still being formatted: the work ends after the pane is
    // gone, and nothing is delivered (nor asserted, as QFuture::then(context) does in 6.4).
    auto context = std::make_unique<QObject>();
    callpad::Latest latest;
    bool delivered = false;
    QSemaphore contextGone;
    QSemaphore workDone;
    callpad::runLatest(
            context.get(), latest,
            [&contextGone, &workDone] {
                contextGone.acquire();
                workDone.release();
                return 7;
            },
            [&delivered](int) { delivered = true; });
    context.reset();
    contextGone.release();
    workDone.acquire();
    callpad::waitForBackgroundWork();
    QCoreApplication::processEvents();
    QVERIFY(!delivered);
    // A context that stays gets its answer through the event loop, never from inside the call.
    QObject kept;
    int answer = 0;
    callpad::runLatest(
            &kept, latest, [] { return 8; }, [&answer](int value) { answer = value; });
    QCOMPARE(answer, 0);
    QTRY_COMPARE(answer, 8);
}

QTEST_GUILESS_MAIN(TestBackground)
#include "tst_background.moc"
