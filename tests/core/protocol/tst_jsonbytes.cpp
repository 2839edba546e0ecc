#include "core/protocol/JsonBytes.h"
#include "core/protocol/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace callpad;

class TestJsonBytes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validity_data();
    void validity();
    void validityAgreesWithTheEditorsCheck();
    void deepNestingIsRefused();
    void reindent_data();
    void reindent();
    void reindentsLargeTextToTheSameValue();
    void parsesAnyValue();
    void splitsAMember_data();
    void splitsAMember();
};

void TestJsonBytes::validity_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");

    QTest::newRow("object") << R"({"a":[1,-2.5e+3,true,false,null,"x"]})"_ba << true;
    QTest::newRow("whitespace around") << " \n\t[ ]\r\n"_ba << true;
    QTest::newRow("scalar") << "42"_ba << true;
    QTest::newRow("escapes") << R"("\"\\\/\b\f\n\r\t\u00e9")"_ba << true;
    QTest::newRow("UTF-8 text") << "\"caf\xc3\xa9\""_ba << true;
    QTest::newRow("empty") << ""_ba << false;
    QTest::newRow("two values") << "1 2"_ba << false;
    QTest::newRow("trailing comma in array") << "[1,]"_ba << false;
    QTest::newRow("trailing comma in object") << R"({"a":1,})"_ba << false;
    QTest::newRow("leading zero") << "01"_ba << false;
    QTest::newRow("bare dot") << "1."_ba << false;
    QTest::newRow("exponent without digits") << "1e"_ba << false;
    QTest::newRow("plus sign") << "+1"_ba << false;
    QTest::newRow("unknown escape") << R"("\q")"_ba << false;
    QTest::newRow("short unicode escape") << R"("\u12")"_ba << false;
    QTest::newRow("raw line break in string") << "\"a\nb\""_ba << false;
    QTest::newRow("unterminated string") << R"(["abc)"_ba << false;
    QTest::newRow("single quotes") << "'a'"_ba << false;
    QTest::newRow("comment") << "[1] // one"_ba << false;
    QTest::newRow("key without quotes") << "{a:1}"_ba << false;
    QTest::newRow("missing colon") << R"({"a" 1})"_ba << false;
    QTest::newRow("truncated literal") << "tru"_ba << false;
    QTest::newRow("unclosed object") << R"({"a":{"b":1})"_ba << false;
}

void TestJsonBytes::validity()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QCOMPARE(isValidJson(text), valid);
}

void TestJsonBytes::validityAgreesWithTheEditorsCheck()
{
    // The byte scanner and the editor's checker (JsonSyntaxCheck) accept the same texts.
    const QList<QByteArray> texts { "[1,2]",   R"({"a":{}})", "-0.0e-0",  "[1,]",
                                    R"("\x")", "nul",         "[[[[]]]]", R"({"a":1 "b":2})",
                                    "1.5E+10", "[01]" };
    for (const QByteArray &text : texts) {
        QCOMPARE(isValidJson(text), parseJsonText(QString::fromUtf8(text)).ok);
    }
}

void TestJsonBytes::deepNestingIsRefused()
{
    const int depth = 100000; // deeper than any stack would take recursively
    const QByteArray deep = QByteArray(depth, '[') + QByteArray(depth, ']');
    QVERIFY(!isValidJson(deep));
    QCOMPARE(reindentJson(deep), deep); // not valid: returned as it came
    QVERIFY(parseJsonBytes(deep).isUndefined());
    const QByteArray fine = QByteArray(100, '[') + QByteArray(100, ']');
    QVERIFY(isValidJson(fine));
}

void TestJsonBytes::reindent_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("pretty");
    QTest::newRow("scalar") << " 42 "_ba
                            << "42"_ba;
    QTest::newRow("empty containers") << R"({"a":{},"b":[ ]})"_ba
                                      << "{\n    \"a\": {},\n    \"b\": []\n}"_ba;
    QTest::newRow("strings with brackets and escapes")
            << R"(["{x}","a\"b,c","\\"])"_ba
            << "[\n    \"{x}\",\n    \"a\\\"b,c\",\n    \"\\\\\"\n]"_ba;
    QTest::newRow("numbers spelled as sent") << "[1.0,1e3,-0]"_ba
                                             << "[\n    1.0,\n    1e3,\n    -0\n]"_ba;
    QTest::newRow("nesting and spacing")
            << R"( { "a" : [ { "b" : null } ] } )"_ba
            << "{\n    \"a\": [\n        {\n            \"b\": null\n        }\n    ]\n}"_ba;
    QTest::newRow("already indented") << "{\n    \"a\": 1\n}"_ba
                                      << "{\n    \"a\": 1\n}"_ba;
    QTest::newRow("not JSON, as it came") << R"({"a" 1})"_ba
                                          << R"({"a" 1})"_ba;
}

void TestJsonBytes::reindent()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, pretty);
    QCOMPARE(reindentJson(json), pretty);
}

void TestJsonBytes::reindentsLargeTextToTheSameValue()
{
    QJsonArray rows;
    for (int i = 0; i < 20000; ++i) {
        rows.append(QJsonObject { { u"id"_s, i },
                                  { u"name"_s, u"row \"%1\" {,}"_s.arg(i) },
                                  { u"tags"_s, QJsonArray { u"a"_s, QJsonObject() } } });
    }
    const QByteArray compact = QJsonDocument(rows).toJson(QJsonDocument::Compact);
    const QByteArray pretty = reindentJson(compact);
    QVERIFY(pretty.size() > compact.size());
    QCOMPARE(QJsonDocument::fromJson(pretty).array(), rows);
    // Indenting indented text changes nothing.
    QCOMPARE(reindentJson(pretty), pretty);
}

void TestJsonBytes::parsesAnyValue()
{
    QCOMPARE(parseJsonBytes("\"hi\""), QJsonValue(u"hi"_s));
    QCOMPARE(parseJsonBytes(" 3 "), QJsonValue(3));
    QCOMPARE(parseJsonBytes("null"), QJsonValue(QJsonValue::Null));
    QCOMPARE(parseJsonBytes(R"({"a":[true]})"),
             QJsonValue(QJsonObject { { u"a"_s, QJsonArray { true } } }));
    QVERIFY(parseJsonBytes("[1,]").isUndefined());
    QVERIFY(parseJsonBytes("").isUndefined());
}

void TestJsonBytes::splitsAMember_data()
{
    QTest::addColumn<QByteArray>("object");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("member");
    QTest::addColumn<QJsonObject>("rest");

    const QJsonObject restA { { u"a"_s, 1 } };
    QTest::newRow("member between others")
            << R"({"a":1,"p":{"x":[1,2]},"b":"s"})"_ba << true << R"({"x":[1,2]})"_ba
            << QJsonObject { { u"a"_s, 1 }, { u"b"_s, u"s"_s } };
    QTest::newRow("member first") << R"({"p":[] ,"a":1})"_ba << true << "[]"_ba << restA;
    QTest::newRow("member last") << R"({"a":1, "p" : "v" })"_ba << true << R"("v")"_ba << restA;
    QTest::newRow("member alone") << R"({"p":null})"_ba << true << "null"_ba << QJsonObject();
    QTest::newRow("no such member") << R"({"a":1})"_ba << true << QByteArray() << restA;
    QTest::newRow("empty object") << "{}"_ba << true << QByteArray() << QJsonObject();
    QTest::newRow("nested key of the same name is not it")
            << R"({"a":{"p":1}})"_ba << true << QByteArray()
            << QJsonObject { { u"a"_s, QJsonObject { { u"p"_s, 1 } } } };
    QTest::newRow("key that only starts the same") << R"({"pp":1,"a":1})"_ba << true << QByteArray()
                                                   << QJsonObject { { u"pp"_s, 1 }, { u"a"_s, 1 } };
    QTest::newRow("escaped key") << R"({"\u0070":2,"a":1})"_ba << true << "2"_ba << restA;
    QTest::newRow("not an object") << "[1]"_ba << false << QByteArray() << QJsonObject();
    QTest::newRow("broken member value")
            << R"({"a":1,"p":[1,})"_ba << false << QByteArray() << QJsonObject();
    QTest::newRow("text after the object")
            << R"({"p":1} x)"_ba << false << QByteArray() << QJsonObject();
}

void TestJsonBytes::splitsAMember()
{
    QFETCH(QByteArray, object);
    QFETCH(bool, valid);
    QFETCH(QByteArray, member);
    QFETCH(QJsonObject, rest);

    const std::optional<JsonMemberSplit> split = splitJsonMember(object, "p"_L1);
    QCOMPARE(split.has_value(), valid);
    if (split) {
        QCOMPARE(split->member, member);
        QCOMPARE(split->rest, rest);
    }
}

QTEST_GUILESS_MAIN(TestJsonBytes)
#include "tst_jsonbytes.moc"
