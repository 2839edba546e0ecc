#include "core/protocol/CallResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace callpad;

Q_DECLARE_METATYPE(callpad::ErrorKind)

class TestCallResponse final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryField();
    void acceptsNullsAndAbsence_data();
    void acceptsNullsAndAbsence();
    void keepsPayloadAsSentText_data();
    void keepsPayloadAsSentText();
    void payloadOfAParsedObjectBecomesText();
    void readsPayloadShapes_data();
    void readsPayloadShapes();
    void readsTokenCounts_data();
    void readsTokenCounts();
    void keepsUnknownKeys();
    void namesWrongTypedField_data();
    void namesWrongTypedField();
    void keepsWhatParsedDespiteAnError();
    void rejectsNonObjects_data();
    void rejectsNonObjects();
};

void TestCallResponse::parsesEveryField()
{
    // The example of the API reference, verbatim.
    const QByteArray body = R"({
      "span_id": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
      "message": "The sum of 1 and 3 is 4",
      "json_payload": {"sum": 4},
      "cached": true,
      "images": ["image_url"],
      "usage": {"input_tokens": 25, "output_tokens": 972,
                "output_tokens_details": {"reasoning_tokens": 704}, "total_tokens": 997},
      "cost": {"generation": 0.0001, "platform": 0.00001, "total": 0.00011}
    })";
    const ResponseParse parsed = parseCallResponse(body);
    QVERIFY2(!parsed.error.isError(), qPrintable(parsed.error.summary()));
    const CallResponse &r = parsed.response;
    QCOMPARE(r.spanId, u"3c90c3cc-0d44-4b50-8888-8dd25736052a"_s);
    QCOMPARE(r.message, std::optional<QString>(u"The sum of 1 and 3 is 4"_s));
    QVERIFY(r.hasJsonPayload());
    QCOMPARE(r.jsonPayload(), QJsonValue(QJsonObject { { u"sum"_s, 4 } }));
    QCOMPARE(r.cached, true);
    QCOMPARE(r.images, QStringList { u"image_url"_s });
    QVERIFY(r.usage.has_value());
    QCOMPARE(r.usage->inputTokens, std::optional<qint64>(25));
    QCOMPARE(r.usage->outputTokens, std::optional<qint64>(972));
    QCOMPARE(r.usage->reasoningTokens, std::optional<qint64>(704));
    QCOMPARE(r.usage->totalTokens, std::optional<qint64>(997));
    QCOMPARE(r.usage->raw.value(u"output_tokens_details")
                     .toObject()
                     .value(u"reasoning_tokens")
                     .toInt(),
             704);
    QVERIFY(r.cost.has_value());
    QCOMPARE(r.cost->generation, std::optional<double>(0.0001));
    QCOMPARE(r.cost->platform, std::optional<double>(0.00001));
    QCOMPARE(r.cost->total, std::optional<double>(0.00011));
    // Every member but the payload, which is kept as its text.
    QCOMPARE(r.raw.size(), 6);
    QVERIFY(!r.raw.contains(u"json_payload"));
    QCOMPARE(r.jsonPayloadText, R"({"sum": 4})"_ba);
}

void TestCallResponse::keepsPayloadAsSentText_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("order, spelling and spacing inside kept")
            << QByteArray(R"({ "json_payload" : {"z":1.0, "a":[ ]} , "span_id":"s"})")
            << QByteArray(R"({"z":1.0, "a":[ ]})");
    QTest::newRow("key written with an escape")
            << QByteArray(R"({"json\u005fpayload":[1],"span_id":"s"})") << QByteArray("[1]");
    QTest::newRow("key written twice: the last counts")
            << QByteArray(R"({"json_payload":1,"span_id":"s","json_payload":[2]})")
            << QByteArray("[2]");
    QTest::newRow("a string") << QByteArray(R"({"span_id":"s","json_payload":"a\"b"})")
                              << QByteArray(R"("a\"b")");
}

void TestCallResponse::keepsPayloadAsSentText()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, text);

    const ResponseParse parsed = parseCallResponse(body);
    QVERIFY2(!parsed.error.isError(), qPrintable(parsed.error.summary()));
    const CallResponse &r = parsed.response;
    QCOMPARE(r.jsonPayloadText, text);
    QCOMPARE(r.spanId, u"s"_s);
    QCOMPARE(r.raw, (QJsonObject { { u"span_id"_s, u"s"_s } }));
    // toJson() puts the payload back: the same value as the body (with a key written once).
    const QJsonObject whole = QJsonDocument::fromJson(r.toJson()).object();
    QCOMPARE(whole.value(u"span_id"), QJsonValue(u"s"_s));
    QCOMPARE(whole.value(u"json_payload"), r.jsonPayload());
    QVERIFY(!r.jsonPayload().isUndefined());
}

void TestCallResponse::payloadOfAParsedObjectBecomesText()
{
    const QJsonObject object { { u"span_id"_s, u"s"_s },
                               { u"json_payload"_s,
                                 QJsonObject { { u"b"_s, 1 }, { u"a"_s, 2 } } } };
    const ResponseParse parsed = callResponseFromJson(object);
    QVERIFY(!parsed.error.isError());
    QCOMPARE(parsed.response.jsonPayloadText, R"({"a":2,"b":1})"_ba);
    QVERIFY(!parsed.response.raw.contains(u"json_payload"));
    QCOMPARE(QJsonDocument::fromJson(parsed.response.toJson()).object(), object);
    // Without a payload, toJson() is the object as it was.
    const QJsonObject message { { u"message"_s, u"hi"_s } };
    QCOMPARE(QJsonDocument::fromJson(callResponseFromJson(message).response.toJson()).object(),
             message);
}

void TestCallResponse::acceptsNullsAndAbsence_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("every optional field null")
            << QByteArray(R"({"span_id":"s","message":null,"json_payload":null,"cached":null,
                          "images":null,"usage":null,"cost":null})");
    QTest::newRow("only a span id") << QByteArray(R"({"span_id":"s"})");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("null span id") << QByteArray(R"({"span_id":null})");
}

void TestCallResponse::acceptsNullsAndAbsence()
{
    QFETCH(QByteArray, body);

    const ResponseParse parsed = parseCallResponse(body);
    QVERIFY2(!parsed.error.isError(), qPrintable(parsed.error.summary()));
    const CallResponse &r = parsed.response;
    QVERIFY(!r.message.has_value());
    QVERIFY(!r.hasJsonPayload());
    QVERIFY(r.jsonPayload().isUndefined());
    QCOMPARE(r.cached, false);
    QVERIFY(r.images.isEmpty());
    QVERIFY(!r.usage.has_value());
    QVERIFY(!r.cost.has_value());
}

void TestCallResponse::readsPayloadShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QJsonValue>("payload");

    QTest::newRow("object") << QByteArray(R"({"json_payload":{"a":[1]}})")
                            << QJsonValue(QJsonObject { { u"a"_s, QJsonArray { 1 } } });
    QTest::newRow("array") << QByteArray(R"({"json_payload":[1,"x"]})")
                           << QJsonValue(QJsonArray { 1, u"x"_s });
    QTest::newRow("string") << QByteArray(R"({"json_payload":"text"})") << QJsonValue(u"text"_s);
    QTest::newRow("zero is a payload") << QByteArray(R"({"json_payload":0})") << QJsonValue(0);
    QTest::newRow("false is a payload")
            << QByteArray(R"({"json_payload":false})") << QJsonValue(false);
}

void TestCallResponse::readsPayloadShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(QJsonValue, payload);

    const ResponseParse parsed = parseCallResponse(body);
    QVERIFY(!parsed.error.isError());
    QVERIFY(parsed.response.hasJsonPayload());
    QCOMPARE(parsed.response.jsonPayload(), payload);
}

void TestCallResponse::readsTokenCounts_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("input");
    QTest::addColumn<qint64>("reasoning"); // -1: absent

    QTest::newRow("integers") << QByteArray(R"({"usage":{"input_tokens":25}})") << qint64(25)
                              << qint64(-1);
    QTest::newRow("floats with .0")
            << QByteArray(R"({"usage":{"input_tokens":25.0}})") << qint64(25) << qint64(-1);
    QTest::newRow("reasoning at top level of usage")
            << QByteArray(R"({"usage":{"input_tokens":1,"reasoning_tokens":9}})") << qint64(1)
            << qint64(9);
    QTest::newRow("null details") << QByteArray(
            R"({"usage":{"input_tokens":2,"output_tokens_details":null}})")
                                  << qint64(2) << qint64(-1);
    QTest::newRow("large count") << QByteArray(R"({"usage":{"input_tokens":4000000000}})")
                                 << qint64(4000000000) << qint64(-1);
}

void TestCallResponse::readsTokenCounts()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, input);
    QFETCH(qint64, reasoning);

    const ResponseParse parsed = parseCallResponse(body);
    QVERIFY2(!parsed.error.isError(), qPrintable(parsed.error.summary()));
    QVERIFY(parsed.response.usage.has_value());
    QCOMPARE(parsed.response.usage->inputTokens.value_or(-1), input);
    QCOMPARE(parsed.response.usage->reasoningTokens.value_or(-1), reasoning);
}

void TestCallResponse::keepsUnknownKeys()
{
    const ResponseParse parsed = parseCallResponse(
            R"({"span_id":"s","audio":{},"usage":{"input_tokens":1,"input_tokens_details":{"cached_tokens":3}},
            "cost":{"total":1,"currency":"USD"}})");
    QVERIFY(!parsed.error.isError());
    QCOMPARE(parsed.response.raw.value(u"audio"), QJsonValue(QJsonObject()));
    QCOMPARE(parsed.response.usage->raw.value(u"input_tokens_details")
                     .toObject()
                     .value(u"cached_tokens"),
             QJsonValue(3));
    QCOMPARE(parsed.response.cost->raw.value(u"currency"), QJsonValue(u"USD"_s));
    QCOMPARE(parsed.response.cost->total, std::optional<double>(1.0));
}

void TestCallResponse::namesWrongTypedField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("span_id a number") << QByteArray(R"({"span_id":12})") << u"span_id"_s
                                      << u"field span_id should be a string"_s;
    QTest::newRow("message an object") << QByteArray(R"({"message":{}})") << u"message"_s
                                       << u"field message should be a string"_s;
    QTest::newRow("cached a string") << QByteArray(R"({"cached":"yes"})") << u"cached"_s
                                     << u"field cached should be true or false"_s;
    QTest::newRow("images a number")
            << QByteArray(R"({"images":5})") << u"images"_s << u"field images should be an array"_s;
    QTest::newRow("images with a number") << QByteArray(R"({"images":[1]})") << u"images[0]"_s
                                          << u"field images[0] should be a string"_s;
    QTest::newRow("images with a null second")
            << QByteArray(R"({"images":["a",null]})") << u"images[1]"_s
            << u"field images[1] should be a string"_s;
    QTest::newRow("usage a number")
            << QByteArray(R"({"usage":7})") << u"usage"_s << u"field usage should be an object"_s;
    QTest::newRow("usage.input_tokens a string")
            << QByteArray(R"({"usage":{"input_tokens":"x"}})") << u"usage.input_tokens"_s
            << u"field usage.input_tokens should be a number"_s;
    QTest::newRow("usage.output_tokens a bool")
            << QByteArray(R"({"usage":{"output_tokens":true}})") << u"usage.output_tokens"_s
            << u"field usage.output_tokens should be a number"_s;
    QTest::newRow("usage.total_tokens out of range")
            << QByteArray(R"({"usage":{"total_tokens":1e300}})") << u"usage.total_tokens"_s
            << u"field usage.total_tokens is out of range"_s;
    QTest::newRow("usage.output_tokens_details a number")
            << QByteArray(R"({"usage":{"output_tokens_details":3}})")
            << u"usage.output_tokens_details"_s
            << u"field usage.output_tokens_details should be an object"_s;
    QTest::newRow("reasoning tokens a string")
            << QByteArray(R"({"usage":{"output_tokens_details":{"reasoning_tokens":"many"}}})")
            << u"usage.output_tokens_details.reasoning_tokens"_s
            << u"field usage.output_tokens_details.reasoning_tokens should be a number"_s;
    QTest::newRow("cost a string")
            << QByteArray(R"({"cost":"free"})") << u"cost"_s << u"field cost should be an object"_s;
    QTest::newRow("cost.total a string")
            << QByteArray(R"({"cost":{"total":"free"}})") << u"cost.total"_s
            << u"field cost.total should be a number"_s;
    QTest::newRow("cost.generation an array")
            << QByteArray(R"({"cost":{"generation":[]}})") << u"cost.generation"_s
            << u"field cost.generation should be a number"_s;
}

void TestCallResponse::namesWrongTypedField()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, message);

    const ResponseParse parsed = parseCallResponse(body);
    QCOMPARE(parsed.error.kind, ErrorKind::InvalidResponse);
    QCOMPARE(parsed.error.field, field);
    QCOMPARE(parsed.error.message, message);
    QCOMPARE(parsed.error.summary(), u"Invalid response: "_s + message);
    QCOMPARE(parsed.error.exitCode(), 5);
}

void TestCallResponse::keepsWhatParsedDespiteAnError()
{
    const ResponseParse parsed = parseCallResponse(
            R"({"span_id":"s","message":"hi","usage":{"input_tokens":"x","output_tokens":5},
                              "cached":"no"})");
    QCOMPARE(parsed.error.field,
             u"cached"_s); // the first problem in reading order, not in the text
    QCOMPARE(parsed.response.spanId, u"s"_s);
    QCOMPARE(parsed.response.message, std::optional<QString>(u"hi"_s));
    QVERIFY(parsed.response.usage.has_value());
    QCOMPARE(parsed.response.usage->outputTokens, std::optional<qint64>(5));
    QVERIFY(!parsed.response.usage->inputTokens.has_value());
}

void TestCallResponse::rejectsNonObjects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("detail");

    QTest::newRow("empty body") << QByteArray() << u"The response body is empty"_s << QString();
    QTest::newRow("whitespace body")
            << QByteArray(" \r\n") << u"The response body is empty"_s << QString();
    QTest::newRow("array") << QByteArray("[1,2]")
                           << u"The response is a JSON array where an object was expected"_s
                           << QString();
    QTest::newRow("captive portal HTML")
            << QByteArray("<html><body><p>Please log in</p></body></html>")
            << u"The response is not valid JSON: illegal value at byte 1"_s << u"Please log in"_s;
    QTest::newRow("truncated object")
            << QByteArray("{\"span_id\":")
            << u"The response is not valid JSON: unterminated object at byte 11"_s
            << u"{\"span_id\":"_s;
}

void TestCallResponse::rejectsNonObjects()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QFETCH(QString, detail);

    const ResponseParse parsed = parseCallResponse(body);
    QCOMPARE(parsed.error.kind, ErrorKind::InvalidJson);
    QCOMPARE(parsed.error.message, message);
    QCOMPARE(parsed.error.detailText(), detail);
    QCOMPARE(parsed.error.exitCode(), 5);
}

QTEST_GUILESS_MAIN(TestCallResponse)
#include "tst_callresponse.moc"
