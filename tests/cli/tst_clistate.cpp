#include "CliTestSupport.h"
#include "core/AppPaths.h"
#include "core/history/HistoryStore.h"
#include "core/presets/PresetFormat.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace callpad;
using namespace callpad::test;

// callpad-cli with the files it shares with the window: presets and the history.
class TestCliState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetWithOverrides();
    void brokenPresetSendsNothing();
    void callsAreRecorded();
    void defaultHistoryIsTheWindows();
    void historyAndCostsCommands();
};

void TestCliState::presetWithOverrides()
{
    DemoFixture demo;
    QTemporaryDir dir;
    Preset preset;
    preset.name = u"Tea note"_s;
    preset.request.functionId = DemoIds::markdownWriter;
    preset.request.revisionId = DemoIds::markdownWriterLatest;
    preset.request.inputText = u"{\"topic\": \"tea\"}"_s;
    preset.request.tags = { { u"env"_s, u"preset"_s }, { u"team"_s, u"docs"_s } };
    preset.request.parentSpanId = u"3c90c3cc-0d44-4b50-8888-8dd25736052a"_s;
    const QString path = dir.filePath(u"tea.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(serializePreset(preset));
    file.close();

    const ProcessOutput plain = cli(demo, { u"call"_s, u"--preset"_s, path });
    QVERIFY2(plain.exitCode == 0, plain.err.constData());
    QJsonObject body = QJsonDocument::fromJson(demo.server().requests().constLast().body).object();
    QCOMPARE(body.value(u"input"_s).toObject().value(u"topic"_s).toString(), u"tea"_s);
    QCOMPARE(body.value(u"tags"_s).toObject().size(), 2);
    QCOMPARE(body.value(u"parent_span_id"_s).toString(), preset.request.parentSpanId);

    // Flags override their fields only; --tag replaces the preset's tags as a whole.
    const ProcessOutput overridden = cli(
            demo,
            { u"call"_s, u"--preset"_s, path, u"--input"_s, u"{\"topic\": \"coffee\"}"_s,
              u"--tag"_s, u"env=cli"_s, u"--revision"_s, QString(DemoIds::markdownWriterFirst) });
    QVERIFY2(overridden.exitCode == 0, overridden.err.constData());
    const DemoServer::RecordedRequest sent = demo.server().requests().constLast();
    QVERIFY(sent.path.endsWith(QString(DemoIds::markdownWriterFirst)));
    body = QJsonDocument::fromJson(sent.body).object();
    QCOMPARE(body.value(u"input"_s).toObject().value(u"topic"_s).toString(), u"coffee"_s);
    QCOMPARE(body.value(u"tags"_s).toObject(), (QJsonObject { { u"env"_s, u"cli"_s } }));
    QCOMPARE(body.value(u"parent_span_id"_s).toString(), preset.request.parentSpanId);
}

void TestCliState::brokenPresetSendsNothing()
{
    DemoFixture demo;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"callpad-preset\", \"version\": 1,\n  \"name\": }");
    file.close();
    const ProcessOutput result = cli(demo, { u"call"_s, u"--preset"_s, path });
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("broken.json"), result.err.constData());
    QVERIFY(demo.server().requests().isEmpty());
}

void TestCliState::callsAreRecorded()
{
    DemoFixture demo;
    QTemporaryDir dir;
    const QString db = dir.filePath(u"history.sqlite"_s);
    QCOMPARE(cli(demo, textCall() << u"--history-file"_s << db << u"--tag"_s << u"env=ci"_s)
                     .exitCode,
             0);
    demo.server().setFault(DemoServer::Fault::RateLimited);
    QCOMPARE(cli(demo, textCall() << u"--history-file"_s << db).exitCode, 3);
    QCOMPARE(cli(demo, textCall() << u"--history-file"_s << db << u"--no-history"_s).exitCode, 3);
    // Invalid input sends nothing, so there is no call to record.
    QCOMPARE(cli(demo,
                 { u"call"_s, u"--function"_s, u"x"_s, u"--revision"_s, u"y"_s, u"--history-file"_s,
                   db })
                     .exitCode,
             2);

    HistoryStore store;
    const Status opened = store.open(db);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(store.count().valueOr(-1), 2);
    const QList<HistoryRow> rows = store.page({}, 0, 10).valueOr({});
    QCOMPARE(rows.at(0).errorKind, u"rate_limited"_s);
    QCOMPARE(rows.at(0).httpStatus, 429);
    QVERIFY(rows.at(1).ok);
    QCOMPARE(rows.at(1).source, u"cli"_s);
    const auto entry = store.entry(rows.at(1).id).valueOr({});
    QVERIFY(entry.has_value());
    QVERIFY(entry->costTotal.value_or(0) > 0);
    QCOMPARE(entry->tags.size(), 1);
    QVERIFY(!entry->requestBody.contains("demo-key"));
}

void TestCliState::defaultHistoryIsTheWindows()
{
    // Without --history-file the CLI records where the window reads: AppPaths::standard()
    // under the identity both programs set, in the same data folder.
    qputenv("XDG_DATA_HOME", QFile::encodeName(dataHome().path()));
    setAppIdentity();
    const QString db = AppPaths::standard().historyDatabase;
    QVERIFY2(db.startsWith(dataHome().path() + u"/Callpad/Callpad/"_s), qPrintable(db));
    const auto countCalls = [&db] {
        HistoryStore store;
        return store.open(db) ? store.count().valueOr(-1) : -1;
    };
    const qint64 before = QFile::exists(db) ? countCalls() : 0;
    QVERIFY(before >= 0);

    DemoFixture demo;
    QCOMPARE(cli(demo, textCall()).exitCode, 0);
    QCOMPARE(countCalls(), before + 1);
}

void TestCliState::historyAndCostsCommands()
{
    DemoFixture demo;
    QTemporaryDir dir;
    const QString db = dir.filePath(u"history.sqlite"_s);
    QCOMPARE(cli(demo, textCall() << u"--history-file"_s << db).exitCode, 0);
    QCOMPARE(cli(demo, personCall() << u"--history-file"_s << db).exitCode, 0);

    const ProcessOutput history = cli(demo, { u"history"_s, u"--history-file"_s, db });
    QCOMPARE(history.exitCode, 0);
    const QJsonObject list = jsonOf(history.out);
    QCOMPARE(list.value(u"meta"_s).toObject().value(u"total_count"_s).toInt(), 2);
    QCOMPARE(list.value(u"data"_s).toArray().at(0).toObject().value(u"function_id"_s).toString(),
             QString(DemoIds::extractPerson));

    const ProcessOutput filtered
            = cli(demo,
                  { u"history"_s, u"--history-file"_s, db, u"--function"_s,
                    QString(DemoIds::markdownWriter), u"--output"_s, u"csv"_s });
    QCOMPARE(filtered.exitCode, 0);
    QVERIFY(filtered.out.startsWith("id,"));
    QVERIFY(filtered.out.contains(QString(DemoIds::markdownWriter).toUtf8()));
    QVERIFY(!filtered.out.contains(QString(DemoIds::extractPerson).toUtf8()));

    const ProcessOutput costs = cli(demo, { u"costs"_s, u"--history-file"_s, db });
    QCOMPARE(costs.exitCode, 0);
    const QJsonArray totals = jsonOf(costs.out).value(u"data"_s).toArray();
    QCOMPARE(totals.size(), 2);
    double sum = 0;
    for (const auto &total : totals) {
        QCOMPARE(total.toObject().value(u"calls"_s).toInt(), 1);
        sum += total.toObject().value(u"cost"_s).toDouble();
    }
    QVERIFY(sum > 0);

    const ProcessOutput bad = cli(demo, { u"costs"_s, u"--by"_s, u"colour"_s });
    QCOMPARE(bad.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliState)
#include "tst_clistate.moc"
