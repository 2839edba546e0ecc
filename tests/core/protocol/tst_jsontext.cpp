#include "core/protocol/JsonText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace callpad;

class TestJsonText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAnyValue_data();
    void parsesAnyValue();
    void reportsExactPosition_data();
    void reportsExactPosition();
    void serializes_data();
    void serializes();
    void roundTrips_data();
    void roundTrips();
    void acceptsDeepestNesting();
    void formats();
    void formatReportsError();
};

void TestJsonText::parsesAnyValue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonValue>("expected");

    QTest::newRow("string") << u"\"hi\""_s << QJsonValue(u"hi"_s);
    QTest::newRow("integer") << u"3"_s << QJsonValue(3);
    QTest::newRow("negative exponent number") << u"-1.5e2"_s << QJsonValue(-150.0);
    QTest::newRow("zero") << u"0"_s << QJsonValue(0);
    QTest::newRow("true") << u"true"_s << QJsonValue(true);
    QTest::newRow("false") << u"false"_s << QJsonValue(false);
    QTest::newRow("null") << u"null"_s << QJsonValue(QJsonValue::Null);
    QTest::newRow("surrounding whitespace") << u"  \n\t42 \r\n"_s << QJsonValue(42);
    QTest::newRow("unicode escape") << u"\"caf\\u00e9\""_s << QJsonValue(u"café"_s);
    QTest::newRow("escapes") << u"\"a\\\"b\\\\c\\/d\\n\""_s << QJsonValue(u"a\"b\\c/d\n"_s);
    QTest::newRow("non-ASCII text") << u"\"日本語 😀\""_s << QJsonValue(u"日本語 😀"_s);
    QTest::newRow("byte order mark")
            << u"\uFEFF{\"a\": 1}"_s << QJsonValue(QJsonObject { { u"a"_s, 1 } });
    QTest::newRow("empty object") << u"{}"_s << QJsonValue(QJsonObject());
    QTest::newRow("empty array") << u"[ ]"_s << QJsonValue(QJsonArray());
    QTest::newRow("nested")
            << u"{\"x\": [1, {\"y\": null}], \"z\": \"w\"}"_s
            << QJsonValue(QJsonObject {
                       { u"x"_s, QJsonArray { 1, QJsonObject { { u"y"_s, QJsonValue() } } } },
                       { u"z"_s, u"w"_s } });
}

void TestJsonText::parsesAnyValue()
{
    QFETCH(QString, text);
    QFETCH(QJsonValue, expected);

    const JsonTextResult result = parseJsonText(text);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.value, expected);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.line, 0);
}

void TestJsonText::reportsExactPosition_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QString() << 1 << 1 << u"The text is empty"_s;
    QTest::newRow("whitespace only") << u"  \n "_s << 2 << 2 << u"The text is empty"_s;
    QTest::newRow("trailing comma in array")
            << u"[1,\n 2,\n]"_s << 2 << 3 << u"Trailing comma before ']'"_s;
    QTest::newRow("trailing comma in object")
            << u"{\n  \"a\": 1,\n}"_s << 2 << 9 << u"Trailing comma before '}'"_s;
    QTest::newRow("missing comma between members")
            << u"{\n  \"a\": 1\n  \"b\": 2\n}"_s << 3 << 3 << u"Missing ',' before this key"_s;
    QTest::newRow("missing comma between values")
            << u"[1\n, 2 3]"_s << 2 << 5 << u"Missing ',' before this value"_s;
    QTest::newRow("missing colon") << u"{\"a\" 1}"_s << 1 << 6 << u"Missing ':' after the key"_s;
    QTest::newRow("single-quoted key")
            << u"{'a': 1}"_s << 1 << 2 << u"Object keys must be in double quotes"_s;
    QTest::newRow("single-quoted string")
            << u"['a']"_s << 1 << 2 << u"Strings must be in double quotes"_s;
    QTest::newRow("bare word") << u"hello"_s << 1 << 1
                               << u"Unknown word \"hello\": text must be in double quotes"_s;
    QTest::newRow("Python True")
            << u"[1, True]"_s << 1 << 5
            << u"Unknown word \"True\": JSON writes true and false in lowercase"_s;
    QTest::newRow("Python None") << u"{\"a\": None}"_s << 1 << 7
                                 << u"Unknown word \"None\": JSON writes null"_s;
    QTest::newRow("NaN") << u"NaN"_s << 1 << 1
                         << u"\"NaN\" is not allowed: JSON has no NaN or Infinity"_s;
    QTest::newRow("unterminated string") << u"[\n  \"abc"_s << 2 << 3 << u"Unterminated string"_s;
    QTest::newRow("line break in string")
            << u"\"ab\ncd\""_s << 1 << 4 << u"Line break inside a string (write it as \\n)"_s;
    QTest::newRow("tab in string")
            << u"\"a\tb\""_s << 1 << 3 << u"Control character U+0009 inside a string"_s;
    QTest::newRow("invalid escape") << u"\"a\\qb\""_s << 1 << 3 << u"Invalid escape sequence \\q"_s;
    QTest::newRow("short unicode escape")
            << u"\"\\u12G4\""_s << 1 << 2 << u"Invalid \\u escape: expected four hex digits"_s;
    QTest::newRow("leading zero") << u"[01]"_s << 1 << 2
                                  << u"Invalid number: leading zeros are not allowed"_s;
    QTest::newRow("dot without digit")
            << u"1."_s << 1 << 3 << u"Invalid number: expected a digit after '.'"_s;
    QTest::newRow("exponent without digit")
            << u"1e+"_s << 1 << 4 << u"Invalid number: expected a digit in the exponent"_s;
    QTest::newRow("lone minus") << u"-"_s << 1 << 1 << u"Invalid number"_s;
    QTest::newRow("number out of range") << u"[1, 1e999]"_s << 1 << 5 << u"Number out of range"_s;
    QTest::newRow("text after value")
            << u"{} x"_s << 1 << 4 << u"Unexpected text after the JSON value"_s;
    QTest::newRow("two scalars") << u"1 2"_s << 1 << 3 << u"Unexpected text after the JSON value"_s;
    QTest::newRow("end after comma")
            << u"[1,\n"_s << 2 << 1 << u"Unexpected end of text: expected a value"_s;
    QTest::newRow("unclosed object")
            << u"{\"a\": 1"_s << 1 << 8 << u"Unexpected end of text: missing '}'"_s;
    QTest::newRow("unclosed array")
            << u"[1, 2"_s << 1 << 6 << u"Unexpected end of text: missing ']'"_s;
    QTest::newRow("value missing after colon")
            << u"{\"a\":}"_s << 1 << 6 << u"Expected a value, found '}'"_s;
    QTest::newRow("non-string key")
            << u"{1: 2}"_s << 1 << 2 << u"Object keys must be in double quotes"_s;
    QTest::newRow("comment") << u"// note\n1"_s << 1 << 1 << u"Comments are not allowed in JSON"_s;
    QTest::newRow("columns count UTF-16 units")
            << u"\"é😀\" x"_s << 1 << 7 << u"Unexpected text after the JSON value"_s;
    QTest::newRow("CRLF line endings")
            << u"{\r\n  \"a\": 1,\r\n}"_s << 2 << 9 << u"Trailing comma before '}'"_s;
    QTest::newRow("nesting too deep") << QString(600, u'[') + QString(600, u']') << 1 << 1 + 513
                                      << u"Nested too deeply (more than 512 levels)"_s;
}

void TestJsonText::reportsExactPosition()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const JsonTextResult result = parseJsonText(text);
    QVERIFY(!result.ok);
    QCOMPARE(result.error, message);
    QCOMPARE(result.line, line);
    QCOMPARE(result.column, column);
    QCOMPARE(result.empty, message == u"The text is empty");
    QVERIFY(result.offset >= 0 && result.offset <= text.size());
    QVERIFY(result.value.isUndefined());
}

void TestJsonText::serializes_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("indented");
    QTest::addColumn<QString>("expected");

    QTest::newRow("string") << QJsonValue(u"hi \"you\""_s) << false << u"\"hi \\\"you\\\"\""_s;
    QTest::newRow("string indented") << QJsonValue(u"hi"_s) << true << u"\"hi\""_s;
    QTest::newRow("integer") << QJsonValue(3) << false << u"3"_s;
    QTest::newRow("fraction") << QJsonValue(0.5) << false << u"0.5"_s;
    QTest::newRow("true") << QJsonValue(true) << false << u"true"_s;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << true << u"null"_s;
    QTest::newRow("undefined is nothing")
            << QJsonValue(QJsonValue::Undefined) << false << QString();
    QTest::newRow("object compact") << QJsonValue(QJsonObject { { u"b"_s, 1 }, { u"a"_s, u"x"_s } })
                                    << false << u"{\"a\":\"x\",\"b\":1}"_s;
    QTest::newRow("array compact") << QJsonValue(QJsonArray { 1, u"two"_s, QJsonValue() }) << false
                                   << u"[1,\"two\",null]"_s;
    QTest::newRow("object indented with empty containers")
            << QJsonValue(QJsonObject {
                       { u"a"_s, QJsonArray() }, { u"b"_s, QJsonObject() }, { u"c"_s, 1 } })
            << true << u"{\n    \"a\": [],\n    \"b\": {},\n    \"c\": 1\n}"_s;
    QTest::newRow("empty array indented") << QJsonValue(QJsonArray()) << true << u"[]"_s;
    QTest::newRow("string with bracket and newline escape")
            << QJsonValue(QJsonArray { u"[\n]"_s }) << true << u"[\n    \"[\\n]\"\n]"_s;
}

void TestJsonText::serializes()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, indented);
    QFETCH(QString, expected);

    QCOMPARE(toJsonText(value, indented), expected);
}

void TestJsonText::roundTrips_data()
{
    QTest::addColumn<QJsonValue>("value");

    QTest::newRow("string with control characters") << QJsonValue(u"a\tb\nc\u0001"_s);
    QTest::newRow("large integer") << QJsonValue(qint64(9007199254740991));
    QTest::newRow("small fraction") << QJsonValue(0.000001);
    QTest::newRow("deep structure") << QJsonValue(
            QJsonObject { { u"list"_s, QJsonArray { QJsonObject { { u"k"_s, false } }, 2.5 } } });
}

void TestJsonText::roundTrips()
{
    QFETCH(QJsonValue, value);

    for (const bool indented : { false, true }) {
        const JsonTextResult result = parseJsonText(toJsonText(value, indented));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.value, value);
    }
}

void TestJsonText::acceptsDeepestNesting()
{
    const int depth = 1 + 512; // the outermost value sits at level 0
    const QString text = QString(depth, u'[') + QString(depth, u']');
    const JsonTextResult result = parseJsonText(text);
    QVERIFY2(result.ok, qPrintable(result.error));
    QJsonValue inner = result.value;
    int levels = 0;
    while (inner.isArray()) {
        ++levels;
        inner = inner.toArray().isEmpty() ? QJsonValue() : inner.toArray().first();
    }
    QCOMPARE(levels, depth);
}

void TestJsonText::formats()
{
    JsonTextResult error;
    QCOMPARE(formatJsonText(u"{ \"a\" : [ 1 , 2 ] }", false, &error), u"{\"a\":[1,2]}"_s);
    QCOMPARE(formatJsonText(u"{\"a\":[1]}", true, &error),
             u"{\n    \"a\": [\n        1\n    ]\n}"_s);
    QCOMPARE(formatJsonText(u" \"x\" ", true, &error), u"\"x\""_s);
    QVERIFY(error.error.isEmpty());
}

void TestJsonText::formatReportsError()
{
    JsonTextResult error;
    QCOMPARE(formatJsonText(u"{\n\"a\": }", true, &error), QString());
    QVERIFY(!error.ok);
    QCOMPARE(error.line, 2);
    QCOMPARE(error.column, 6);
    QCOMPARE(error.error, u"Expected a value, found '}'"_s);
    QCOMPARE(formatJsonText(u"[", true, nullptr), QString()); // no error sink: still no crash
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
