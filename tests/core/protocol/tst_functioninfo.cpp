#include "core/protocol/FunctionInfo.h"
#include "core/protocol/JsonFieldReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace callpad;

Q_DECLARE_METATYPE(callpad::ErrorKind)

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return { QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc() };
}

enum class Parser { Functions, Revisions, Details };

ApiError parseWith(Parser parser, const QByteArray &body)
{
    switch (parser) {
    case Parser::Functions:
        return parseFunctionPage(body).error;
    case Parser::Revisions:
        return parseRevisionPage(body).error;
    case Parser::Details:
        return parseFunctionDetails(body).error;
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Parser)

class TestFunctionInfo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesFunctionPage();
    void functionPageWithoutMeta();
    void functionPageWithNulls();
    void parsesRevisionPage();
    void parsesDetails();
    void detailsDefaults();
    void namesWrongTypedField_data();
    void namesWrongTypedField();
    void readsModels_data();
    void readsModels();
    void readsDates_data();
    void readsDates();
};

void TestFunctionInfo::parsesFunctionPage()
{
    const FunctionPageParse parsed = parseFunctionPage(R"({
      "meta": {"total_count": 42},
      "data": [
        {"id": "f1", "name": "translate", "revision_id": "r1", "description": "Translates",
         "instructions": "Translate the text", "model": "openai/gpt-4o-mini", "is_v3": false},
        {"id": "f2", "name": "my-namespace/sub", "revision_id": "r2",
         "model": ["openai/gpt-4o", {"name": "anthropic/claude", "options": {}}], "is_v3": true,
         "extra": 1}
      ]})");
    QVERIFY2(!parsed.error.isError(), qPrintable(parsed.error.summary()));
    QCOMPARE(parsed.page.totalCount, 42);
    QCOMPARE(parsed.page.items.size(), 2);
    const FunctionSummary &first = parsed.page.items.at(0);
    QCOMPARE(first.id, u"f1"_s);
    QCOMPARE(first.name, u"translate"_s);
    QCOMPARE(first.revisionId, u"r1"_s);
    QCOMPARE(first.description, u"Translates"_s);
    QCOMPARE(first.instructions, u"Translate the text"_s);
    QCOMPARE(first.model, u"openai/gpt-4o-mini"_s);
    QCOMPARE(first.isV3, false);
    const FunctionSummary &second = parsed.page.items.at(1);
    QCOMPARE(second.name, u"my-namespace/sub"_s);
    QCOMPARE(second.model, u"openai/gpt-4o → anthropic/claude"_s);
    QCOMPARE(second.isV3, true);
    QCOMPARE(second.raw.value(u"extra"), QJsonValue(1));
}

void TestFunctionInfo::functionPageWithoutMeta()
{
    const FunctionPageParse parsed
            = parseFunctionPage(R"({"data":[{"id":"a"},{"id":"b"},{"id":"c"}]})");
    QVERIFY(!parsed.error.isError());
    QCOMPARE(parsed.page.totalCount, 3);
    QCOMPARE(parseFunctionPage("{}").page.items.size(), 0);
    QVERIFY(!parseFunctionPage(R"({"data":null,"meta":null})").error.isError());
}

void TestFunctionInfo::functionPageWithNulls()
{
    const FunctionPageParse parsed = parseFunctionPage(
            R"({"meta":{"total_count":1},"data":[{"id":"f","name":"n","revision_id":"r",
            "description":null,"instructions":null,"model":null}]})");
    QVERIFY(!parsed.error.isError());
    const FunctionSummary &f = parsed.page.items.first();
    QVERIFY(f.description.isEmpty());
    QVERIFY(f.instructions.isEmpty());
    QVERIFY(f.model.isEmpty());
    QCOMPARE(f.isV3, false);
}

void TestFunctionInfo::parsesRevisionPage()
{
    const RevisionPageParse parsed = parseRevisionPage(R"({
      "meta": {"total_count": 2.0},
      "data": [
        {"id": "r2", "created_at": "2024-05-02T10:00:00.123456+02:00", "updated_at": null,
         "configuration": {"invocation.cache.ttl": 0}},
        {"id": "r1", "created_at": "2024-05-01T08:00:00Z", "updated_at": "2024-05-01T09:00:00Z",
         "configuration": {}}
      ]})");
    QVERIFY2(!parsed.error.isError(), qPrintable(parsed.error.summary()));
    QCOMPARE(parsed.page.totalCount, 2);
    const RevisionSummary &newest = parsed.page.items.at(0);
    QCOMPARE(newest.id, u"r2"_s);
    QCOMPARE(newest.createdAt, utc(2024, 5, 2, 8, 0, 0, 123));
    QVERIFY(!newest.updatedAt.isValid());
    QCOMPARE(newest.configuration.value(u"invocation.cache.ttl"), QJsonValue(0));
    const RevisionSummary &oldest = parsed.page.items.at(1);
    QCOMPARE(oldest.createdAt, utc(2024, 5, 1, 8, 0, 0));
    QCOMPARE(oldest.updatedAt, utc(2024, 5, 1, 9, 0, 0));
}

void TestFunctionInfo::parsesDetails()
{
    const FunctionDetailsParse parsed = parseFunctionDetails(R"({
      "id": "f1", "name": "extract", "instructions": "Extract people", "description": "d",
      "input_schema": {"type": "object", "properties": {"text": {"type": "string"}}},
      "output_schema": {"type": "object", "$defs": {}},
      "model": {"name": "openai/gpt-4o", "extra_headers": null},
      "configuration": {"invocation.few_shot.count": 3},
      "dataset_id": "ds", "revision_id": "r9", "observer_enabled": false
    })");
    QVERIFY2(!parsed.error.isError(), qPrintable(parsed.error.summary()));
    const FunctionDetails &d = parsed.details;
    QCOMPARE(d.id, u"f1"_s);
    QCOMPARE(d.name, u"extract"_s);
    QCOMPARE(d.instructions, u"Extract people"_s);
    QCOMPARE(d.description, u"d"_s);
    QCOMPARE(d.revisionId, u"r9"_s);
    QCOMPARE(d.datasetId, u"ds"_s);
    QCOMPARE(d.model, u"openai/gpt-4o"_s);
    QVERIFY(d.modelRaw.isObject());
    QVERIFY(d.inputSchema.has_value());
    QCOMPARE(d.inputSchema->value(u"type"), QJsonValue(u"object"_s));
    QVERIFY(d.outputSchema.has_value());
    QCOMPARE(d.configuration.value(u"invocation.few_shot.count"), QJsonValue(3));
    QCOMPARE(d.observerEnabled, false);
    QCOMPARE(d.raw.size(), 11);
}

void TestFunctionInfo::detailsDefaults()
{
    const FunctionDetailsParse parsed = parseFunctionDetails(
            R"({"id":"f","name":"n","instructions":"i","input_schema":null,"output_schema":null,
            "configuration":null,"dataset_id":null})");
    QVERIFY(!parsed.error.isError());
    QVERIFY(!parsed.details.inputSchema.has_value());
    QVERIFY(!parsed.details.outputSchema.has_value());
    QVERIFY(parsed.details.configuration.isEmpty());
    QVERIFY(parsed.details.modelRaw.isUndefined());
    QVERIFY(parsed.details.model.isEmpty());
    QCOMPARE(parsed.details.observerEnabled, true);
}

void TestFunctionInfo::namesWrongTypedField_data()
{
    QTest::addColumn<Parser>("parser");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("field");

    const auto invalid = ErrorKind::InvalidResponse;
    QTest::newRow("functions: data not an array")
            << Parser::Functions << QByteArray(R"({"data":{}})") << invalid << u"data"_s;
    QTest::newRow("functions: item not an object")
            << Parser::Functions << QByteArray(R"({"data":[{"id":"a"},"b"]})") << invalid
            << u"data[1]"_s;
    QTest::newRow("functions: null item")
            << Parser::Functions << QByteArray(R"({"data":[null]})") << invalid << u"data[0]"_s;
    QTest::newRow("functions: name a number")
            << Parser::Functions << QByteArray(R"({"data":[{"id":"a","name":5}]})") << invalid
            << u"data[0].name"_s;
    QTest::newRow("functions: is_v3 a string")
            << Parser::Functions << QByteArray(R"({"data":[{"is_v3":"yes"}]})") << invalid
            << u"data[0].is_v3"_s;
    QTest::newRow("functions: total_count a string")
            << Parser::Functions << QByteArray(R"({"data":[],"meta":{"total_count":"many"}})")
            << invalid << u"meta.total_count"_s;
    QTest::newRow("functions: meta a number")
            << Parser::Functions << QByteArray(R"({"data":[],"meta":3})") << invalid << u"meta"_s;
    QTest::newRow("functions: not JSON")
            << Parser::Functions << QByteArray("<html>") << ErrorKind::InvalidJson << QString();
    QTest::newRow("revisions: created_at not a date")
            << Parser::Revisions << QByteArray(R"({"data":[{"id":"r","created_at":"yesterday"}]})")
            << invalid << u"data[0].created_at"_s;
    QTest::newRow("revisions: created_at a number")
            << Parser::Revisions << QByteArray(R"({"data":[{"id":"r","created_at":1714550400}]})")
            << invalid << u"data[0].created_at"_s;
    QTest::newRow("revisions: configuration an array")
            << Parser::Revisions << QByteArray(R"({"data":[{"id":"r","configuration":[]}]})")
            << invalid << u"data[0].configuration"_s;
    QTest::newRow("revisions: array body")
            << Parser::Revisions << QByteArray("[]") << ErrorKind::InvalidJson << QString();
    QTest::newRow("details: input_schema a string")
            << Parser::Details << QByteArray(R"({"input_schema":"x"})") << invalid
            << u"input_schema"_s;
    QTest::newRow("details: observer_enabled a string")
            << Parser::Details << QByteArray(R"({"observer_enabled":"no"})") << invalid
            << u"observer_enabled"_s;
    QTest::newRow("details: name a number")
            << Parser::Details << QByteArray(R"({"name":1})") << invalid << u"name"_s;
    QTest::newRow("details: configuration a number")
            << Parser::Details << QByteArray(R"({"configuration":5})") << invalid
            << u"configuration"_s;
    QTest::newRow("details: empty body")
            << Parser::Details << QByteArray() << ErrorKind::InvalidJson << QString();
}

void TestFunctionInfo::namesWrongTypedField()
{
    QFETCH(Parser, parser);
    QFETCH(QByteArray, body);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, field);

    const ApiError error = parseWith(parser, body);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.field, field);
    QVERIFY(!error.message.isEmpty());
    if (!field.isEmpty()) {
        QVERIFY2(error.message.contains(field), qPrintable(error.message));
    }
}

void TestFunctionInfo::readsModels_data()
{
    QTest::addColumn<QJsonValue>("model");
    QTest::addColumn<QString>("expected");

    QTest::newRow("string") << QJsonValue(u"openai/gpt-4o-mini"_s) << u"openai/gpt-4o-mini"_s;
    QTest::newRow("Model object") << QJsonValue(
            QJsonObject { { u"name"_s, u"azure/gpt-4o-eu"_s }, { u"options"_s, QJsonObject {} } })
                                  << u"azure/gpt-4o-eu"_s;
    QTest::newRow("fallback chain")
            << QJsonValue(QJsonArray { u"openai/gpt-4o"_s, u"openai/gpt-4o-mini"_s })
            << u"openai/gpt-4o → openai/gpt-4o-mini"_s;
    QTest::newRow("mixed chain") << QJsonValue(
            QJsonArray { QJsonObject { { u"name"_s, u"a"_s } }, u"b"_s, QJsonValue() })
                                 << u"a → b"_s;
    QTest::newRow("arbitrary object")
            << QJsonValue(QJsonObject { { u"provider"_s, u"x"_s } }) << u"{\"provider\":\"x\"}"_s;
    QTest::newRow("object with non-string name")
            << QJsonValue(QJsonObject { { u"name"_s, 3 } }) << u"{\"name\":3}"_s;
    QTest::newRow("empty chain") << QJsonValue(QJsonArray()) << QString();
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QString();
    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << QString();
    QTest::newRow("number") << QJsonValue(5) << u"5"_s;
}

void TestFunctionInfo::readsModels()
{
    QFETCH(QJsonValue, model);
    QFETCH(QString, expected);

    QCOMPARE(modelDisplayName(model), expected);
}

void TestFunctionInfo::readsDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: refused

    QTest::newRow("Z") << u"2024-05-01T12:00:00Z"_s << utc(2024, 5, 1, 12, 0, 0);
    QTest::newRow("lowercase z and t") << u"2024-05-01t12:00:00z"_s << utc(2024, 5, 1, 12, 0, 0);
    QTest::newRow("positive offset") << u"2024-05-01T12:00:00+02:00"_s << utc(2024, 5, 1, 10, 0, 0);
    QTest::newRow("negative offset crossing midnight")
            << u"2024-05-01T23:30:00-01:00"_s << utc(2024, 5, 2, 0, 30, 0);
    QTest::newRow("milliseconds") << u"2024-05-01T12:00:00.5Z"_s << utc(2024, 5, 1, 12, 0, 0, 500);
    QTest::newRow("microseconds") << u"2024-05-01T12:00:00.123456+00:00"_s
                                  << utc(2024, 5, 1, 12, 0, 0, 123);
    QTest::newRow("space separator") << u"2024-05-01 12:00:00Z"_s << utc(2024, 5, 1, 12, 0, 0);
    QTest::newRow("no offset read as UTC") << u"2024-05-01T12:00:00"_s << utc(2024, 5, 1, 12, 0, 0);
    QTest::newRow("leap second") << u"2016-12-31T23:59:60Z"_s << utc(2016, 12, 31, 23, 59, 59);
    QTest::newRow("date only") << u"2024-05-01"_s << QDateTime();
    QTest::newRow("impossible date") << u"2024-02-30T00:00:00Z"_s << QDateTime();
    QTest::newRow("hour 25") << u"2024-05-01T25:00:00Z"_s << QDateTime();
    QTest::newRow("offset out of range") << u"2024-05-01T12:00:00+24:00"_s << QDateTime();
    QTest::newRow("words") << u"yesterday"_s << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void TestFunctionInfo::readsDates()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);

    const QDateTime parsed = parseRfc3339(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

QTEST_GUILESS_MAIN(TestFunctionInfo)
#include "tst_functioninfo.moc"
