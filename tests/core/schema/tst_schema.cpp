#include "core/schema/SchemaTemplate.h"
#include "core/schema/SchemaValidation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using callpad::SchemaCheck;

namespace {

QJsonValue json(const QByteArray &text)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]", &error);
    return error.error == QJsonParseError::NoError ? doc.array().first()
                                                   : QJsonValue(QJsonValue::Undefined);
}

QJsonObject schemaOf(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

QString describe(const SchemaCheck &check)
{
    QStringList lines { check.schemaError };
    for (const callpad::SchemaViolation &violation : check.violations) {
        lines.append(violation.pointer + u": "_s + violation.message);
    }
    return lines.join(u'\n');
}

const QByteArray kPeopleSchema = R"({
    "type": "object",
    "required": ["people"],
    "properties": {
        "people": {"type": "array", "items": {
            "type": "object", "required": ["name"],
            "properties": {"name": {"type": "string"}, "age": {"type": "integer", "minimum": 0}}}}
    }})";

const QByteArray kTreeSchema = R"({
    "$defs": {"node": {"type": "object", "required": ["name"], "properties": {
        "name": {"type": "string"},
        "value": {"type": "integer"},
        "kids": {"type": "array", "items": {"$ref": "#/$defs/node"}}}}},
    "$ref": "#/$defs/node"})";

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data();
    void validate();
    void badSchema_data();
    void badSchema();
    void templateFromSchema_data();
    void templateFromSchema();
    void templateTextKeepsRequiredFirst();
    void templateValidatesAgainstItsSchema_data();
    void templateValidatesAgainstItsSchema();
};

void TestSchema::validate_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("instance");
    QTest::addColumn<QStringList>("pointers");
    QTest::addColumn<QString>("messageContains"); // in the first violation

    QTest::newRow("valid nested instance")
            << kPeopleSchema << R"({"people": [{"name": "Ann", "age": 3}]})"_ba << QStringList()
            << QString();
    QTest::newRow("wrong type at the root") << R"({"type": "object"})"_ba
                                            << "[]"_ba << QStringList { u""_s } << u"type"_s;
    QTest::newRow("wrong type of a property")
            << R"({"properties": {"name": {"type": "string"}}})"_ba
            << R"({"name": 5})"_ba << QStringList { u"/name"_s } << u"type"_s;
    QTest::newRow("missing required properties")
            << R"({"required": ["name", "age"], "properties": {"name": {"type": "string"}}})"_ba
            << "{}"_ba << QStringList { u""_s, u""_s } << u"required"_s;
    QTest::newRow("enum") << R"({"enum": ["a", "b"]})"_ba
                          << R"("c")"_ba << QStringList { u""_s } << u"enum"_s;
    QTest::newRow("integer is not a fraction") << R"({"type": "integer"})"_ba
                                               << "1.5"_ba << QStringList { u""_s } << u"type"_s;
    QTest::newRow("nested arrays with pointers")
            << kPeopleSchema << R"({"people": [{"name": 1}, {"age": -1}]})"_ba
            << QStringList { u"/people/0/name"_s, u"/people/1"_s, u"/people/1/age"_s } << QString();
    QTest::newRow("$defs reference")
            << R"({"$defs": {"p": {"enum": ["a"]}}, "properties": {"x": {"$ref": "#/$defs/p"}}})"_ba
            << R"({"x": "z"})"_ba << QStringList { u"/x"_s } << u"enum"_s;
    QTest::newRow("definitions reference and additionalProperties false")
            << R"({"definitions": {"p": {"type": "integer", "minimum": 3}},
                  "properties": {"x": {"$ref": "#/definitions/p"}}, "additionalProperties": false})"_ba
            << R"({"x": 1, "extra": 2})"_ba << QStringList { u""_s, u"/x"_s } << QString();
    QTest::newRow("keys escaped in pointers")
            << R"({"properties": {"a/b": {"type": "string"}, "c~d": {"type": "string"}}})"_ba
            << R"({"a/b": 1, "c~d": 2})"_ba << QStringList { u"/a~1b"_s, u"/c~0d"_s } << u"type"_s;
    QTest::newRow("recursive schema, deep violation")
            << kTreeSchema
            << R"({"name": "r", "kids": [{"name": "k", "kids": [{"name": "g", "value": "x"}]}]})"_ba
            << QStringList { u"/kids/0/kids/0/value"_s } << u"type"_s;
    QTest::newRow("anyOf, summaries condensed")
            << R"({"anyOf": [{"type": "string"}, {"type": "null"}]})"_ba
            << "1"_ba << QStringList { u""_s, u""_s } << u"type"_s;
}

void TestSchema::validate()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, instance);
    QFETCH(QStringList, pointers);
    QFETCH(QString, messageContains);

    const SchemaCheck check = callpad::validateAgainstSchema(json(instance), schemaOf(schema));
    QVERIFY2(check.schemaOk, qPrintable(check.schemaError));
    QStringList actual;
    for (const callpad::SchemaViolation &violation : check.violations) {
        QVERIFY(!violation.message.isEmpty());
        actual.append(violation.pointer);
    }
    actual.sort();
    QVERIFY2(actual == pointers, qPrintable(describe(check)));
    QCOMPARE(check.isValid(), pointers.isEmpty());
    if (!messageContains.isEmpty()) {
        QVERIFY2(check.violations.first().message.contains(messageContains),
                 qPrintable(describe(check)));
    }
    // Summaries that only repeat a deeper violation are left out.
    for (const callpad::SchemaViolation &violation : check.violations) {
        QVERIFY2(!violation.message.startsWith(u"Failed to validate against schema associated"_s),
                 qPrintable(describe(check)));
    }
}

void TestSchema::badSchema_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QString>("reasonContains");

    QTest::newRow("unknown type name") << R"({"type": "strang"})"_ba << u"strang"_s;
    QTest::newRow("required is not a list") << R"({"required": "name"})"_ba << u"array"_s;
    QTest::newRow("dangling $ref") << R"({"$ref": "#/$defs/missing"})"_ba << u"$defs"_s;
    QTest::newRow("remote $ref") << R"({"$ref": "https://example.com/s.json"})"_ba << u"remote"_s;
    QTest::newRow("bad regular expression")
            << R"({"properties": {"a": {"pattern": "(("}}})"_ba << QString();
    QTest::newRow("$ref to itself") << R"({"$ref": "#"})"_ba << u"#"_s;
    QTest::newRow("$ref cycle")
            << R"({"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}},
                                     "$ref": "#/$defs/a"})"_ba
            << u"#/$defs/"_s;
    QTest::newRow("allOf cycle")
            << R"({"$defs": {"a": {"allOf": [{"$ref": "#/$defs/a"}]}}, "$ref": "#/$defs/a"})"_ba
            << u"#/$defs/a"_s;
    QTest::newRow("not cycle under a property")
            << R"({"$defs": {"a": {"not": {"$ref": "#/$defs/a"}}}, "properties": {"q": {"$ref": "#/$defs/a"}}})"_ba
            << u"#/$defs/a"_s;
}

void TestSchema::badSchema()
{
    QFETCH(QByteArray, schema);
    QFETCH(QString, reasonContains);
    const SchemaCheck check
            = callpad::validateAgainstSchema(json(R"({"a": "x", "q": 1})"), schemaOf(schema));
    QVERIFY(!check.schemaOk);
    QVERIFY(!check.isValid());
    QVERIFY(!check.schemaError.isEmpty());
    QVERIFY2(check.schemaError.contains(reasonContains), qPrintable(check.schemaError));
    QVERIFY(check.violations.isEmpty());
}

void TestSchema::templateFromSchema_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("string") << R"({"type": "string"})"_ba
                            << R"("")"_ba;
    QTest::newRow("string format and minLength") << R"({"type": "object", "properties": {
        "d": {"type": "string", "format": "date"}, "s": {"type": "string", "minLength": 3}}})"_ba
                                                 << R"({"d": "1970-01-01", "s": "xxx"})"_ba;
    QTest::newRow("first enum value") << R"({"type": "string", "enum": ["red", "green"]})"_ba
                                      << R"("red")"_ba;
    QTest::newRow("const before default") << R"({"const": 5, "default": 6})"_ba
                                          << "5"_ba;
    QTest::newRow("default") << R"({"type": "object", "default": {"a": 1}})"_ba
                             << R"({"a": 1})"_ba;
    QTest::newRow("examples") << R"({"type": "string", "examples": ["e.g."]})"_ba
                              << R"("e.g.")"_ba;
    QTest::newRow("number minimum") << R"({"type": "number", "minimum": 2.5})"_ba
                                    << "2.5"_ba;
    QTest::newRow("integer exclusiveMinimum") << R"({"type": "integer", "exclusiveMinimum": 3})"_ba
                                              << "4"_ba;
    QTest::newRow("integer multipleOf")
            << R"({"type": "integer", "minimum": 3, "multipleOf": 5})"_ba
            << "5"_ba;
    QTest::newRow("negative maximum") << R"({"type": "integer", "maximum": -2})"_ba
                                      << "-2"_ba;
    QTest::newRow("plain number") << R"({"type": "number"})"_ba
                                  << "0"_ba;
    QTest::newRow("boolean") << R"({"type": "boolean"})"_ba
                             << "false"_ba;
    QTest::newRow("null") << R"({"type": "null"})"_ba
                          << "null"_ba;
    QTest::newRow("object with all properties")
            << R"({"type": "object", "required": ["b"], "properties": {"a": {"type": "string"}, "b": {"type": "integer"}}})"_ba
            << R"({"a": "", "b": 0})"_ba;
    QTest::newRow("array of one item") << R"({"type": "array", "items": {"type": "string"}})"_ba
                                       << R"([""])"_ba;
    QTest::newRow("array minItems")
            << R"({"type": "array", "minItems": 2, "items": {"type": "boolean"}})"_ba
            << "[false, false]"_ba;
    QTest::newRow("array without items") << R"({"type": "array"})"_ba
                                         << "[]"_ba;
    QTest::newRow("tuple")
            << R"({"type": "array", "items": [{"type": "string"}, {"type": "integer"}]})"_ba
            << R"(["", 0])"_ba;
    QTest::newRow("$defs reference")
            << R"({"$defs": {"P": {"type": "object", "properties": {"n": {"type": "string"}}}},
        "type": "object", "properties": {"p": {"$ref": "#/$defs/P"}}})"_ba
            << R"({"p": {"n": ""}})"_ba;
    QTest::newRow("definitions reference")
            << R"({"definitions": {"N": {"type": "integer", "minimum": 1}},
        "type": "array", "items": {"$ref": "#/definitions/N"}})"_ba
            << "[1]"_ba;
    QTest::newRow("anyOf skips null") << R"({"anyOf": [{"type": "null"}, {"type": "string"}]})"_ba
                                      << R"("")"_ba;
    QTest::newRow("oneOf skips a null $ref") << R"({"$defs": {"Nothing": {"type": "null"}},
        "oneOf": [{"$ref": "#/$defs/Nothing"}, {"type": "boolean"}]})"_ba
                                             << "false"_ba;
    QTest::newRow("allOf merged") << R"({"allOf": [
        {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]},
        {"properties": {"b": {"type": "boolean"}}}]})"_ba
                                  << R"({"a": "", "b": false})"_ba;
    QTest::newRow("type list") << R"({"type": ["null", "integer"]})"_ba
                               << "0"_ba;
    QTest::newRow("recursive schema stops")
            << kTreeSchema << R"({"name": "", "value": 0, "kids": []})"_ba;
    QTest::newRow("$ref to itself") << R"({"$ref": "#"})"_ba
                                    << "null"_ba;
    QTest::newRow("dangling $ref") << R"({"$ref": "#/nowhere", "type": "string"})"_ba
                                   << R"("")"_ba;
    QTest::newRow("garbage keywords") << R"({"type": 5, "properties": "x", "items": 3})"_ba
                                      << "{}"_ba;
    QTest::newRow("empty schema") << "{}"_ba
                                  << "null"_ba;
}

void TestSchema::templateFromSchema()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, expected);
    const QJsonValue wanted = json(expected);
    QVERIFY2(!wanted.isUndefined(), "the expected JSON of the row is valid");
    const QJsonValue actual = callpad::templateFromSchema(schemaOf(schema));
    QCOMPARE(actual, wanted);
    QCOMPARE(json(callpad::templateTextFromSchema(schemaOf(schema))), wanted);
    QCOMPARE(json(callpad::templateTextFromSchema(schemaOf(schema), QJsonDocument::Compact)),
             wanted);
}

void TestSchema::templateTextKeepsRequiredFirst()
{
    const QJsonObject schema
            = schemaOf(R"({"type": "object", "required": ["zeta", "alpha"], "properties": {
        "alpha": {"type": "string"}, "mid": {"type": "object", "required": ["y"], "properties": {
            "x": {"type": "integer"}, "y": {"type": "integer"}}},
        "zeta": {"type": "string"}, "beta": {"type": "boolean"}}})");
    const QByteArray text = callpad::templateTextFromSchema(schema);
    const QList<QByteArray> order {
        "\"zeta\"", "\"alpha\"", "\"beta\"", "\"mid\"", "\"y\"", "\"x\""
    };
    for (qsizetype i = 1; i < order.size(); ++i) {
        QVERIFY2(text.indexOf(order.at(i - 1)) < text.indexOf(order.at(i)), text.constData());
    }
    QCOMPARE(json(text), callpad::templateFromSchema(schema));
}

void TestSchema::templateValidatesAgainstItsSchema_data()
{
    QTest::addColumn<QByteArray>("schema");

    QTest::newRow("people") << kPeopleSchema;
    QTest::newRow("recursive tree") << kTreeSchema;
    QTest::newRow("constraints") << R"({"type": "object", "additionalProperties": false,
        "required": ["when", "mail", "count", "ratio", "tags", "mode", "id"],
        "properties": {
            "when": {"type": "string", "format": "date-time"},
            "mail": {"type": "string", "format": "email"},
            "count": {"type": "integer", "minimum": 10, "multipleOf": 4},
            "ratio": {"type": "number", "exclusiveMinimum": 0.5},
            "tags": {"type": "array", "minItems": 3, "items": {"type": "string", "minLength": 2}},
            "mode": {"enum": ["fast", "slow"]},
            "id": {"type": "string", "format": "uuid"}}})"_ba;
    QTest::newRow("refs, allOf and anyOf") << R"({
        "definitions": {"Base": {"type": "object", "required": ["kind"], "properties": {"kind": {"const": "x"}}}},
        "allOf": [{"$ref": "#/definitions/Base"}, {"properties": {"note": {"anyOf": [{"type": "null"}, {"type": "string"}]}}}]})"_ba;
    QTest::newRow("Opper output schema") << R"({"type": "object", "title": "Story",
        "properties": {"title": {"type": "string"}, "content": {"type": "string"}, "moral": {"type": "string"},
                       "scores": {"type": "array", "items": {"type": "number", "minimum": 0, "maximum": 1}}},
        "required": ["title", "content", "moral"]})"_ba;
}

void TestSchema::templateValidatesAgainstItsSchema()
{
    QFETCH(QByteArray, schema);
    const QJsonObject parsed = schemaOf(schema);
    QVERIFY(!parsed.isEmpty());
    const SchemaCheck check
            = callpad::validateAgainstSchema(callpad::templateFromSchema(parsed), parsed);
    QVERIFY2(check.isValid(), qPrintable(describe(check)));
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
