#include "core/sse/SseParser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using callpad::SseEvent;
using callpad::SseParser;

using Events = QList<SseEvent>;
Q_DECLARE_METATYPE(SseEvent)

namespace callpad {
// Readable QCOMPARE failures.
char *toString(const SseEvent &event)
{
    const QByteArray text = "{id=" + event.id + " event=" + event.event
            + " data=" + event.data.toPercentEncoding(" {}\":,[]")
            + " retry=" + (event.retryMs ? QByteArray::number(*event.retryMs) : "none"_ba) + '}';
    return qstrdup(text.constData());
}
} // namespace callpad

namespace {

SseEvent ev(const QByteArray &data, const QByteArray &id = {}, const QByteArray &type = {},
            std::optional<int> retry = std::nullopt)
{
    return SseEvent { id, type, data, retry };
}

Events feedWhole(const QByteArray &stream, bool *partial = nullptr)
{
    SseParser parser;
    Events events = parser.feed(stream);
    if (partial) {
        *partial = parser.hasPartialEvent();
    }
    return events;
}

} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void splitAtEveryBoundary_data();
    void splitAtEveryBoundary();
    void crAtChunkEndAndLfAtNextStartAreOneLineEnd();
    void partialEvent_data();
    void partialEvent();
    void reset();
};

void TestSseParser::parse_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<Events>("expected");

    QTest::newRow("LF line ends") << "data: hello\n\n"_ba << Events { ev("hello") };
    QTest::newRow("CRLF line ends") << "data: hello\r\n\r\n"_ba << Events { ev("hello") };
    QTest::newRow("CR line ends") << "data: hello\r\r"_ba << Events { ev("hello") };
    QTest::newRow("mixed line ends")
            << "data: a\r\ndata: b\n\rdata: c\r\r"_ba << Events { ev("a\nb"), ev("c") };
    QTest::newRow("comments ignored")
            << ": ping\n\n:\ndata: x\n: in the middle\n\n"_ba << Events { ev("x") };
    QTest::newRow("multi-line data joined with LF")
            << "data: a\ndata: b\ndata:\n\n"_ba << Events { ev("a\nb\n") };
    QTest::newRow("id, event and retry") << "id: 7\nevent: message\nretry: 1500\ndata: {}\n\n"_ba
                                         << Events { ev("{}", "7", "message", 1500) };
    QTest::newRow("id and retry persist, event type does not")
            << "id: 1\nretry: 10\nevent: a\ndata: x\n\ndata: y\n\n"_ba
            << Events { ev("x", "1", "a", 10), ev("y", "1", {}, 10) };
    QTest::newRow("no space after colon")
            << "data:x\nevent:e\n\n"_ba << Events { ev("x", {}, "e") };
    QTest::newRow("only one leading space stripped")
            << "data:  two\n\n"_ba << Events { ev(" two") };
    QTest::newRow("colon inside value kept")
            << "data: {\"a\": 1}\n\n"_ba << Events { ev("{\"a\": 1}") };
    QTest::newRow("leading BOM skipped") << "\xEF\xBB\xBF"
                                            "data: x\n\n"_ba
                                         << Events { ev("x") };
    QTest::newRow("BOM later in the stream is not skipped") << "data: x\n\n\xEF\xBB\xBF"
                                                               "data: y\n\n"_ba
                                                            << Events { ev("x") };
    QTest::newRow("event without data is not dispatched, its id and retry are kept")
            << "event: ping\n\nid: 9\nretry: 300\n\ndata: z\n\n"_ba
            << Events { ev("z", "9", {}, 300) };
    QTest::newRow("line without colon is a field with empty value")
            << "data\ndata\n\n"_ba << Events { ev("\n") };
    QTest::newRow("data field with empty value dispatches empty data (WHATWG)")
            << "data\n\n"_ba << Events { ev("") };
    QTest::newRow("retry must be all digits")
            << "retry: 1.5\ndata: a\n\nretry: 20x\ndata: b\n\nretry: \ndata: c\n\n"_ba
            << Events { ev("a"), ev("b"), ev("c") };
    QTest::newRow("retry beyond int ignored")
            << "retry: 99999999999\ndata: a\n\n"_ba << Events { ev("a") };
    QTest::newRow("unknown field ignored")
            << "foo: bar\ndata : x\ndata: a\n\n"_ba << Events { ev("a") };
    QTest::newRow("id containing NUL ignored") << "id: 1\ndata: a\n\nid: x\0y\ndata: b\n\n"_ba
                                               << Events { ev("a", "1"), ev("b", "1") };
    QTest::newRow("empty id resets the last event id")
            << "id: 1\ndata: a\n\nid\ndata: b\n\n"_ba << Events { ev("a", "1"), ev("b") };
    QTest::newRow("no blank line at the end: not dispatched")
            << "data: a\n\ndata: b\n"_ba << Events { ev("a") };
    QTest::newRow("bytes kept as received")
            << "data: caf\xC3\xA9 \xFF\n\n"_ba << Events { ev("caf\xC3\xA9 \xFF") };
}

void TestSseParser::parse()
{
    QFETCH(QByteArray, stream);
    QFETCH(Events, expected);
    QCOMPARE(feedWhole(stream), expected);
}

void TestSseParser::splitAtEveryBoundary_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<int>("eventCount");
    QTest::addColumn<bool>("partialAtEnd");

    QTest::newRow("Opper text stream, LF")
            << "event: message\ndata: {\"span_id\": \"123e4567-e89b-12d3-a456-426614174000\"}\n\n"
               "event: message\ndata: {\"delta\": \"Hello\", \"chunk_type\": \"text\"}\n\n"
               ": keep-alive\n\n"
               "data: {\"delta\": \" w\xC3\xB6rld\", \"chunk_type\": \"text\"}\n\n"_ba
            << 3 << false;
    QTest::newRow("structured stream, CRLF, multi-line data, id and retry")
            << "id: 1\r\nretry: 1000\r\ndata: {\"delta\":\r\n"
               "data: \"John\", \"json_path\": \"response.name\", \"chunk_type\": \"json\"}\r\n\r\n"
               "id: 2\r\ndata: {\"delta\": \" Doe\", \"json_path\": \"response.name\"}\r\n\r\n"
               "data: [DONE]\r\n\r\n"_ba
            << 3 << false;
    QTest::newRow("CR only, with BOM") << "\xEF\xBB\xBF"
                                          "data: a\rdata: b\r\r:c\r\rdata:c\r\r"_ba
                                       << 2 << false;
    QTest::newRow("mixed line ends, cut mid-event")
            << "data: x\r\n\ndata: y\r\r\ndata: z\n\r\nevent: e\ndata: partial"_ba << 3 << true;
}

void TestSseParser::splitAtEveryBoundary()
{
    QFETCH(QByteArray, stream);
    QFETCH(int, eventCount);
    QFETCH(bool, partialAtEnd);

    bool partial = false;
    const Events reference = feedWhole(stream, &partial);
    QCOMPARE(reference.size(), eventCount);
    QCOMPARE(partial, partialAtEnd);

    for (qsizetype i = 0; i <= stream.size(); ++i) {
        for (qsizetype j = i; j <= stream.size(); ++j) {
            SseParser parser;
            Events events = parser.feed(QByteArrayView(stream).first(i));
            events += parser.feed(QByteArrayView(stream).sliced(i, j - i));
            events += parser.feed(QByteArrayView(stream).sliced(j));
            if (events != reference || parser.hasPartialEvent() != partialAtEnd) {
                QFAIL(qPrintable(u"Split at %1 and %2 gives different events"_s.arg(i).arg(j)));
            }
        }
    }

    SseParser byteByByte;
    Events events;
    for (const char c : std::as_const(stream)) {
        events += byteByByte.feed(QByteArrayView(&c, 1));
        events += byteByByte.feed(QByteArrayView()); // empty chunks change nothing
    }
    QCOMPARE(events, reference);
    QCOMPARE(byteByByte.hasPartialEvent(), partialAtEnd);
}

void TestSseParser::crAtChunkEndAndLfAtNextStartAreOneLineEnd()
{
    SseParser parser;
    Events events = parser.feed("data: a\r");
    events += parser.feed("\ndata: b\r\n\r\n");
    // Were the LF a second line end, the blank line would have dispatched "a" alone.
    QCOMPARE(events, Events { ev("a\nb") });
}

void TestSseParser::partialEvent_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<bool>("partial");

    QTest::newRow("nothing") << QByteArray() << false;
    QTest::newRow("unfinished data line") << R"(data: {"delta": "Hel)"_ba << true;
    QTest::newRow("data line without blank line") << "data: a\n"_ba << true;
    QTest::newRow("id line without blank line") << "id: 3\n"_ba << true;
    QTest::newRow("complete event") << "data: a\n\n"_ba << false;
    QTest::newRow("complete event ended by CR") << "data: a\n\r"_ba << false;
    QTest::newRow("event without data, complete") << "event: x\n\n"_ba << false;
    QTest::newRow("unfinished comment") << "data: a\n\n: keep-al"_ba << false;
    QTest::newRow("finished comment") << ": keep-alive\n"_ba << false;
    QTest::newRow("half a BOM") << "\xEF\xBB"_ba << true;
}

void TestSseParser::partialEvent()
{
    QFETCH(QByteArray, stream);
    QFETCH(bool, partial);
    bool actual = !partial;
    feedWhole(stream, &actual);
    QCOMPARE(actual, partial);
}

void TestSseParser::reset()
{
    SseParser parser;
    QCOMPARE(parser.feed("id: 5\nretry: 7\ndata: a\n\ndata: cut"), Events { ev("a", "5", {}, 7) });
    QVERIFY(parser.hasPartialEvent());

    parser.reset();
    QVERIFY(!parser.hasPartialEvent());
    QVERIFY(parser.lastEventId().isEmpty());
    QVERIFY(!parser.retryMs().has_value());
    // A new stream: its BOM is skipped again, and nothing of the cut event leaks in.
    QCOMPARE(parser.feed("\xEF\xBB\xBF"
                         "data: b\n\n"),
             Events { ev("b") });
}

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
