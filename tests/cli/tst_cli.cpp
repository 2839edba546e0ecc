#include "CliTestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace callpad;
using namespace callpad::test;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help();
    void noKeySendsNothing();
    void invalidInput_data();
    void invalidInput();
    void everyDemoFunction_data();
    void everyDemoFunction();
    void callJson();
    void callText();
    void structuredText();
    void streamText();
    void streamStructured();
    void examplesAndTags();
    void inputFromStdin();
    void saveImages();
    void errors_data();
    void errors();
    void connectionRefused();
    void functions();
    void revisions();
};

void TestCli::help()
{
    DemoFixture demo;
    const ProcessOutput result = cli(demo, { u"--help"_s });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("Exit codes"));
    QVERIFY(result.out.contains("--save-images"));
    QVERIFY(result.out.contains("OPPER_API_KEY"));
}

void TestCli::noKeySendsNothing()
{
    DemoFixture demo;
    const ProcessOutput result = cli(demo, textCall(), QString());
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("OPPER_API_KEY"));
    QVERIFY(demo.server().requests().isEmpty());
}

void TestCli::invalidInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    const QString f(DemoIds::markdownWriter);
    const QString r(DemoIds::markdownWriterLatest);
    QTest::newRow("unknown command") << QStringList { u"dance"_s } << "Unknown command"_ba;
    QTest::newRow("unknown option") << QStringList { u"call"_s, u"--wat"_s } << "wat"_ba;
    QTest::newRow("missing revision")
            << QStringList { u"call"_s, u"--function"_s, f } << "--revision"_ba;
    QTest::newRow("function not a UUID")
            << QStringList { u"call"_s, u"--function"_s, u"abc"_s, u"--revision"_s, r }
            << "function_id"_ba;
    QTest::newRow("input not JSON, with position")
            << QStringList { u"call"_s,    u"--function"_s,      f, u"--revision"_s, r,
                             u"--input"_s, u"{\"topic\": tea}"_s }
            << "line 1, column"_ba;
    QTest::newRow("tag without =")
            << QStringList { u"call"_s, u"--function"_s, f, u"--revision"_s, r, u"--tag"_s, u"x"_s }
            << "KEY=VALUE"_ba;
    QTest::newRow("empty tag key") << QStringList {
        u"call"_s, u"--function"_s, f, u"--revision"_s, r, u"--tag"_s, u"=v"_s
    } << "tags[0].key"_ba;
    QTest::newRow("parent span not a UUID")
            << QStringList { u"call"_s, u"--function"_s,    f,        u"--revision"_s,
                             r,         u"--parent-span"_s, u"nope"_s }
            << "parent_span_id"_ba;
    QTest::newRow("missing examples file") << QStringList { u"call"_s,
                                                            u"--function"_s,
                                                            f,
                                                            u"--revision"_s,
                                                            r,
                                                            u"--examples-file"_s,
                                                            u"/nonexistent/examples.json"_s }
                                           << "/nonexistent/examples.json"_ba;
    QTest::newRow("bad output format")
            << QStringList { u"functions"_s, u"--output"_s, u"xml"_s } << "--output"_ba;
    QTest::newRow("bad timeout") << QStringList { u"functions"_s, u"--timeout"_s, u"soon"_s }
                                 << "--timeout"_ba;
    QTest::newRow("bad base URL") << QStringList { u"functions"_s, u"--base-url"_s, u"ftp://x"_s }
                                  << "https://"_ba;
}

void TestCli::invalidInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    DemoFixture demo;
    const ProcessOutput result = cli(demo, arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), result.err.constData());
    QVERIFY(demo.server().requests().isEmpty());
}

void TestCli::everyDemoFunction_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("revision");
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("stream");
    const struct
    {
        const char *name;
        QLatin1StringView function;
        QLatin1StringView revision;
        QString input;
    } functions[] = {
        { "markdown-writer", DemoIds::markdownWriter, DemoIds::markdownWriterLatest,
          u"{\"topic\": \"rivers\"}"_s },
        { "markdown-writer, oldest revision", DemoIds::markdownWriter, DemoIds::markdownWriterFirst,
          u"\"rivers\""_s },
        { "extract-person", DemoIds::extractPerson, DemoIds::extractPersonLatest,
          u"{\"text\": \"Alan Turing, 41, alan@example.org, Wilmslow\"}"_s },
        { "image-painter", DemoIds::imagePainter, DemoIds::imagePainterLatest,
          u"{\"prompt\": \"a kite\"}"_s },
        { "storyteller", DemoIds::storyteller, DemoIds::storytellerLatest,
          u"{\"topic\": \"a lighthouse\"}"_s },
    };
    for (const auto &f : functions) {
        for (const bool stream : { false, true }) {
            QTest::addRow("%s%s", f.name, stream ? ", streamed" : "")
                    << QString(f.function) << QString(f.revision) << f.input << stream;
        }
    }
}

void TestCli::everyDemoFunction()
{
    QFETCH(QString, function);
    QFETCH(QString, revision);
    QFETCH(QString, input);
    QFETCH(bool, stream);
    DemoFixture demo;
    demo.server().setStreamChunkDelay(std::chrono::milliseconds(0));
    QStringList arguments { u"call"_s, u"--function"_s, function, u"--revision"_s,
                            revision,  u"--input"_s,    input };
    if (stream) {
        arguments << u"--stream"_s;
    }
    const ProcessOutput result = cli(demo, arguments);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject response = jsonOf(result.out);
    QVERIFY(!response.value(u"span_id"_s).toString().isEmpty());
    const bool answered = !response.value(u"message"_s).toString().isEmpty()
            || response.value(u"json_payload"_s).isObject()
            || !response.value(u"images"_s).toArray().isEmpty();
    QVERIFY2(answered, result.out.constData());
}

void TestCli::callJson()
{
    DemoFixture demo;
    const ProcessOutput result = cli(demo, textCall());
    QCOMPARE(result.exitCode, 0);
    const QJsonObject response = jsonOf(result.out);
    QVERIFY(response.value(u"message"_s).toString().contains(u"tea"_s, Qt::CaseInsensitive));
    QVERIFY(!response.value(u"span_id"_s).toString().isEmpty());
    QVERIFY(response.value(u"usage"_s).toObject().contains(u"total_tokens"_s));
    QVERIFY(response.value(u"cost"_s).toObject().contains(u"total"_s));
}

void TestCli::callText()
{
    DemoFixture demo;
    const ProcessOutput result = cli(demo, textCall() << u"--output"_s << u"text"_s);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("#"));
    QVERIFY(!result.out.trimmed().startsWith("{"));
}

void TestCli::structuredText()
{
    DemoFixture demo;
    const ProcessOutput result = cli(demo, personCall() << u"--output"_s << u"text"_s);
    QCOMPARE(result.exitCode, 0);
    const QJsonObject payload = jsonOf(result.out);
    QVERIFY(payload.value(u"name"_s).toString().contains(u"Grace"_s));
    QVERIFY(result.out.contains("\n    ")); // pretty-printed
}

void TestCli::streamText()
{
    DemoFixture demo;
    demo.server().setStreamChunkDelay(std::chrono::milliseconds(1));
    const ProcessOutput result = cli(demo, textCall() << u"--stream"_s);
    QCOMPARE(result.exitCode, 0);
    const QJsonObject response = jsonOf(result.out);
    const QString message = response.value(u"message"_s).toString();
    QVERIFY(!message.isEmpty());
    QVERIFY(!response.value(u"span_id"_s).toString().isEmpty());
    QCOMPARE(QString::fromUtf8(result.err).trimmed(), message.trimmed());
    QVERIFY(demo.server().requests().constFirst().path.contains(u"/call/stream/"_s));
}

void TestCli::streamStructured()
{
    DemoFixture demo;
    demo.server().setStreamChunkDelay(std::chrono::milliseconds(0));
    const ProcessOutput plain = cli(demo, personCall());
    const ProcessOutput streamed = cli(demo, personCall() << u"--stream"_s);
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(streamed.exitCode, 0);
    QCOMPARE(jsonOf(streamed.out).value(u"json_payload"_s),
             jsonOf(plain.out).value(u"json_payload"_s));
}

void TestCli::examplesAndTags()
{
    DemoFixture demo;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"examples.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"([{"comment": "short", "input": {"topic": "a"}, "output": "# A"},
                  {"input": "bare", "output": {"x": 1}}])");
    file.close();
    const ProcessOutput result
            = cli(demo,
                  textCall() << u"--examples-file"_s << path << u"--tag"_s << u"env=ci"_s
                             << u"--tag"_s << u"who=a=b"_s << u"--parent-span"_s
                             << u"3c90c3cc-0d44-4b50-8888-8dd25736052a"_s);
    QCOMPARE(result.exitCode, 0);
    const QJsonObject body
            = QJsonDocument::fromJson(demo.server().requests().constFirst().body).object();
    const QJsonArray examples = body.value(u"examples"_s).toArray();
    QCOMPARE(examples.size(), 2);
    QCOMPARE(examples.at(0).toObject().value(u"comment"_s).toString(), u"short"_s);
    QCOMPARE(examples.at(1).toObject().value(u"input"_s).toString(), u"bare"_s);
    QVERIFY(!examples.at(1).toObject().contains(u"comment"_s));
    const QJsonObject tags = body.value(u"tags"_s).toObject();
    QCOMPARE(tags.value(u"env"_s).toString(), u"ci"_s);
    QCOMPARE(tags.value(u"who"_s).toString(), u"a=b"_s);
    QCOMPARE(body.value(u"parent_span_id"_s).toString(), u"3c90c3cc-0d44-4b50-8888-8dd25736052a"_s);

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"([{"input": 1}])");
    file.close();
    const ProcessOutput bad = cli(demo, textCall() << u"--examples-file"_s << path);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("examples[0]"), bad.err.constData());
}

void TestCli::inputFromStdin()
{
    DemoFixture demo;
    const ProcessOutput result = callpad::test::runProcess(
            QStringLiteral(CALLPAD_CLI_PATH),
            { u"call"_s, u"--function"_s, QString(DemoIds::markdownWriter), u"--revision"_s,
              QString(DemoIds::markdownWriterLatest), u"--input-file"_s, u"-"_s },
            environment(demo), "\"a bare string input\"");
    QCOMPARE(result.exitCode, 0);
    const QJsonObject body
            = QJsonDocument::fromJson(demo.server().requests().constFirst().body).object();
    QCOMPARE(body.value(u"input"_s).toString(), u"a bare string input"_s);
}

void TestCli::saveImages()
{
    DemoFixture demo;
    QTemporaryDir dir;
    const ProcessOutput result
            = cli(demo,
                  callArgs(DemoIds::imagePainter, DemoIds::imagePainterLatest,
                           u"{\"prompt\": \"a boat\"}"_s)
                          << u"--save-images"_s << dir.path() << u"--output"_s << u"text"_s);
    QCOMPARE(result.exitCode, 0);
    const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files, (QStringList { u"image-1.png"_s, u"image-2.png"_s, u"image-3.png"_s }));
    for (const QString &name : files) {
        QFile image(dir.filePath(name));
        QVERIFY(image.open(QIODevice::ReadOnly));
        QCOMPARE(image.read(8), "\x89PNG\r\n\x1a\n"_ba);
    }
    // The URL image was fetched without the key.
    bool fetched = false;
    for (const auto &sent : demo.server().requests()) {
        if (sent.path.contains(u"demo-images"_s)) {
            fetched = true;
            QVERIFY(!sent.headers.contains("authorization"));
        }
    }
    QVERIFY(fetched);
}

void TestCli::errors_data()
{
    QTest::addColumn<DemoServer::Fault>("fault");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    using F = DemoServer::Fault;
    QTest::newRow("429 rate limited") << F::RateLimited << QStringList() << 3 << "HTTP 429"_ba;
    QTest::newRow("502 HTML page") << F::ServerErrorHtml << QStringList() << 3 << "HTTP 502"_ba;
    QTest::newRow("timeout") << F::Slow << QStringList { u"--timeout"_s, u"0.3"_s } << 4
                             << "imed out"_ba;
    QTest::newRow("reset mid-body") << F::ResetMidBody << QStringList() << 4 << ""_ba;
    QTest::newRow("truncated") << F::Truncated << QStringList() << 4 << ""_ba;
    QTest::newRow("invalid JSON") << F::InvalidJson << QStringList() << 5 << "JSON"_ba;
    QTest::newRow("wrong types") << F::WrongTypes << QStringList() << 5 << "span_id"_ba;
    QTest::newRow("too large") << F::Oversize << QStringList { u"--max-response-mib"_s, u"1"_s }
                               << 5 << "1 MiB"_ba;
    QTest::newRow("SSE error chunk")
            << F::SseErrorChunk << QStringList { u"--stream"_s } << 3 << "Upstream model failed"_ba;
    QTest::newRow("SSE cut mid-event")
            << F::SseCutMidEvent << QStringList { u"--stream"_s } << 5 << ""_ba;
}

void TestCli::errors()
{
    QFETCH(DemoServer::Fault, fault);
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    DemoFixture demo;
    demo.server().setFault(fault);
    demo.server().setSlowDelay(std::chrono::milliseconds(3000));
    demo.server().setOversizeBytes(3 * qint64(1024) * 1024);
    demo.server().setStreamChunkDelay(std::chrono::milliseconds(1));
    const ProcessOutput result = cli(demo, textCall() << extra);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(!result.err.trimmed().isEmpty());
    QVERIFY2(result.err.contains(message), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void TestCli::connectionRefused()
{
    DemoFixture demo;
    QProcessEnvironment env = environment(demo);
    env.insert(u"OPPER_BASE_URL"_s, u"http://127.0.0.1:1/v2"_s);
    const ProcessOutput result
            = callpad::test::runProcess(QStringLiteral(CALLPAD_CLI_PATH), textCall(), env);
    QCOMPARE(result.exitCode, 4);
    QVERIFY(result.err.contains("efused"));
}

void TestCli::functions()
{
    DemoFixture demo;
    demo.server().setExtraFunctionCount(120);
    const ProcessOutput all = cli(demo, { u"functions"_s });
    QCOMPARE(all.exitCode, 0);
    const QJsonObject list = jsonOf(all.out);
    const QJsonArray data = list.value(u"data"_s).toArray();
    QVERIFY(data.size() >= 124);
    QCOMPARE(list.value(u"meta"_s).toObject().value(u"total_count"_s).toInt(), data.size());

    const ProcessOutput filtered
            = cli(demo, { u"functions"_s, u"--name"_s, u"painter"_s, u"--output"_s, u"text"_s });
    QCOMPARE(filtered.exitCode, 0);
    QCOMPARE(filtered.out.count('\n'), 1);
    QVERIFY(filtered.out.startsWith("demo/image-painter\t"));
}

void TestCli::revisions()
{
    DemoFixture demo;
    const ProcessOutput result
            = cli(demo, { u"revisions"_s, u"--function"_s, QString(DemoIds::markdownWriter) });
    QCOMPARE(result.exitCode, 0);
    const QJsonArray data = jsonOf(result.out).value(u"data"_s).toArray();
    QVERIFY(data.size() >= 2);
    QCOMPARE(data.first().toObject().value(u"id"_s).toString(),
             QString(DemoIds::markdownWriterLatest));

    const ProcessOutput missing = cli(
            demo, { u"revisions"_s, u"--function"_s, u"0f0000ff-0000-4000-8000-0000000000ff"_s });
    QCOMPARE(missing.exitCode, 3);
    QVERIFY2(missing.err.contains("HTTP 404 NotFoundError"), missing.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
