#include "core/Result.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace callpad;

// Result<T> and Status: a value or the sentence saying why not, and withValue() turning the
// outcome of a last step that has no value into the result of the whole operation.
class TestResult final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueIsKept();
    void failureKeepsItsSentence();
    void statusSucceedsOrSaysWhy();
    void withValueAttachesTheValueToASuccess();
    void withValuePassesAFailureOn();
};

void TestResult::valueIsKept()
{
    const Result<QString> result(u"saved.json"_s);
    QVERIFY(result.ok());
    QVERIFY(static_cast<bool>(result));
    QCOMPARE(result.value(), u"saved.json"_s);
    QCOMPARE(result->size(), 10);
    QCOMPARE(result.valueOr(u"fallback"_s), u"saved.json"_s);
    QVERIFY(result.error().isEmpty());
}

void TestResult::failureKeepsItsSentence()
{
    const auto result = Result<qint64>::failure(u"The history is not open"_s);
    QVERIFY(!result.ok());
    QVERIFY(!result);
    QCOMPARE(result.error(), u"The history is not open"_s);
    QCOMPARE(result.valueOr(-1), qint64(-1));
}

void TestResult::statusSucceedsOrSaysWhy()
{
    const Status success = Status::success();
    QVERIFY(success.ok());
    QVERIFY(success.error().isEmpty());
    const Status failure = Status::failure(u"Could not remove the draft"_s);
    QVERIFY(!failure);
    QCOMPARE(failure.error(), u"Could not remove the draft"_s);
}

void TestResult::withValueAttachesTheValueToASuccess()
{
    const Result<QString> path = Status::success().withValue(u"/presets/a.json"_s);
    QVERIFY(path.ok());
    QCOMPARE(*path, u"/presets/a.json"_s);
}

void TestResult::withValuePassesAFailureOn()
{
    const Result<int> written = Status::failure(u"The disk is full"_s).withValue(3);
    QVERIFY(!written.ok());
    QCOMPARE(written.error(), u"The disk is full"_s);
    QCOMPARE(written.valueOr(0), 0);
}

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
