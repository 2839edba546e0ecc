#include "core/client/ApiClient.h"
#include "support/DemoFixture.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace callpad;
using callpad::test::DemoFixture;

class TestApiClientLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allPagesOfFunctions();
    void nameFilter();
    void revisionsNewestFirst();
    void revisionDetails();
    void unknownRevision();
    void getRetriesHonourRetryAfter();
    void cancelList();
    void cancelInsidePageStopsTheWalk();
    void finishedOperationsDeleteThemselvesUnlessKept();
    void detailsCallbackForm();
};

namespace {

// Runs a kept handle to its end, so the test can read it afterwards.
template<typename Handle> bool finish(Handle *handle)
{
    handle->keep();
    QSignalSpy finished(handle, &Handle::finished);
    handle->start();
    return handle->isFinished() || finished.wait(30000);
}

ApiClient *clientFor(DemoFixture &demo, QObject *parent)
{
    auto *client = new ApiClient(nullptr, parent);
    ClientSettings settings;
    settings.baseUrl = demo.baseUrl();
    settings.maxRetryDelay = std::chrono::milliseconds(20);
    client->setSettings(settings);
    client->setApiKey(u"k"_s);
    return client;
}

} // namespace

void TestApiClientLists::allPagesOfFunctions()
{
    DemoFixture demo;
    demo.server().setExtraFunctionCount(250);
    QObject owner;
    ApiClient *client = clientFor(demo, &owner);
    ListHandle *list = client->listFunctions();
    QSignalSpy pages(list, &ListHandle::pageReceived);
    QVERIFY(finish(list));
    QVERIFY2(!list->error().isError(), qPrintable(list->error().summary()));
    QVERIFY(list->totalCount() >= 254);
    QCOMPARE(list->functions().size(), list->totalCount());
    QCOMPARE(pages.size(),
             int((list->totalCount() + ListHandle::PageSize - 1) / ListHandle::PageSize));
    QSet<QString> ids;
    for (const FunctionSummary &function : list->functions()) {
        ids.insert(function.id);
    }
    QCOMPARE(ids.size(), list->functions().size());
}

void TestApiClientLists::nameFilter()
{
    DemoFixture demo;
    QObject owner;
    ListHandle *list = clientFor(demo, &owner)->listFunctions(u"extract"_s);
    QVERIFY(finish(list));
    QCOMPARE(list->functions().size(), 1);
    QCOMPARE(list->functions().constFirst().name, u"demo/extract-person"_s);
    QCOMPARE(list->functions().constFirst().revisionId, QString(DemoIds::extractPersonLatest));
}

void TestApiClientLists::revisionsNewestFirst()
{
    DemoFixture demo;
    QObject owner;
    ListHandle *list = clientFor(demo, &owner)->listRevisions(QString(DemoIds::markdownWriter));
    QVERIFY(finish(list));
    QVERIFY(list->revisions().size() >= 2);
    QCOMPARE(list->revisions().constFirst().id, QString(DemoIds::markdownWriterLatest));
    for (qsizetype i = 1; i < list->revisions().size(); ++i) {
        QVERIFY(list->revisions().at(i - 1).createdAt > list->revisions().at(i).createdAt);
    }
}

void TestApiClientLists::revisionDetails()
{
    DemoFixture demo;
    QObject owner;
    DetailsHandle *details = clientFor(demo, &owner)
                                     ->revision(QString(DemoIds::extractPerson),
                                                QString(DemoIds::extractPersonLatest));
    QVERIFY(finish(details));
    QVERIFY2(!details->error().isError(), qPrintable(details->error().summary()));
    QCOMPARE(details->details().name, u"demo/extract-person"_s);
    QVERIFY(details->details().inputSchema.has_value());
    QVERIFY(details->details().outputSchema.has_value());
    QVERIFY(!details->details().instructions.isEmpty());
    QVERIFY(!details->details().model.isEmpty());
}

void TestApiClientLists::unknownRevision()
{
    DemoFixture demo;
    QObject owner;
    DetailsHandle *details = clientFor(demo, &owner)
                                     ->revision(QString(DemoIds::extractPerson),
                                                u"0e0000ff-0000-4000-8000-0000000000ff"_s);
    QVERIFY(finish(details));
    QCOMPARE(details->error().httpStatus, 404);
    QCOMPARE(details->error().type, u"NotFoundError"_s);
}

void TestApiClientLists::getRetriesHonourRetryAfter()
{
    DemoFixture demo;
    demo.server().setFault(DemoServer::Fault::RateLimited);
    demo.server().setRetryAfterSeconds(1);
    QObject owner;
    ApiClient *client = clientFor(demo, &owner);
    ListHandle *list = client->listFunctions();
    QVERIFY(finish(list));
    QCOMPARE(list->error().kind, ErrorKind::RateLimited);
    QCOMPARE(demo.server().requests().size(), client->settings().maxGetRetries + 1);
}

void TestApiClientLists::cancelList()
{
    DemoFixture demo;
    demo.server().setFault(DemoServer::Fault::Slow);
    demo.server().setSlowDelay(std::chrono::milliseconds(5000));
    QObject owner;
    ListHandle *list = clientFor(demo, &owner)->listFunctions();
    list->keep();
    QSignalSpy finished(list, &ListHandle::finished);
    QSignalSpy received(&demo.server(), &DemoServer::requestReceived);
    list->start();
    QVERIFY(received.wait(5000));
    list->cancel();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(list->error().kind, ErrorKind::Cancelled);
}

void TestApiClientLists::cancelInsidePageStopsTheWalk()
{
    DemoFixture demo;
    demo.server().setExtraFunctionCount(250); // three pages
    QObject owner;
    ListHandle *list = clientFor(demo, &owner)->listFunctions();
    list->keep();
    QSignalSpy pages(list, &ListHandle::pageReceived);
    connect(list, &ListHandle::pageReceived, list, &ListHandle::cancel);
    QVERIFY(finish(list));
    QCOMPARE(pages.size(), 1);
    QCOMPARE(list->error().kind, ErrorKind::Cancelled);
    QCOMPARE(list->functions().size(), ListHandle::PageSize);
    QCOMPARE(demo.server().requests().size(), 1);
}

void TestApiClientLists::finishedOperationsDeleteThemselvesUnlessKept()
{
    DemoFixture demo;
    QObject owner;
    ApiClient *client = clientFor(demo, &owner);
    QPointer<ListHandle> left = client->listFunctions();
    QPointer<ListHandle> kept = client->listFunctions();
    kept->keep();
    QSignalSpy leftFinished(left.data(), &ListHandle::finished);
    QSignalSpy keptFinished(kept.data(), &ListHandle::finished);
    left->start();
    kept->start();
    QVERIFY(leftFinished.wait(30000));
    QVERIFY(keptFinished.size() == 1 || keptFinished.wait(30000));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(left.isNull());
    QVERIFY(!kept.isNull());
    QVERIFY(kept->isFinished());
    QVERIFY(!kept->functions().isEmpty());
}

void TestApiClientLists::detailsCallbackForm()
{
    DemoFixture demo;
    QObject owner;
    QString name;
    int calls = 0;
    QPointer<DetailsHandle> handle = clientFor(demo, &owner)
                                             ->revision(QString(DemoIds::extractPerson),
                                                        QString(DemoIds::extractPersonLatest),
                                                        &owner, [&](const DetailsHandle &done) {
                                                            ++calls;
                                                            name = done.details().name;
                                                        });
    QSignalSpy destroyed(handle.data(), &QObject::destroyed);
    QVERIFY(destroyed.wait(30000));
    QCOMPARE(calls, 1);
    QCOMPARE(name, u"demo/extract-person"_s);
}

QTEST_GUILESS_MAIN(TestApiClientLists)
#include "tst_apiclient_lists.moc"
