#include "core/Background.h"
#include "core/Latest.h"

#include <QObject>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>

class TestBackground : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workRunsOffTheCallersThreadAtALowerPriority();
    void aNewerRunMakesTheOlderResultStale();
};

void TestBackground::workRunsOffTheCallersThreadAtALowerPriority()
{
    const int callerNice = callpad::threadNice();
    QThread *workThread = nullptr;
    int workNice = 0;
    callpad::runInBackground([&workThread, &workNice] {
        workThread = QThread::currentThread();
        workNice = callpad::threadNice();
    }).waitForFinished();
    QVERIFY(workThread != nullptr);
    QVERIFY(workThread != QThread::currentThread());
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

QTEST_GUILESS_MAIN(TestBackground)
#include "tst_background.moc"
