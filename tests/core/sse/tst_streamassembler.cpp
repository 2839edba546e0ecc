#include "core/sse/SseParser.h"
#include "core/sse/StreamAssembler.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using callpad::ErrorKind;
using callpad::SseEvent;
using callpad::SseParser;
using callpad::StreamAssembler;

Q_DECLARE_METATYPE(callpad::ErrorKind)
Q_DECLARE_METATYPE(callpad::StreamAssembler::State)

namespace {

SseEvent chunk(const QByteArray &data)
{
    return SseEvent { {}, "message"_ba, data, std::nullopt };
}

StreamAssembler assemble(const QList<QByteArray> &chunks)
{
    StreamAssembler assembler;
    for (const QByteArray &data : chunks) {
        assembler.consume(chunk(data));
    }
    return assembler;
}

QJsonValue json(const QByteArray &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]");
    return doc.array().first();
}

} // namespace

class TestStreamAssembler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data();
    void text();
    void structured_data();
    void structured();
    void firstSeenKeyOrder();
    void spanId_data();
    void spanId();
    void errorChunk();
    void doneSentinel();
    void invalidData_data();
    void invalidData();
    void cutMidEvent_data();
    void cutMidEvent();
    void toResponseObject_data();
    void toResponseObject();
    void hostileChunks();
};

void TestStreamAssembler::text_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QString>("expected");

    QTest::newRow("text chunks") << QList<QByteArray> {
        R"({"delta": "Hello", "chunk_type": "text"})",
        R"({"delta": " world", "chunk_type": "text"})"
    } << u"Hello world"_s;
    QTest::newRow("chunk_type absent")
            << QList<QByteArray> { R"({"delta": "a "})", R"({"delta": "b"})" } << u"a b"_s;
    QTest::newRow("verbatim: whitespace and newlines kept")
            << QList<QByteArray> { R"({"delta": "  line\n"})", R"({"delta": "\ttab "})" }
            << u"  line\n\ttab "_s;
    QTest::newRow("scalar deltas")
            << QList<QByteArray> { R"({"delta": 42})", R"({"delta": true})", R"({"delta": 1.5})",
                                   R"({"delta": null})" }
            << u"42true1.5"_s;
    QTest::newRow("span-only chunks add nothing")
            << QList<QByteArray> { R"({"span_id": "s"})", R"({"delta": "x", "chunk_type": "text"})",
                                   R"({"delta": "", "span_id": "s", "chunk_type": "text"})" }
            << u"x"_s;
}

void TestStreamAssembler::text()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QString, expected);
    StreamAssembler assembler = assemble(chunks);
    assembler.finish(false);
    QCOMPARE(assembler.state(), StreamAssembler::State::Done);
    QCOMPARE(assembler.text(), expected);
    QVERIFY(!assembler.isStructured());
    QCOMPARE(assembler.eventCount(), chunks.size());
}

void TestStreamAssembler::structured_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QByteArray>("expected");

    // Paths are kept as given: Opper's documented "response.name" rebuilds {"response": {...}}.
    QTest::newRow("documented example, response. kept") << QList<QByteArray> {
        R"({"span_id": "s"})",
        R"({"delta": "John", "json_path": "response.name", "chunk_type": "json"})",
        R"({"delta": " Doe", "json_path": "response.name", "chunk_type": "json"})",
        R"({"delta": "Engineer", "json_path": "response.role", "chunk_type": "json"})"
    } << R"({"response": {"name": "John Doe", "role": "Engineer"}})"_ba;
    QTest::newRow("paths relative to the schema root") << QList<QByteArray> {
        R"({"delta": "Tale", "json_path": "title", "chunk_type": "json"})",
        R"({"delta": "Once", "json_path": "content", "chunk_type": "json"})"
    } << R"({"title": "Tale", "content": "Once"})"_ba;
    QTest::newRow("nested objects and arrays")
            << QList<QByteArray> { R"({"delta": "Ann", "json_path": "response.people[0].name"})",
                                   R"({"delta": "4", "json_path": "response.people[0].age"})",
                                   R"({"delta": "2", "json_path": "response.people[0].age"})",
                                   R"({"delta": "Bo", "json_path": "response.people[1].name"})",
                                   R"({"delta": "a", "json_path": "tags[0]"})",
                                   R"({"delta": "c", "json_path": "tags[2]"})",
                                   R"({"delta": "1", "json_path": "grid[1][1]"})" }
            << R"({"response": {"people": [{"name": "Ann", "age": 42}, {"name": "Bo"}]},
                  "tags": ["a", null, "c"], "grid": [null, [null, 1]]})"_ba;
    QTest::newRow("leaf coercion") << QList<QByteArray> {
        R"({"delta": "tr", "json_path": "t"})",
        R"({"delta": "ue", "json_path": "t"})",
        R"({"delta": "false", "json_path": "f"})",
        R"({"delta": "null", "json_path": "n"})",
        R"({"delta": "-1.5e3", "json_path": "x"})",
        R"({"delta": " 12 ", "json_path": "i"})",
        R"({"delta": "007", "json_path": "zip"})",
        R"({"delta": "True", "json_path": "caps"})",
        R"({"delta": "12345678901234567890", "json_path": "big"})",
        R"({"delta": "hello", "json_path": "s"})",
        R"({"delta": "", "json_path": "e"})"
    } << R"({"t": true, "f": false, "n": null, "x": -1500, "i": 12, "zip": "007", "caps": "True",
                  "big": "12345678901234567890", "s": "hello", "e": ""})"_ba;
    QTest::newRow("scalar deltas") << QList<QByteArray> {
        R"({"delta": 3, "json_path": "count"})",      R"({"delta": true, "json_path": "ok"})",
        R"({"delta": "1", "json_path": "last"})",     R"({"delta": 2, "json_path": "last"})",
        R"({"delta": null, "json_path": "nothing"})", R"({"delta": "kept", "json_path": "s"})",
        R"({"delta": null, "json_path": "s"})"
    } << R"({"count": 3, "ok": true, "last": 2, "nothing": null, "s": "kept"})"_ba;
    QTest::newRow("root bucket with JSON text") << QList<QByteArray> {
        R"({"delta": "{\"a\":", "chunk_type": "json"})",
        R"({"delta": " [1, 2]}", "chunk_type": "json", "json_path": null})"
    } << R"({"a": [1, 2]})"_ba;
    QTest::newRow("root bucket scalar")
            << QList<QByteArray> { R"({"delta": "4", "chunk_type": "json"})",
                                   R"({"delta": "2", "chunk_type": "json"})" }
            << "42"_ba;
    QTest::newRow("root bucket plain text")
            << QList<QByteArray> { R"({"delta": "just ", "chunk_type": "json"})",
                                   R"({"delta": "words", "chunk_type": "json"})" }
            << R"("just words")"_ba;
    QTest::newRow("root bucket ignored once paths exist")
            << QList<QByteArray> { R"({"delta": "noise", "chunk_type": "json"})",
                                   R"({"delta": "v", "json_path": "k", "chunk_type": "json"})" }
            << R"({"k": "v"})"_ba;
    QTest::newRow("root array") << QList<QByteArray> { R"({"delta": "1", "json_path": "[0].x"})",
                                                       R"({"delta": "2", "json_path": "[1].x"})" }
                                << R"([{"x": 1}, {"x": 2}])"_ba;
    QTest::newRow("later path wins a container conflict")
            << QList<QByteArray> { R"({"delta": "x", "json_path": "a.b"})",
                                   R"({"delta": "y", "json_path": "a[0]"})" }
            << R"({"a": ["y"]})"_ba;
    QTest::newRow("huge index becomes a key")
            << QList<QByteArray> { R"({"delta": "v", "json_path": "items[99999999]"})" }
            << R"({"items": {"99999999": "v"}})"_ba;
    QTest::newRow("no delta at all")
            << QList<QByteArray> { R"({"span_id": "s", "chunk_type": "json"})" } << "null"_ba;
}

void TestStreamAssembler::structured()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QByteArray, expected);
    const StreamAssembler assembler = assemble(chunks);
    QCOMPARE(assembler.state(), StreamAssembler::State::Running);
    QVERIFY(assembler.isStructured());
    QVERIFY(assembler.text().isEmpty());
    const QJsonValue wanted = json(expected);
    QVERIFY2(!wanted.isUndefined(), "the expected JSON of the row is valid");
    QCOMPARE(assembler.jsonPayload(), wanted);
    // The ordered text is the same value.
    QCOMPARE(json(assembler.jsonPayloadText()), wanted);
}

void TestStreamAssembler::firstSeenKeyOrder()
{
    const StreamAssembler assembler = assemble({ R"({"delta": "1", "json_path": "zeta"})",
                                                 R"({"delta": "2", "json_path": "alpha"})",
                                                 R"({"delta": "3", "json_path": "mid.b"})",
                                                 R"({"delta": "4", "json_path": "mid.a"})" });
    const QByteArray text = assembler.jsonPayloadText();
    QVERIFY(text.indexOf("\"zeta\"") < text.indexOf("\"alpha\""));
    QVERIFY(text.indexOf("\"alpha\"") < text.indexOf("\"mid\""));
    QVERIFY(text.indexOf("\"b\"") < text.indexOf("\"a\""));
    QCOMPARE(json(text), assembler.jsonPayload());
}

void TestStreamAssembler::spanId_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("changedAt"); // index of the chunk that reported spanIdChanged

    QTest::newRow("first chunk") << QList<QByteArray> { R"({"span_id": "first"})",
                                                        R"({"delta": "x"})" }
                                 << u"first"_s << 0;
    QTest::newRow("last chunk, after empty and null ones")
            << QList<QByteArray> { R"({"span_id": ""})", R"({"delta": "x", "span_id": null})",
                                   R"({"delta": "", "span_id": "last", "chunk_type": "text"})" }
            << u"last"_s << 2;
    QTest::newRow("first non-empty wins")
            << QList<QByteArray> { R"({"delta": "x", "span_id": "one"})", R"({"span_id": "two"})" }
            << u"one"_s << 0;
    QTest::newRow("none") << QList<QByteArray> { R"({"delta": "x"})" } << QString() << -1;
}

void TestStreamAssembler::spanId()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QString, expected);
    QFETCH(int, changedAt);
    StreamAssembler assembler;
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        const StreamAssembler::Update update = assembler.consume(chunk(chunks.at(i)));
        QCOMPARE(update.spanIdChanged, i == changedAt);
    }
    QCOMPARE(assembler.spanId(), expected);
}

void TestStreamAssembler::errorChunk()
{
    StreamAssembler assembler = assemble(
            { R"({"span_id": "s"})", R"({"delta": "par", "chunk_type": "text"})",
              R"({"chunk_type": "error", "error_type": "GuardrailError", "error_message": "Output blocked"})",
              R"({"delta": "ignored", "chunk_type": "text"})" });
    QCOMPARE(assembler.state(), StreamAssembler::State::Failed);
    QCOMPARE(assembler.error().kind, ErrorKind::StreamError);
    QCOMPARE(assembler.error().type, u"GuardrailError"_s);
    QCOMPARE(assembler.error().message, u"Output blocked"_s);
    QCOMPARE(assembler.text(), u"par"_s);
    QCOMPARE(assembler.eventCount(), 3);
    assembler.finish(true);
    QCOMPARE(assembler.error().kind, ErrorKind::StreamError);

    const StreamAssembler bare = assemble({ R"({"chunk_type": "error"})" });
    QCOMPARE(bare.error().kind, ErrorKind::StreamError);
    QVERIFY(!bare.error().message.isEmpty());
}

void TestStreamAssembler::doneSentinel()
{
    StreamAssembler assembler
            = assemble({ R"({"delta": "a"})", "", "[DONE]", R"({"delta": "b"})" });
    QCOMPARE(assembler.state(), StreamAssembler::State::Done);
    QCOMPARE(assembler.text(), u"a"_s);
    QCOMPARE(assembler.eventCount(), 3);
    assembler.finish(true); // Done already: a later cut changes nothing
    QCOMPARE(assembler.state(), StreamAssembler::State::Done);
    QVERIFY(!assembler.error().isError());
}

void TestStreamAssembler::invalidData_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<ErrorKind>("kind");

    QTest::newRow("truncated JSON") << R"({"delta": )"_ba << ErrorKind::InvalidJson;
    QTest::newRow("not JSON at all") << "Hello"_ba << ErrorKind::InvalidJson;
    QTest::newRow("JSON array") << R"(["delta"])"_ba << ErrorKind::InvalidResponse;
    QTest::newRow("JSON scalar") << "42"_ba << ErrorKind::InvalidResponse;
}

void TestStreamAssembler::invalidData()
{
    QFETCH(QByteArray, data);
    QFETCH(ErrorKind, kind);
    StreamAssembler assembler
            = assemble({ R"({"span_id": "s"})", R"({"delta": "a"})", data, R"({"delta": "b"})" });
    QCOMPARE(assembler.state(), StreamAssembler::State::Failed);
    QCOMPARE(assembler.error().kind, kind);
    QVERIFY2(assembler.error().message.contains(u"3"_s), qPrintable(assembler.error().message));
    QCOMPARE(assembler.error().field, u"events[3].data"_s);
    QCOMPARE(assembler.text(), u"a"_s);
}

void TestStreamAssembler::cutMidEvent_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<StreamAssembler::State>("state");

    QTest::newRow("clean end") << "data: {\"delta\": \"Hi\"}\n\n: bye\n"_ba
                               << StreamAssembler::State::Done;
    QTest::newRow("cut inside a data line")
            << "data: {\"delta\": \"Hi\"}\n\ndata: {\"delta\": \" th"_ba
            << StreamAssembler::State::Failed;
    QTest::newRow("cut before the blank line")
            << "data: {\"delta\": \"Hi\"}\n\ndata: {\"delta\": \"!\"}\n"_ba
            << StreamAssembler::State::Failed;
}

void TestStreamAssembler::cutMidEvent()
{
    QFETCH(QByteArray, stream);
    QFETCH(StreamAssembler::State, state);
    SseParser parser;
    StreamAssembler assembler;
    for (const SseEvent &event : parser.feed(stream)) {
        assembler.consume(event);
    }
    assembler.finish(parser.hasPartialEvent());
    QCOMPARE(assembler.state(), state);
    QCOMPARE(assembler.text(), u"Hi"_s);
    QCOMPARE(assembler.error().kind,
             state == StreamAssembler::State::Failed ? ErrorKind::StreamIncomplete
                                                     : ErrorKind::None);
}

void TestStreamAssembler::toResponseObject_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("text") << QList<QByteArray> { R"({"span_id": "s1"})",
                                                 R"({"delta": "Hi", "chunk_type": "text"})" }
                          << R"({"span_id": "s1", "message": "Hi", "cached": false})"_ba;
    QTest::newRow("structured") << QList<QByteArray> {
        R"({"delta": "3", "json_path": "sum", "span_id": "s2"})"
    } << R"({"span_id": "s2", "json_payload": {"sum": 3}, "cached": false})"_ba;
    QTest::newRow("no span id") << QList<QByteArray> { R"({"delta": "x"})" }
                                << R"({"message": "x", "cached": false})"_ba;
    QTest::newRow("empty text stream")
            << QList<QByteArray> {} << R"({"message": "", "cached": false})"_ba;
}

void TestStreamAssembler::toResponseObject()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QByteArray, expected);
    StreamAssembler assembler = assemble(chunks);
    assembler.finish(false);
    const QJsonObject response = assembler.toResponseObject();
    QCOMPARE(response, QJsonDocument::fromJson(expected).object());
    QVERIFY(!response.contains(u"usage"_s));
    QVERIFY(!response.contains(u"cost"_s));
}

void TestStreamAssembler::hostileChunks()
{
    QByteArray deepPath = "a";
    for (int i = 0; i < 5000; ++i) {
        deepPath += ".a";
    }
    const StreamAssembler assembler
            = assemble({ R"({"delta": "v", "json_path": ")" + deepPath + R"("})",
                         R"({"delta": "w", "json_path": 7, "chunk_type": 3, "span_id": {}})",
                         R"({"delta": {"nested": [1]}, "json_path": "obj"})",
                         R"({"delta": "x", "json_path": "[", "chunk_type": "json"})",
                         R"({"delta": "y", "json_path": "..", "chunk_type": "json"})" });
    QCOMPARE(assembler.state(), StreamAssembler::State::Running);
    QCOMPARE(assembler.text(), u"w"_s); // a non-string json_path counts as absent
    QVERIFY(assembler.spanId().isEmpty());
    const QJsonObject payload = assembler.jsonPayload().toObject();
    QVERIFY(!payload.contains(u"a"_s)); // too deep: refused, not a stack overflow
    QCOMPARE(payload.value(u"obj"_s), json(R"({"nested": [1]})"));
    QCOMPARE(payload.value(u"["_s), QJsonValue(u"x"_s));
    QCOMPARE(json(assembler.jsonPayloadText()), assembler.jsonPayload());
}

QTEST_GUILESS_MAIN(TestStreamAssembler)
#include "tst_streamassembler.moc"
