#include "CostTestCalls.h"
#include "gui/costs/CostPane.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace callpad;
using namespace callpad::test;

// The Cost pane's dialog-free exports: the calls matching the filter and the totals table, as
// CSV and JSONL, read back and checked against the fixture.
class TestCostExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void exportHistory_data();
    void exportHistory();
    void exportTotals_data();
    void exportTotals();
    void failedExportIsReportedAndLeavesTheOldFile();
    void formatFollowsTheFileName_data();
    void formatFollowsTheFileName();

private:
    // Runs `start` and waits for the pane's exportFinished(): the error it gave (empty for a
    // success), or nullopt when it did not finish.
    std::optional<QString> exportAndWait(const std::function<void()> &start) const;
    // One JSON object or one CSV row (keyed by the header) per exported line.
    QList<QJsonObject> readBack(const QString &path, ExportFormat format) const;

    std::unique_ptr<HistoryHarness> m_history;
    std::unique_ptr<CostPane> m_pane;
};

void TestCostExport::init()
{
    m_history = std::make_unique<HistoryHarness>();
    QVERIFY2(m_history->open(), qPrintable(m_history->service()->openError()));
    QVERIFY(recordCalls(*m_history, fixtureCalls()));
    m_pane = std::make_unique<CostPane>(m_history->service());
    m_pane->setTimeZone(QTimeZone::utc());
}

void TestCostExport::cleanup()
{
    m_pane.reset();
    m_history.reset();
}

std::optional<QString> TestCostExport::exportAndWait(const std::function<void()> &start) const
{
    QSignalSpy done(m_pane.get(), &CostPane::exportFinished);
    start();
    if (!done.wait(20000)) {
        return std::nullopt;
    }
    return done.first().at(1).toString();
}

QList<QJsonObject> TestCostExport::readBack(const QString &path, ExportFormat format) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray bytes = file.readAll();
    QList<QJsonObject> objects;
    if (format == ExportFormat::Jsonl) {
        for (const QByteArray &line : bytes.split('\n')) {
            if (!line.isEmpty()) {
                objects << QJsonDocument::fromJson(line).object();
            }
        }
        return objects;
    }
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes));
    if (rows.isEmpty()) {
        return {};
    }
    const QStringList &header = rows.first();
    for (qsizetype r = 1; r < rows.size(); ++r) {
        QJsonObject object;
        for (qsizetype c = 0; c < header.size() && c < rows.at(r).size(); ++c) {
            object.insert(header.at(c), rows.at(r).at(c));
        }
        objects << object;
    }
    return objects;
}

void TestCostExport::exportHistory_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QString>("functionId");
    QTest::addColumn<int>("calls");
    QTest::addColumn<double>("cost");

    QTest::newRow("CSV of every call") << ExportFormat::Csv << QString() << 6 << 3.87;
    QTest::newRow("JSONL of every call") << ExportFormat::Jsonl << QString() << 6 << 3.87;
    QTest::newRow("CSV of one function") << ExportFormat::Csv << TranslateId << 3 << 1.62;
    QTest::newRow("JSONL of one function") << ExportFormat::Jsonl << TranslateId << 3 << 1.62;
}

void TestCostExport::exportHistory()
{
    QFETCH(ExportFormat, format);
    QFETCH(QString, functionId);
    QFETCH(int, calls);
    QFETCH(double, cost);

    HistoryFilter filter;
    filter.functionId = functionId;
    m_pane->setFilter(filter);
    const QString path = m_history->filePath(u"calls.out"_s);
    const std::optional<QString> error
            = exportAndWait([&] { m_pane->exportHistory(path, format); });
    QVERIFY(error);
    QVERIFY2(error->isEmpty(), qPrintable(*error));

    const QList<QJsonObject> rows = readBack(path, format);
    QCOMPARE(rows.size(), calls);
    double sum = 0;
    int failed = 0;
    for (const QJsonObject &row : rows) {
        if (format == ExportFormat::Jsonl) {
            sum += row.value(u"cost"_s).toObject().value(u"total"_s).toDouble();
            failed += row.value(u"ok"_s).toBool() ? 0 : 1;
        } else {
            sum += row.value(u"cost_total"_s).toString().toDouble();
            failed += row.value(u"status"_s).toString() == u"failed"_s ? 1 : 0;
        }
        if (!functionId.isEmpty()) {
            QCOMPARE(row.value(u"function_id"_s).toString(), functionId);
        }
    }
    QCOMPARE(qRound(sum * 100), qRound(cost * 100));
    QCOMPARE(failed, functionId.isEmpty() ? 1 : 0);
    // Newest first.
    QCOMPARE(rows.first().value(u"time"_s).toString().left(10),
             functionId.isEmpty() ? u"2024-05-20"_s : u"2024-05-16"_s);
}

void TestCostExport::exportTotals_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<GroupBy>("groupBy");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<QList<double>>("costs");
    QTest::addColumn<QList<int>>("calls");

    const QStringList functions { u"summarize"_s, u"translate"_s };
    const QStringList tags { u"team=beta"_s, u"team=alpha"_s, u"env=prod"_s, u"(untagged)"_s };
    QTest::newRow("CSV by function") << ExportFormat::Csv << GroupBy::Function << functions
                                     << QList<double> { 2.25, 1.62 } << QList<int> { 3, 3 };
    QTest::newRow("JSONL by function") << ExportFormat::Jsonl << GroupBy::Function << functions
                                       << QList<double> { 2.25, 1.62 } << QList<int> { 3, 3 };
    QTest::newRow("CSV by tag") << ExportFormat::Csv << GroupBy::Tag << tags
                                << QList<double> { 2.25, 1.5, 1.0, 0.12 }
                                << QList<int> { 2, 2, 1, 2 };
    QTest::newRow("JSONL by tag") << ExportFormat::Jsonl << GroupBy::Tag << tags
                                  << QList<double> { 2.25, 1.5, 1.0, 0.12 }
                                  << QList<int> { 2, 2, 1, 2 };
}

void TestCostExport::exportTotals()
{
    QFETCH(ExportFormat, format);
    QFETCH(GroupBy, groupBy);
    QFETCH(QStringList, groups);
    QFETCH(QList<double>, costs);
    QFETCH(QList<int>, calls);

    m_pane->setGroupBy(groupBy);
    const QString path = m_history->filePath(u"totals.out"_s);
    const std::optional<QString> error = exportAndWait([&] { m_pane->exportTotals(path, format); });
    QVERIFY(error);
    QVERIFY2(error->isEmpty(), qPrintable(*error));

    const QList<QJsonObject> rows = readBack(path, format);
    QCOMPARE(rows.size(), groups.size());
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject &row = rows.at(i);
        QCOMPARE(row.value(u"group"_s).toString(), groups.at(i));
        const QJsonValue cost = row.value(u"cost"_s);
        const QJsonValue count = row.value(u"calls"_s);
        const bool csv = format == ExportFormat::Csv;
        QCOMPARE(qRound((csv ? cost.toString().toDouble() : cost.toDouble()) * 100),
                 qRound(costs.at(i) * 100));
        QCOMPARE(csv ? count.toString().toInt() : count.toInt(), calls.at(i));
    }
}

void TestCostExport::failedExportIsReportedAndLeavesTheOldFile()
{
    const QString path = m_history->filePath(u"calls.csv"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    // The history file is closed under the export: it cannot read, so it must not write.
    auto closed = std::make_unique<CostPane>(nullptr);
    QSignalSpy closedDone(closed.get(), &CostPane::exportFinished);
    closed->exportHistory(path, ExportFormat::Csv);
    QCOMPARE(closedDone.size(), 1);
    QVERIFY(!closedDone.first().at(1).toString().isEmpty());
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), "old"_ba);

    const QString inside = m_history->filePath(u"calls.csv/inside.csv"_s);
    const std::optional<QString> error
            = exportAndWait([&] { m_pane->exportTotals(inside, ExportFormat::Csv); });
    QVERIFY(error);
    QVERIFY2(error->contains(u"inside.csv"_s), qPrintable(*error));
}

void TestCostExport::formatFollowsTheFileName_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<ExportFormat>("fallback");
    QTest::addColumn<ExportFormat>("expected");

    QTest::newRow("jsonl") << u"/tmp/a.jsonl"_s << ExportFormat::Csv << ExportFormat::Jsonl;
    QTest::newRow("upper-case CSV") << u"/tmp/a.CSV"_s << ExportFormat::Jsonl << ExportFormat::Csv;
    QTest::newRow("ndjson") << u"/tmp/a.ndjson"_s << ExportFormat::Csv << ExportFormat::Jsonl;
    QTest::newRow("no suffix, JSONL chosen")
            << u"/tmp/a"_s << ExportFormat::Jsonl << ExportFormat::Jsonl;
    QTest::newRow("other suffix") << u"/tmp/a.txt"_s << ExportFormat::Csv << ExportFormat::Csv;
}

void TestCostExport::formatFollowsTheFileName()
{
    QFETCH(QString, path);
    QFETCH(ExportFormat, fallback);
    QFETCH(ExportFormat, expected);
    QCOMPARE(exportFormatForPath(path, fallback), expected);
}

QTEST_MAIN(TestCostExport)
#include "tst_costexport.moc"
