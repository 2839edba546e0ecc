#include "PresetSamples.h"
#include "core/presets/PresetFormat.h"
#include "core/schema/SchemaValidation.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace callpad;
using namespace callpad::samples;

Q_DECLARE_METATYPE(callpad::Preset)

namespace {

QString describe(const SchemaCheck &check)
{
    if (!check.schemaOk) {
        return u"schema: "_s + check.schemaError;
    }
    QStringList lines;
    for (const SchemaViolation &violation : check.violations) {
        lines << violation.pointer + u": "_s + violation.message;
    }
    return lines.join(u"; "_s);
}

} // namespace

// docs/preset.schema.json is what editors and other tools see; these tests keep it and the
// reader and writer in agreement.
class TestPresetSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writtenPresetsMatchTheSchema_data();
    void writtenPresetsMatchTheSchema();
    void schemaAndReaderAgree_data();
    void schemaAndReaderAgree();
    void documentedExampleIsExact();
    void schemaFlagsCredentials_data();
    void schemaFlagsCredentials();

private:
    QJsonObject m_schema;
};

void TestPresetSchema::initTestCase()
{
    QFile file(QStringLiteral(CALLPAD_PRESET_SCHEMA));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QJsonParseError error;
    m_schema = QJsonDocument::fromJson(file.readAll(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(m_schema.value(u"$schema").toString(), u"http://json-schema.org/draft-07/schema#"_s);
}

void TestPresetSchema::writtenPresetsMatchTheSchema_data()
{
    QTest::addColumn<Preset>("preset");
    QTest::newRow("empty") << Preset();
    QTest::newRow("every field") << fullPreset();
    Preset plain = fullPreset();
    plain.request.inputText = u"hello"_s;
    plain.request.inputIsPlainString = true;
    QTest::newRow("plain-string input") << plain;
    Preset typing = fullPreset();
    typing.request.inputText = u"{\"a\":"_s;
    typing.request.examples = { { QString(), u"[1,"_s, u"oops"_s } };
    QTest::newRow("texts that are not JSON yet") << typing;
    Preset unknown = fullPreset();
    unknown.unknownKeys = { { u"future"_s, u"{\"z\":1}"_s }, { u"zz_list"_s, u"[1,2]"_s } };
    QTest::newRow("unknown keys") << unknown;
    QTest::newRow("draft") << unsavedDraft();
}

void TestPresetSchema::writtenPresetsMatchTheSchema()
{
    QFETCH(Preset, preset);
    const QJsonDocument document = QJsonDocument::fromJson(serializePreset(preset));
    QVERIFY(document.isObject());
    const SchemaCheck check = validateAgainstSchema(document.object(), m_schema);
    QVERIFY2(check.isValid(), qPrintable(describe(check)));
}

void TestPresetSchema::schemaAndReaderAgree_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<bool>("valid"); // by the schema and by parsePreset alike
    const QByteArray head = R"({"format": "callpad-preset", "version": 1)"_ba;
    QTest::newRow("minimal") << head + "}" << true;
    QTest::newRow("tags as an object") << head + R"(, "tags": {"b": "1", "a": "2"}})" << true;
    QTest::newRow("unknown top-level key") << head + R"(, "from_the_future": [1]})" << true;
    QTest::newRow("null input") << head + R"(, "input": null})" << true;
    QTest::newRow("version 2") << R"({"format": "callpad-preset", "version": 2})"_ba << false;
    QTest::newRow("another format") << R"({"format": "other", "version": 1})"_ba << false;
    QTest::newRow("no version") << R"({"format": "callpad-preset"})"_ba << false;
    QTest::newRow("name is a number") << head + R"(, "name": 1})" << false;
    QTest::newRow("input and input_text") << head + R"(, "input": 1, "input_text": "1"})" << false;
    QTest::newRow("plain flag with JSON input")
            << head + R"(, "input": "x", "input_is_plain_string": true})" << false;
    QTest::newRow("example output twice")
            << head + R"(, "examples": [{"output": 1, "output_text": "1"}]})" << false;
    QTest::newRow("tag value is a number")
            << head + R"(, "tags": [{"key": "a", "value": 1}]})" << false;
    QTest::newRow("stream is text") << head + R"(, "stream": "true"})" << false;
}

void TestPresetSchema::schemaAndReaderAgree()
{
    QFETCH(QByteArray, file);
    QFETCH(bool, valid);
    const SchemaCheck check
            = validateAgainstSchema(QJsonDocument::fromJson(file).object(), m_schema);
    QVERIFY2(check.schemaOk, qPrintable(check.schemaError));
    QVERIFY2(check.isValid() == valid, qPrintable(describe(check)));
    const PresetParse parse = parsePreset(file);
    QVERIFY2(parse.ok() == valid, qPrintable(parse.error));
}

void TestPresetSchema::documentedExampleIsExact()
{
    // docs/preset-format.md opens with a complete file: it must be exactly what Callpad writes.
    QFile doc(QStringLiteral(CALLPAD_PRESET_DOC));
    QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
    const QByteArray text = doc.readAll();
    const qsizetype start = text.indexOf("```json\n") + 8;
    const QByteArray example = text.mid(start, text.indexOf("```", start) - start);
    QVERIFY(start > 8 && !example.isEmpty());
    const PresetParse parse = parsePreset(example, u"preset-format.md"_s);
    QVERIFY2(parse.ok(), qPrintable(parse.error));
    QCOMPARE(serializePreset(parse.preset), example);
    QCOMPARE(parse.preset.unknownKeys.keys(), QStringList { u"x_review"_s });
    const SchemaCheck check
            = validateAgainstSchema(QJsonDocument::fromJson(example).object(), m_schema);
    QVERIFY2(check.isValid(), qPrintable(describe(check)));
}

void TestPresetSchema::schemaFlagsCredentials_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("api_key") << u"api_key"_s;
    QTest::newRow("OPPER_API_KEY") << u"OPPER_API_KEY"_s;
    QTest::newRow("token") << u"token"_s;
    QTest::newRow("Authorization") << u"Authorization"_s;
}

void TestPresetSchema::schemaFlagsCredentials()
{
    // The reader drops such keys and goes on; an editor using the schema flags them.
    QFETCH(QString, key);
    QJsonObject file { { u"format"_s, u"callpad-preset"_s },
                       { u"version"_s, 1 },
                       { key, u"sk-123"_s } };
    QVERIFY(!validateAgainstSchema(file, m_schema).isValid());
    file.remove(key);
    file.insert(u"max_tokens"_s, 5);
    QVERIFY(validateAgainstSchema(file, m_schema).isValid());
}

QTEST_GUILESS_MAIN(TestPresetSchema)
#include "tst_presetschema.moc"
