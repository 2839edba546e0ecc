#include "cli/CliOptions.h"

#include <QTest>

Q_DECLARE_METATYPE(callpad::CliOptions::Command)

using namespace Qt::StringLiterals;
using namespace callpad;

class TestCliOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { qunsetenv("OPPER_BASE_URL"); }
    void commands_data();
    void commands();
    void callDraft();
    void settingsFromFlags();
    void baseUrlFromEnvironment();
    void helpInsideCommand();
};

void TestCliOptions::commands_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<CliOptions::Command>("command");
    QTest::addColumn<int>("errors");
    using C = CliOptions::Command;
    QTest::newRow("nothing") << QStringList() << C::Help << 0;
    QTest::newRow("--help") << QStringList { u"--help"_s } << C::Help << 0;
    QTest::newRow("--version") << QStringList { u"--version"_s } << C::Version << 0;
    QTest::newRow("functions") << QStringList { u"functions"_s } << C::Functions << 0;
    QTest::newRow("revisions without function")
            << QStringList { u"revisions"_s } << C::Revisions << 1;
    QTest::newRow("call without ids") << QStringList { u"call"_s } << C::Call << 2;
    QTest::newRow("both inputs") << QStringList {
        u"call"_s, u"--function"_s,   u"f"_s, u"--revision"_s, u"r"_s, u"--input"_s,
        u"1"_s,    u"--input-file"_s, u"x"_s
    } << C::Call << 1;
    QTest::newRow("stray positional")
            << QStringList { u"functions"_s, u"extra"_s } << C::Functions << 1;
}

void TestCliOptions::commands()
{
    QFETCH(QStringList, arguments);
    QFETCH(CliOptions::Command, command);
    QFETCH(int, errors);
    arguments.prepend(u"callpad-cli"_s);
    const CliParse parse = parseCliArguments(arguments);
    QCOMPARE(int(parse.options.command), int(command));
    QCOMPARE(parse.errors.size(), errors);
}

void TestCliOptions::callDraft()
{
    const CliParse parse = parseCliArguments(
            { u"callpad-cli"_s, u"call"_s, u"--function"_s, u" F "_s, u"--revision"_s, u"R"_s,
              u"--input"_s, u"{\"a\": 1}"_s, u"--tag"_s, u"k=v=w"_s, u"--tag"_s, u"e="_s,
              u"--parent-span"_s, u"P"_s, u"--stream"_s, u"--save-images"_s, u"/tmp/x"_s });
    QVERIFY(parse.errors.isEmpty());
    const CliOptions &options = parse.options;
    QCOMPARE(options.draft.functionId, u"F"_s);
    QCOMPARE(options.draft.revisionId, u"R"_s);
    QCOMPARE(options.draft.inputText, u"{\"a\": 1}"_s);
    QCOMPARE(options.draft.tags.size(), 2);
    QCOMPARE(options.draft.tags.at(0).key, u"k"_s);
    QCOMPARE(options.draft.tags.at(0).value, u"v=w"_s);
    QCOMPARE(options.draft.tags.at(1).value, QString());
    QCOMPARE(options.draft.parentSpanId, u"P"_s);
    QVERIFY(options.stream);
    QCOMPARE(options.saveImagesDir, u"/tmp/x"_s);
    QCOMPARE(int(options.output), int(CliOptions::Output::Json));
}

void TestCliOptions::settingsFromFlags()
{
    const CliParse parse = parseCliArguments(
            { u"callpad-cli"_s, u"functions"_s, u"--timeout"_s, u"2.5"_s, u"--max-response-mib"_s,
              u"2"_s, u"--base-url"_s, u"http://127.0.0.1:9/v2"_s, u"--output"_s, u"text"_s });
    QVERIFY(parse.errors.isEmpty());
    QCOMPARE(parse.options.settings.transferTimeout.count(), 2500);
    QCOMPARE(parse.options.settings.streamIdleTimeout.count(), 2500);
    QCOMPARE(parse.options.settings.maxResponseBytes, 2 * 1024 * 1024);
    QCOMPARE(parse.options.settings.baseUrl, QUrl(u"http://127.0.0.1:9/v2"_s));
    QCOMPARE(int(parse.options.output), int(CliOptions::Output::Text));
}

void TestCliOptions::baseUrlFromEnvironment()
{
    qputenv("OPPER_BASE_URL", "http://127.0.0.1:7/v2");
    QCOMPARE(parseCliArguments({ u"callpad-cli"_s, u"functions"_s }).options.settings.baseUrl,
             QUrl(u"http://127.0.0.1:7/v2"_s));
    qunsetenv("OPPER_BASE_URL");
    QCOMPARE(parseCliArguments({ u"callpad-cli"_s, u"functions"_s }).options.settings.baseUrl,
             QUrl(u"https://api.opper.ai/v2"_s));
}

void TestCliOptions::helpInsideCommand()
{
    const CliParse parse = parseCliArguments({ u"callpad-cli"_s, u"call"_s, u"--help"_s });
    QCOMPARE(int(parse.options.command), int(CliOptions::Command::Help));
    QVERIFY(parse.errors.isEmpty());
    QVERIFY(cliUsage().contains(u"Exit codes"_s));
}

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_clioptions.moc"
