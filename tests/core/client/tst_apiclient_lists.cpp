#include "core/client/ApiClient.h"
#include "support/DemoFixture.h"

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
};

namespace {

template<typename Handle> bool finish(Handle *handle)
{
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
    QSignalSpy finished(list, &ListHandle::finished);
    QSignalSpy received(&demo.server(), &DemoServer::requestReceived);
    list->start();
    QVERIFY(received.wait(5000));
    list->cancel();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(list->error().kind, ErrorKind::Cancelled);
}

QTEST_GUILESS_MAIN(TestApiClientLists)
#include "tst_apiclient_lists.moc"
