#include "core/Memory.h"
#include "core/client/ApiClient.h"
#include "support/DemoFixture.h"
#include "support/RunCall.h"

#include <QFile>
#include <QJsonObject>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace callpad;
using callpad::test::DemoFixture;
using callpad::test::runCall;

namespace {

constexpr qint64 MiB = qint64(1024) * 1024;

// The resident set of this process, from /proc (Linux); -1 elsewhere.
qint64 residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

} // namespace

// Large responses one after another, each dropped before the next, as the window replaces the
// result it shows: memory comes back, and the resident size does not climb by a body per call.
// A real demo server over loopback, in this process (so its buffers count too).
class TestCallMemory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tenLargeCallsInARowKeepTheResidentSize();
};

void TestCallMemory::tenLargeCallsInARowKeepTheResidentSize()
{
#ifndef __GLIBC__
    QSKIP("releaseFreedMemory() only acts on glibc");
#endif
    if (residentBytes() < 0) {
        QSKIP("no /proc/self/statm");
    }
    constexpr qint64 bodyBytes = 20 * MiB;
    DemoFixture demo;
    QVERIFY(demo.isListening());
    demo.server().setFault(DemoServer::Fault::Oversize);
    demo.server().setOversizeBytes(bodyBytes);
    ApiClient client;
    client.setBaseUrl(demo.baseUrl());
    client.setApiKey(u"k"_s);
    CallRequest call;
    call.functionId = DemoIds::markdownWriter;
    call.revisionId = DemoIds::markdownWriterLatest;
    call.input = QJsonObject { { u"topic"_s, u"memory"_s } };

    const auto settle = [] {
        // The finished handle and its reply go with deferred deletes; then the freed pages go.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        // The worker that parsed the body drops its copy when the pool deletes its task, which
        // can come after the answer was delivered: a loaded machine measured that copy once.
        waitForBackgroundWork();
        // Everything the handle handed to the release thread is freed first (waitForFinished()
        // alone would run the trim at once, here, ahead of the releases still queued).
        releasePool()->waitForDone();
        releaseFreedMemory().waitForFinished();
        return residentBytes();
    };
    const qint64 before = settle();
    qint64 afterFirst = 0;
    for (int i = 0; i < 10; ++i) {
        {
            const CallResult result = runCall(client, call);
            QVERIFY2(result.ok(), qPrintable(result.error.summary()));
            QCOMPARE(result.body.size(), bodyBytes);
            QVERIFY(result.response.message.value_or(QString()).size() > 19 * MiB);
        }
        const qint64 now = settle();
        if (i == 0) {
            afterFirst = now;
        }
        qInfo("after call %d: %lld MiB resident (%lld MiB before the first)", i + 1, now / MiB,
              before / MiB);
    }
    const qint64 afterTenth = settle();
    // A dropped response is given back: not even one body stays resident.
    QVERIFY2(afterFirst - before < bodyBytes,
             qPrintable(u"%1 MiB more after the first call"_s.arg((afterFirst - before) / MiB)));
    // And nothing piles up call after call.
    QVERIFY2(afterTenth - afterFirst < bodyBytes / 2,
             qPrintable(u"%1 MiB more after ten calls than after one"_s.arg(
                     (afterTenth - afterFirst) / MiB)));
}

QTEST_GUILESS_MAIN(TestCallMemory)
#include "tst_callmemory.moc"
