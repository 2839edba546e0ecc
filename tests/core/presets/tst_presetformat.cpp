#include "PresetSamples.h"
#include "core/presets/PresetFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace callpad;
using namespace callpad::samples;

Q_DECLARE_METATYPE(callpad::Preset)
Q_DECLARE_METATYPE(callpad::PresetParse::Problem)

namespace {

QJsonObject fileObject(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

// The top-level keys in the order the file lists them.
QStringList topLevelKeys(const QByteArray &bytes)
{
    static const QRegularExpression key(u"^  \"([^\"]+)\":"_s, QRegularExpression::MultilineOption);
    QStringList keys;
    for (auto it = key.globalMatch(QString::fromUtf8(bytes)); it.hasNext();) {
        keys << it.next().captured(1);
    }
    return keys;
}

// The URL is put in afterwards: moc reads "//" inside a multi-line raw string as a comment.
const QByteArray kFullPresetFile = QByteArray(R"({
  "format": "callpad-preset",
  "version": 1,
  "name": "Summarize support ticket",
  "description": "Short summary in English, for the triage board.",
  "base_url": "BASE_URL",
  "function": {
    "id": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
    "name": "support/summarize"
  },
  "revision": {
    "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
    "label": "v3, 2024-05-01"
  },
  "stream": true,
  "input": {
    "ticket": "Printer on fire",
    "priority": 2
  },
  "examples": [
    {
      "comment": "Short ticket",
      "input": {
        "ticket": "Login fails"
      },
      "output": "User cannot log in."
    },
    {
      "input": [
        1,
        2
      ],
      "output": null
    }
  ],
  "send_examples": false,
  "tags": [
    {
      "key": "team",
      "value": "support"
    },
    {
      "key": "env",
      "value": "staging"
    },
    {
      "key": "app",
      "value": "callpad"
    }
  ],
  "parent_span_id": "7d444840-9dc0-11d1-b245-5ffdce74fad2"
}
)")
                                           .replace("BASE_URL",
                                                    "https:"
                                                    "//api.opper.ai/v2");

} // namespace

class TestPresetFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void writesTheDocumentedLayout();
    void validJsonIsStoredAsJson();
    void textIsStoredWhenNotJson_data();
    void textIsStoredWhenNotJson();
    void unknownKeysArePreserved();
    void handWrittenFiles_data();
    void handWrittenFiles();
    void badFilesGiveNamedErrors_data();
    void badFilesGiveNamedErrors();
};

void TestPresetFormat::roundTrip_data()
{
    QTest::addColumn<Preset>("preset");
    const Preset full = fullPreset();
    QTest::newRow("empty preset") << Preset();
    QTest::newRow("every field") << full;
    auto with = [&full](auto change) {
        Preset preset = full;
        change(preset);
        return preset;
    };
    QTest::newRow("plain-string input") << with([](Preset &p) {
        p.request.inputText = u"Line one\n\"quoted\"\ttab \\ backslash"_s;
        p.request.inputIsPlainString = true;
    });
    QTest::newRow("plain string that is valid JSON") << with([](Preset &p) {
        p.request.inputText = u"{\"a\": 1}"_s;
        p.request.inputIsPlainString = true;
    });
    QTest::newRow("half-typed input that is not JSON")
            << with([](Preset &p) { p.request.inputText = u"{\"ticket\": \"Printer on"_s; });
    QTest::newRow("whitespace-only input")
            << with([](Preset &p) { p.request.inputText = u"  \n "_s; });
    QTest::newRow("JSON string input")
            << with([](Preset &p) { p.request.inputText = u"\"hi\""_s; });
    QTest::newRow("null input") << with([](Preset &p) { p.request.inputText = u"null"_s; });
    QTest::newRow("numbers kept as written") << with([](Preset &p) {
        p.request.inputText = u"[\n    12345678901234567890,\n    1.50,\n    -0.0,\n    1e3\n]"_s;
    });
    QTest::newRow("examples with invalid text") << with([](Preset &p) {
        p.request.examples = { { u"typing"_s, u"{\"a\": "_s, u"not json"_s },
                               { QString(), QString(), u"{\n    \"ok\": true\n}"_s } };
        p.request.sendExamples = true;
    });
    QTest::newRow("tag order and duplicate keys kept") << with([](Preset &p) {
        p.request.tags = { { u"z"_s, u"1"_s },
                           { u"a"_s, u"2"_s },
                           { u"z"_s, u""_s },
                           { QString(), u"no key yet"_s } };
    });
    QTest::newRow("unicode everywhere") << with([](Preset &p) {
        p.name = u"Résumé 日本語 \U0001F680 שלום"_s;
        p.description = u"e\u0301 combining, \u200b zero width, \u2028 separator"_s;
        p.functionName = u"функция"_s;
        p.request.inputText = u"{\n    \"emoji\": \"\U0001F600\",\n    \"ключ\": \"值\"\n}"_s;
        p.request.tags = { { u"språk"_s, u"日本"_s } };
    });
    QTest::newRow("control characters and a lone surrogate") << with([](Preset &p) {
        p.description = u"bell \u0007, nul "_s + QChar(u'\0') + u", lone "_s + QChar(0xD800);
        p.request.inputText = u"x\u0001y"_s;
        p.request.inputIsPlainString = true;
    });
    QTest::newRow("ids as typed, not checked")
            << with([](Preset &p) { p.request.functionId = u"  not-a-uuid "_s; });
    QTest::newRow("unknown keys") << with([](Preset &p) {
        p.unknownKeys = { { u"future_field"_s, u"{\"b\":1,\"a\":[true,null]}"_s },
                          { u"a_number"_s, u"12345678901234567890"_s } };
    });
}

void TestPresetFormat::roundTrip()
{
    QFETCH(Preset, preset);
    const QByteArray bytes = serializePreset(preset);
    const PresetParse parse = parsePreset(bytes, u"round.json"_s);
    QVERIFY2(parse.ok(), qPrintable(parse.error));
    QCOMPARE(parse.preset, preset);
    QVERIFY(parse.droppedSecretKeys.isEmpty());
    QCOMPARE(parse.version, 1);
    // Stable: the same preset always gives the same bytes, and a re-save changes nothing.
    QCOMPARE(serializePreset(preset), bytes);
    QCOMPARE(serializePreset(parse.preset), bytes);
    QVERIFY(bytes.endsWith("}\n"));
    QVERIFY(!QJsonDocument::fromJson(bytes).isNull());
}

void TestPresetFormat::writesTheDocumentedLayout()
{
    Preset preset = fullPreset();
    QCOMPARE(serializePreset(preset), kFullPresetFile);

    preset.request.inputText = u"oops"_s;
    preset.unknownKeys = { { u"zz"_s, u"1"_s }, { u"aa"_s, u"2"_s } };
    const QStringList expected { u"format"_s,     u"version"_s,
                                 u"name"_s,       u"description"_s,
                                 u"base_url"_s,   u"function"_s,
                                 u"revision"_s,   u"stream"_s,
                                 u"input_text"_s, u"input_is_plain_string"_s,
                                 u"examples"_s,   u"send_examples"_s,
                                 u"tags"_s,       u"parent_span_id"_s,
                                 u"aa"_s,         u"zz"_s };
    QCOMPARE(topLevelKeys(serializePreset(preset)), expected);
}

void TestPresetFormat::validJsonIsStoredAsJson()
{
    Preset preset;
    preset.request.inputText = u"{\"b\":1,\"a\":[true,null,12345678901234567890]}"_s;
    preset.request.examples = { { QString(), u"{\"q\":\"x\"}"_s, u"42"_s } };
    const QByteArray bytes = serializePreset(preset);
    const QJsonObject file = fileObject(bytes);
    QVERIFY(file.value(u"input").isObject());
    QVERIFY(!file.contains(u"input_text"));
    QVERIFY(!file.contains(u"input_is_plain_string"));
    QVERIFY(file.value(u"examples")[0][u"input"_s].isObject());
    QCOMPARE(file.value(u"examples")[0][u"output"_s].toInt(), 42);
    QVERIFY(bytes.indexOf("\"b\"") < bytes.indexOf("\"a\"")); // the typed order, not sorted
    QVERIFY(bytes.contains("12345678901234567890")); // not rounded through a double

    // Read back in the editors' indented form, order and number intact.
    const PresetParse parse = parsePreset(bytes);
    QVERIFY(parse.ok());
    QCOMPARE(parse.preset.request.inputText,
             u"{\n    \"b\": 1,\n    \"a\": [\n        true,\n        null,\n"
             "        12345678901234567890\n    ]\n}"_s);
    QCOMPARE(parse.preset.request.examples.first().inputText, u"{\n    \"q\": \"x\"\n}"_s);
}

void TestPresetFormat::textIsStoredWhenNotJson_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("plain");
    QTest::newRow("half-typed JSON") << u"{\"a\": "_s << false;
    QTest::newRow("plain string") << u"hello"_s << true;
    QTest::newRow("plain string that looks like JSON") << u"[1, 2]"_s << true;
    QTest::newRow("empty") << QString() << false;
}

void TestPresetFormat::textIsStoredWhenNotJson()
{
    QFETCH(QString, text);
    QFETCH(bool, plain);
    Preset preset;
    preset.request.inputText = text;
    preset.request.inputIsPlainString = plain;
    const QJsonObject file = fileObject(serializePreset(preset));
    QVERIFY(!file.contains(u"input"));
    QCOMPARE(file.value(u"input_text").toString(), text);
    QCOMPARE(file.value(u"input_is_plain_string").toBool(!plain), plain);
}

void TestPresetFormat::unknownKeysArePreserved()
{
    const QByteArray file = R"({"zeta": "last", "format": "callpad-preset", "version": 1,
        "name": "n", "x_feature": {"z": 1, "a": [2, {"y": null, "b": 1.50}]},
        "alpha": true})"_ba;
    const PresetParse parse = parsePreset(file);
    QVERIFY2(parse.ok(), qPrintable(parse.error));
    QCOMPARE(parse.preset.unknownKeys.keys(),
             (QStringList { u"alpha"_s, u"x_feature"_s, u"zeta"_s }));
    const QByteArray saved = serializePreset(parse.preset);
    const QStringList keys = topLevelKeys(saved);
    QCOMPARE(keys.mid(keys.indexOf(u"parent_span_id"_s) + 1),
             (QStringList { u"alpha"_s, u"x_feature"_s, u"zeta"_s }));
    QVERIFY(saved.indexOf("\"z\"") < saved.indexOf("\"a\"")); // nested order untouched
    QVERIFY(saved.indexOf("\"y\"") < saved.indexOf("\"b\""));
    QVERIFY(saved.contains("1.50"));
    QCOMPARE(parsePreset(saved).preset, parse.preset);
}

void TestPresetFormat::handWrittenFiles_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<Preset>("expected");
    Preset minimal;
    QTest::newRow("only format and version")
            << R"({"format": "callpad-preset", "version": 1})"_ba << minimal;
    QTest::newRow("nulls mean not given, except for input")
            << R"({"format": "callpad-preset", "version": 1, "name": null, "tags": null,
                  "send_examples": null, "function": null, "input": null})"_ba
            << [] {
                   Preset p;
                   p.request.inputText = u"null"_s;
                   return p;
               }();
    QTest::newRow("tags as an object, in file order")
            << "\xEF\xBB\xBF{\"format\": \"callpad-preset\", \"version\": 1.0,\n"
               "\"tags\": {\"z\": \"1\", \"a\": \"2\"}}"_ba
            << [] {
                   Preset p;
                   p.request.tags = { { u"z"_s, u"1"_s }, { u"a"_s, u"2"_s } };
                   return p;
               }();
    QTest::newRow("plain flag without text")
            << R"({"format": "callpad-preset", "version": 1, "input_is_plain_string": true})"_ba
            << [] {
                   Preset p;
                   p.request.inputIsPlainString = true;
                   return p;
               }();
}

void TestPresetFormat::handWrittenFiles()
{
    QFETCH(QByteArray, file);
    QFETCH(Preset, expected);
    const PresetParse parse = parsePreset(file);
    QVERIFY2(parse.ok(), qPrintable(parse.error));
    QCOMPARE(parse.preset, expected);
}

void TestPresetFormat::badFilesGiveNamedErrors_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<PresetParse::Problem>("problem");
    QTest::addColumn<QString>("field"); // or "line:column" for syntax errors
    QTest::addColumn<QString>("message");
    using P = PresetParse::Problem;
    const QByteArray head = R"({"format": "callpad-preset", "version": 1, )"_ba;
    QTest::newRow("trailing comma")
            << "{\n  \"format\": \"callpad-preset\",\n  \"version\": 1,\n}"_ba << P::Syntax
            << u"3:15"_s << u"Trailing comma"_s;
    QTest::newRow("truncated file") << "{\n  \"format\": \"callpad-pre"_ba << P::Syntax << u"2:13"_s
                                    << u"Unterminated string"_s;
    QTest::newRow("empty file") << QByteArray() << P::Syntax << u"1:1"_s << u"empty"_s;
    QTest::newRow("nested too deeply")
            << QByteArray(600, '[') << P::Syntax << u"1:514"_s << u"Nested too deeply"_s;
    QTest::newRow("not UTF-8") << "{\"name\": \"\xff\xfe\"}"_ba << P::Unreadable << QString()
                               << u"UTF-8"_s;
    QTest::newRow("a JSON array") << "[1, 2]"_ba << P::OtherFormat << u"format"_s
                                  << u"not a Callpad preset"_s;
    QTest::newRow("no format") << R"({"name": "package", "version": "1.0.0"})"_ba << P::OtherFormat
                               << u"format"_s << u"not a Callpad preset"_s;
    QTest::newRow("another format") << R"({"format": "callpad-draft", "version": 1})"_ba
                                    << P::OtherFormat << u"format"_s << u"callpad-preset"_s;
    QTest::newRow("version 2") << R"({"format": "callpad-preset", "version": 2})"_ba
                               << P::NewerVersion << u"version"_s << u"newer Callpad"_s;
    QTest::newRow("newer and cut short: the syntax error first")
            << R"({"format": "callpad-preset", "version": 10, "x": [)"_ba << P::Syntax << u"1:51"_s
            << u"end of text"_s;
    QTest::newRow("version 10, valid") << R"({"format": "callpad-preset", "version": 10})"_ba
                                       << P::NewerVersion << u"version"_s << u"version 10"_s;
    QTest::newRow("version 0") << R"({"format": "callpad-preset", "version": 0})"_ba
                               << P::InvalidField << u"version"_s << u"whole number"_s;
    QTest::newRow("version 1.5") << R"({"format": "callpad-preset", "version": 1.5})"_ba
                                 << P::InvalidField << u"version"_s << u"whole number"_s;
    QTest::newRow("version as text") << R"({"format": "callpad-preset", "version": "1"})"_ba
                                     << P::InvalidField << u"version"_s << u"whole number"_s;
    QTest::newRow("no version") << R"({"format": "callpad-preset"})"_ba << P::InvalidField
                                << u"version"_s << u"whole number"_s;
    QTest::newRow("name is a number")
            << head + R"("name": 5})" << P::InvalidField << u"name"_s << u"must be a string"_s;
    QTest::newRow("function is text") << head + R"("function": "f"})" << P::InvalidField
                                      << u"function"_s << u"must be an object"_s;
    QTest::newRow("function.id is a number")
            << head + R"("function": {"id": 1}})" << P::InvalidField << u"function.id"_s
            << u"must be a string"_s;
    QTest::newRow("stream is text")
            << head + R"("stream": "yes"})" << P::InvalidField << u"stream"_s << u"true or false"_s;
    QTest::newRow("input and input_text") << head + R"("input": 1, "input_text": "1"})"
                                          << P::InvalidField << u"input_text"_s << u"together"_s;
    QTest::newRow("plain flag with JSON input")
            << head + R"("input": 1, "input_is_plain_string": true})" << P::InvalidField
            << u"input_is_plain_string"_s << u"input_text"_s;
    QTest::newRow("examples is an object") << head + R"("examples": {}})" << P::InvalidField
                                           << u"examples"_s << u"must be a list"_s;
    QTest::newRow("examples[1] is a number") << head + R"("examples": [{}, 3]})" << P::InvalidField
                                             << u"examples[1]"_s << u"must be an object"_s;
    QTest::newRow("examples[0].output_text is a number")
            << head + R"("examples": [{"output_text": 3}]})" << P::InvalidField
            << u"examples[0].output_text"_s << u"must be a string"_s;
    QTest::newRow("tags[1].value is a number")
            << head + R"("tags": [{"key": "a", "value": "1"}, {"key": "b", "value": 2}]})"
            << P::InvalidField << u"tags[1].value"_s << u"must be a string"_s;
    QTest::newRow("tags as an object with a number")
            << head + R"("tags": {"a": 1}})" << P::InvalidField << u"tags.a"_s
            << u"must be a string"_s;
    QTest::newRow("tags is text") << head + R"("tags": "a=b"})" << P::InvalidField << u"tags"_s
                                  << u"list"_s;
}

void TestPresetFormat::badFilesGiveNamedErrors()
{
    QFETCH(QByteArray, file);
    QFETCH(PresetParse::Problem, problem);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const PresetParse parse = parsePreset(file, u"presets/broken.json"_s);
    QVERIFY(!parse.ok());
    QCOMPARE(int(parse.problem), int(problem));
    QVERIFY2(parse.error.startsWith(u"presets/broken.json: "_s), qPrintable(parse.error));
    QVERIFY2(parse.error.contains(message, Qt::CaseInsensitive), qPrintable(parse.error));
    if (problem == PresetParse::Problem::Syntax) {
        QCOMPARE(u"%1:%2"_s.arg(parse.line).arg(parse.column), field);
        QVERIFY2(parse.error.contains(u"line %1, column %2"_s.arg(parse.line).arg(parse.column)),
                 qPrintable(parse.error));
    } else {
        QCOMPARE(parse.field, field);
        if (!field.isEmpty() && problem == PresetParse::Problem::InvalidField) {
            QVERIFY2(parse.error.contains(u'"' + field + u'"'), qPrintable(parse.error));
        }
    }
    QCOMPARE(parse.preset, Preset());
}

QTEST_GUILESS_MAIN(TestPresetFormat)
#include "tst_presetformat.moc"
