#include "core/protocol/CallRequest.h"
#include "core/protocol/Uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace callpad;

Q_DECLARE_METATYPE(callpad::CallRequest)
Q_DECLARE_METATYPE(callpad::CallDraft)

namespace {

const QString kFunction = u"3c90c3cc-0d44-4b50-8888-8dd25736052a"_s;
const QString kRevision = u"0F8FAD5B-D9CB-469F-A165-70867728950E"_s;
const QString kSpan = u"7d444840-9dc0-11d1-b245-5ffdce74fad2"_s;

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

CallRequest request(std::optional<QJsonValue> input = std::nullopt)
{
    CallRequest r;
    r.functionId = kFunction;
    r.revisionId = kRevision;
    r.input = std::move(input);
    return r;
}

CallDraft draft(const QString &inputText = {})
{
    CallDraft d;
    d.functionId = kFunction;
    d.revisionId = kRevision;
    d.inputText = inputText;
    return d;
}

// "field@line:column: message", so one string per problem says everything a row expects.
QString describe(const ApiError &error)
{
    QString text = error.field;
    if (error.line > 0) {
        text += u"@%1:%2"_s.arg(error.line).arg(error.column);
    }
    return text + u": "_s + error.message;
}

} // namespace

class TestCallRequest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognizesUuids_data();
    void recognizesUuids();
    void serializes_data();
    void serializes();
    void bodyIsCompactJson();
    void restoresFromJson_data();
    void restoresFromJson();
    void restoresLeniently();
    void acceptsDrafts_data();
    void acceptsDrafts();
    void collectsProblems_data();
    void collectsProblems();
    void draftRoundTrip_data();
    void draftRoundTrip();
    void readsExamplesFile_data();
    void readsExamplesFile();
    void examplesFileBecomesDrafts();
};

void TestCallRequest::recognizesUuids_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("uuid");

    QTest::newRow("lowercase") << kFunction << true;
    QTest::newRow("uppercase") << kRevision << true;
    QTest::newRow("mixed case") << u"3C90c3cc-0D44-4b50-8888-8dd25736052A"_s << true;
    QTest::newRow("nil UUID") << u"00000000-0000-0000-0000-000000000000"_s << true;
    QTest::newRow("braces") << u"{%1}"_s.arg(kFunction) << false;
    QTest::newRow("no hyphens") << QString(kFunction).remove(u'-') << false;
    QTest::newRow("hyphen misplaced") << u"3c90c3cc0-d44-4b50-8888-8dd25736052a"_s << false;
    QTest::newRow("non-hex digit") << u"3c90c3cc-0d44-4b50-8888-8dd25736052g"_s << false;
    QTest::newRow("surrounding space") << u" "_s + kFunction << false;
    QTest::newRow("too long") << kFunction + u"0"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("fullwidth digit") << u"３c90c3cc-0d44-4b50-8888-8dd25736052a"_s << false;
}

void TestCallRequest::recognizesUuids()
{
    QFETCH(QString, text);
    QFETCH(bool, uuid);

    QCOMPARE(isUuid(text), uuid);
}

void TestCallRequest::serializes_data()
{
    QTest::addColumn<CallRequest>("request");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nothing but ids") << request() << u"{}"_s;
    QTest::newRow("object input") << request(QJsonObject { { u"x"_s, 1 }, { u"y"_s, 3 } })
                                  << u"{\"input\":{\"x\":1,\"y\":3}}"_s;
    QTest::newRow("bare string input")
            << request(QJsonValue(u"hello"_s)) << u"{\"input\":\"hello\"}"_s;
    QTest::newRow("number input") << request(QJsonValue(4.5)) << u"{\"input\":4.5}"_s;
    QTest::newRow("explicit null input") << request(QJsonValue()) << u"{\"input\":null}"_s;
    {
        CallRequest r = request();
        r.examples = QList<Example> { { QJsonObject { { u"x"_s, 1 }, { u"y"_s, 3 } },
                                        QJsonObject { { u"sum"_s, 4 } }, u"Adds two numbers"_s },
                                      { QJsonValue(u"a"_s), QJsonValue(u"b"_s), QString() } };
        QTest::newRow("examples, empty comment omitted")
                << r
                << u"{\"examples\":[{\"comment\":\"Adds two "
                   u"numbers\",\"input\":{\"x\":1,\"y\":3},\"output\":{\"sum\":4}},"
                   "{\"input\":\"a\",\"output\":\"b\"}]}"_s;
        r.examples = QList<Example>();
        QTest::newRow("empty examples list is sent") << r << u"{\"examples\":[]}"_s;
    }
    {
        CallRequest r = request();
        r.tags = { { u"env"_s, u"dev"_s }, { u"team"_s, u"core"_s }, { u"empty"_s, QString() } };
        QTest::newRow("tags as an object of strings")
                << r << u"{\"tags\":{\"empty\":\"\",\"env\":\"dev\",\"team\":\"core\"}}"_s;
    }
    {
        CallRequest r = request();
        r.parentSpanId = kSpan;
        QTest::newRow("parent span id") << r << u"{\"parent_span_id\":\"%1\"}"_s.arg(kSpan);
    }
    {
        CallRequest r = request(QJsonArray { 1, 2 });
        r.examples = QList<Example> { { QJsonValue(1), QJsonValue(2), u"c"_s } };
        r.tags = { { u"k"_s, u"v"_s } };
        r.parentSpanId = kSpan;
        QTest::newRow("every field")
                << r
                << u"{\"examples\":[{\"comment\":\"c\",\"input\":1,\"output\":2}],\"input\":[1,2],"
                   "\"parent_span_id\":\"%1\",\"tags\":{\"k\":\"v\"}}"_s.arg(kSpan);
    }
}

void TestCallRequest::serializes()
{
    QFETCH(CallRequest, request);
    QFETCH(QString, expected);

    QCOMPARE(compact(request.toJson()), expected);
    QVERIFY(!request.toJson().contains(u"function_id"));
}

void TestCallRequest::bodyIsCompactJson()
{
    CallRequest r = request(QJsonObject { { u"a"_s, u"é"_s } });
    QCOMPARE(r.toBody(), QByteArray("{\"input\":{\"a\":\"\xC3\xA9\"}}"));
}

void TestCallRequest::restoresFromJson_data()
{
    serializes_data();
}

void TestCallRequest::restoresFromJson()
{
    QFETCH(CallRequest, request);

    // A JSON object has no order, so tags come back sorted by key.
    std::sort(request.tags.begin(), request.tags.end(),
              [](const Tag &a, const Tag &b) { return a.key < b.key; });
    QCOMPARE(CallRequest::fromJson(request.toJson(), kFunction, kRevision), request);
}

void TestCallRequest::restoresLeniently()
{
    const CallRequest r = CallRequest::fromJson(
            object(R"({"examples":[5,{"input":1,"output":2,"comment":7}],"tags":{"n":5,"s":"x"},
                  "parent_span_id":12,"unknown":true})"),
            u"f"_s, u"r"_s);
    QCOMPARE(r.functionId, u"f"_s);
    QCOMPARE(r.revisionId, u"r"_s);
    QVERIFY(!r.input.has_value());
    QVERIFY(r.examples.has_value());
    QCOMPARE(r.examples->size(), 1);
    QCOMPARE(r.examples->first(), (Example { QJsonValue(1), QJsonValue(2), QString() }));
    QCOMPARE(r.tags, (QList<Tag> { { u"n"_s, u"5"_s }, { u"s"_s, u"x"_s } }));
    QVERIFY(r.parentSpanId.isEmpty());

    const CallRequest wrongTypes
            = CallRequest::fromJson(object(R"({"examples":{},"tags":[1]})"), {}, {});
    QVERIFY(!wrongTypes.examples.has_value());
    QVERIFY(wrongTypes.tags.isEmpty());
}

void TestCallRequest::acceptsDrafts_data()
{
    QTest::addColumn<CallDraft>("draft");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ids only") << draft() << u"{}"_s;
    QTest::newRow("JSON input") << draft(u"{\"x\": 1}"_s) << u"{\"input\":{\"x\":1}}"_s;
    QTest::newRow("JSON string input") << draft(u"\"hello\""_s) << u"{\"input\":\"hello\"}"_s;
    QTest::newRow("whitespace input is omitted") << draft(u" \n\t"_s) << u"{}"_s;
    {
        CallDraft d = draft(u"{not json"_s);
        d.inputIsPlainString = true;
        QTest::newRow("plain-string mode") << d << u"{\"input\":\"{not json\"}"_s;
        d.inputText = u"  two\nlines "_s;
        QTest::newRow("plain-string mode keeps whitespace")
                << d << u"{\"input\":\"  two\\nlines \"}"_s;
        d.inputText.clear();
        QTest::newRow("plain-string mode, empty is omitted") << d << u"{}"_s;
    }
    {
        CallDraft d = draft();
        d.functionId = u"  "_s + kFunction + u"\n"_s;
        d.revisionId = kRevision.toLower();
        QTest::newRow("ids are trimmed, either case") << d << u"{}"_s;
    }
    {
        CallDraft d = draft();
        d.examples
                = { { u"Adds"_s, u"{\"x\": 1}"_s, u"2"_s }, { QString(), u"\"a\""_s, u"null"_s } };
        QTest::newRow("examples sent")
                << d
                << u"{\"examples\":[{\"comment\":\"Adds\",\"input\":{\"x\":1},\"output\":2},"
                   "{\"input\":\"a\",\"output\":null}]}"_s;
        d.sendExamples = false;
        d.examples << ExampleDraft { QString(), u"{broken"_s, QString() };
        QTest::newRow("examples kept but not sent, not checked") << d << u"{}"_s;
    }
    {
        CallDraft d = draft();
        d.tags = { { u"env"_s, u"prod"_s }, { u"Env"_s, QString() } };
        d.parentSpanId = u" "_s + kSpan;
        QTest::newRow("tags and parent span")
                << d
                << u"{\"parent_span_id\":\"%1\",\"tags\":{\"Env\":\"\",\"env\":\"prod\"}}"_s.arg(
                           kSpan);
    }
}

void TestCallRequest::acceptsDrafts()
{
    QFETCH(CallDraft, draft);
    QFETCH(QString, expected);

    const DraftCheck check = checkDraft(draft);
    QVERIFY2(check.ok(),
             check.problems.isEmpty() ? "no request"
                                      : qPrintable(describe(check.problems.first())));
    QCOMPARE(compact(check.request->toJson()), expected);
    QCOMPARE(check.request->functionId, kFunction);
    QCOMPARE(check.request->revisionId.toLower(), kRevision.toLower());
}

void TestCallRequest::collectsProblems_data()
{
    QTest::addColumn<CallDraft>("draft");
    QTest::addColumn<QStringList>("problems");

    {
        CallDraft d = draft();
        d.functionId.clear();
        QTest::newRow("function id empty")
                << d
                << QStringList { u"function_id: Choose a function: the function id is empty"_s };
        d.functionId = u"my-function"_s;
        QTest::newRow("function id not a UUID")
                << d
                << QStringList { u"function_id: The function id \"my-function\" is not a UUID"_s };
    }
    {
        CallDraft d = draft();
        d.revisionId = u"{%1}"_s.arg(kRevision);
        QTest::newRow("revision id in braces")
                << d
                << QStringList { u"revision_id: The revision id \"{%1}\" is not a UUID"_s.arg(
                           kRevision) };
        d.revisionId.clear();
        QTest::newRow("revision id empty")
                << d
                << QStringList { u"revision_id: Choose a revision: the revision id is empty"_s };
    }
    QTest::newRow("input not JSON, with position")
            << draft(u"{\n  \"a\": 1,\n}"_s)
            << QStringList { u"input@2:9: Trailing comma before '}'"_s };
    QTest::newRow("input as bare text")
            << draft(u"hello"_s)
            << QStringList {
                   u"input@1:1: Unknown word \"hello\": text must be in double quotes"_s
               };
    {
        CallDraft d = draft();
        d.examples = { { QString(), u"1"_s, u"2"_s },
                       { QString(), u" "_s, u"[1,\n 2"_s },
                       { u"only a comment"_s, QString(), QString() } };
        QTest::newRow("example problems")
                << d
                << QStringList { u"examples[1].input: The example's input is empty"_s,
                                 u"examples[1].output@2:3: Unexpected end of text: missing ']'"_s,
                                 u"examples[2].input: The example's input is empty"_s,
                                 u"examples[2].output: The example's output is empty"_s };
    }
    {
        CallDraft d = draft();
        d.tags = { { u"env"_s, u"a"_s },
                   { QString(), u"b"_s },
                   { u"env"_s, u"c"_s },
                   { u"  "_s, u"d"_s },
                   { u"env"_s, u"e"_s } };
        QTest::newRow("tag keys empty and duplicated")
                << d
                << QStringList { u"tags[1].key: The tag key is empty"_s,
                                 u"tags[2].key: The tag key \"env\" is used more than once"_s,
                                 u"tags[3].key: The tag key is empty"_s };
    }
    {
        CallDraft d = draft();
        d.parentSpanId = u"span-1"_s;
        QTest::newRow("parent span id not a UUID")
                << d
                << QStringList { u"parent_span_id: The parent span id \"span-1\" is not a UUID"_s };
    }
    {
        CallDraft d;
        d.functionId = QString(100, u'x');
        d.inputText = u"[1 2]"_s;
        d.examples = { { QString(), u"{}"_s, u"tru"_s } };
        d.tags = { { QString(), u"v"_s } };
        d.parentSpanId = u"nope"_s;
        QTest::newRow("all problems collected, in form order")
                << d
                << QStringList {
                       u"function_id: The function id \"%1…\" is not a UUID"_s.arg(
                               QString(39, u'x')),
                       u"revision_id: Choose a revision: the revision id is empty"_s,
                       u"input@1:4: Missing ',' before this value"_s,
                       u"examples[0].output@1:1: Unknown word \"tru\": text must be in double quotes"_s,
                       u"tags[0].key: The tag key is empty"_s,
                       u"parent_span_id: The parent span id \"nope\" is not a UUID"_s
                   };
    }
}

void TestCallRequest::collectsProblems()
{
    QFETCH(CallDraft, draft);
    QFETCH(QStringList, problems);

    const DraftCheck check = checkDraft(draft);
    QVERIFY(!check.ok());
    QVERIFY(!check.request.has_value());
    QStringList described;
    for (const ApiError &problem : check.problems) {
        QCOMPARE(problem.kind, ErrorKind::InvalidInput);
        QCOMPARE(problem.exitCode(), 2);
        described << describe(problem);
    }
    QCOMPARE(described, problems);
}

void TestCallRequest::draftRoundTrip_data()
{
    QTest::addColumn<CallRequest>("request");
    QTest::addColumn<bool>("plainString");

    QTest::newRow("string input becomes plain text")
            << request(QJsonValue(u"two\nlines"_s)) << true;
    QTest::newRow("empty string input stays JSON") << request(QJsonValue(QString())) << false;
    QTest::newRow("object input") << request(QJsonObject { { u"a"_s, QJsonArray { 1, u"b"_s } } })
                                  << false;
    QTest::newRow("no input") << request() << false;
    {
        CallRequest r = request(QJsonValue(false));
        r.examples = QList<Example> { { QJsonObject { { u"x"_s, 1 } }, QJsonValue(u"out"_s),
                                        u"note"_s } };
        r.tags = { { u"k"_s, u"v"_s } };
        r.parentSpanId = kSpan;
        QTest::newRow("every field") << r << false;
    }
}

void TestCallRequest::draftRoundTrip()
{
    QFETCH(CallRequest, request);
    QFETCH(bool, plainString);

    const CallDraft d = draftFromRequest(request);
    QCOMPARE(d.inputIsPlainString, plainString);
    const DraftCheck check = checkDraft(d);
    QVERIFY(check.ok());
    QCOMPARE(*check.request, request);
}

void TestCallRequest::readsExamplesFile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("count"); // -1: an error is expected
    QTest::addColumn<QString>("field");

    QTest::newRow("valid, with and without comments") << QByteArray(
            R"([{"input":{"x":1},"output":2,"comment":"c"},{"input":"a","output":null},
                          {"input":[],"output":false,"comment":null}])")
                                                      << 3 << QString();
    QTest::newRow("empty array") << QByteArray("[]") << 0 << QString();
    QTest::newRow("not an array") << QByteArray(R"({"input":1,"output":2})") << -1 << u"examples"_s;
    QTest::newRow("item not an object")
            << QByteArray(R"([{"input":1,"output":2},"x"])") << -1 << u"examples[1]"_s;
    QTest::newRow("input missing")
            << QByteArray(R"([{"output":2}])") << -1 << u"examples[0].input"_s;
    QTest::newRow("output missing")
            << QByteArray(R"([{"input":1},{"input":2}])") << -1 << u"examples[0].output"_s;
    QTest::newRow("comment not a string") << QByteArray(R"([{"input":1,"output":2,"comment":3}])")
                                          << -1 << u"examples[0].comment"_s;
}

void TestCallRequest::readsExamplesFile()
{
    QFETCH(QByteArray, json);
    QFETCH(int, count);
    QFETCH(QString, field);

    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonValue value
            = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    ApiError error;
    const std::optional<QList<Example>> examples = examplesFromJson(value, &error);
    if (count < 0) {
        QVERIFY(!examples.has_value());
        QCOMPARE(error.kind, ErrorKind::InvalidInput);
        QCOMPARE(error.field, field);
        QVERIFY(!error.message.isEmpty());
        return;
    }
    QVERIFY(examples.has_value());
    QVERIFY(!error.isError());
    QCOMPARE(examples->size(), count);
    if (count == 3) {
        QCOMPARE(examples->at(0),
                 (Example { QJsonObject { { u"x"_s, 1 } }, QJsonValue(2), u"c"_s }));
        QCOMPARE(examples->at(1), (Example { QJsonValue(u"a"_s), QJsonValue(), QString() }));
    }
}

void TestCallRequest::examplesFileBecomesDrafts()
{
    ApiError error;
    const auto drafts = exampleDraftsFromJson(
            QJsonArray { QJsonObject { { u"input"_s, QJsonObject { { u"x"_s, 1 } } },
                                       { u"output"_s, u"y"_s },
                                       { u"comment"_s, u"c"_s } } },
            &error);
    QVERIFY(drafts.has_value());
    QCOMPARE(*drafts, (QList<ExampleDraft> { { u"c"_s, u"{\n    \"x\": 1\n}"_s, u"\"y\""_s } }));
    QVERIFY(!exampleDraftsFromJson(QJsonValue(3), &error).has_value());
    QCOMPARE(error.field, u"examples"_s);
}

QTEST_GUILESS_MAIN(TestCallRequest)
#include "tst_callrequest.moc"
