#include "core/protocol/JsonText.h"
#include "gui/json/JsonTreeModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using callpad::JsonTreeModel;

namespace {

QJsonValue json(const QString &text)
{
    const callpad::JsonTextResult result = callpad::parseJsonText(text);
    if (!result.ok) {
        qFatal("bad test JSON: %s", qPrintable(result.error));
    }
    return result.value;
}

// Follows `rows` from the root, fetching children on the way as a view would.
QModelIndex walk(JsonTreeModel *model, const QList<int> &rows)
{
    QModelIndex index;
    for (const int row : rows) {
        while (model->rowCount(index) <= row && model->canFetchMore(index)) {
            model->fetchMore(index);
        }
        index = model->index(row, 0, index);
    }
    return index;
}

QJsonArray numbers(int count)
{
    QJsonArray array;
    for (int i = 0; i < count; ++i) {
        array.append(i);
    }
    return array;
}

} // namespace

class TestJsonTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void structure_data();
    void structure();
    void longStringsAreElided();
    void unexpandedLargeArrayStaysUnbuilt();
    void largeTopLevelArrayIsFetchedInChunks();
    void pointerAndPath_data();
    void pointerAndPath();
    void valueAt_data();
    void valueAt();
};

void TestJsonTreeModel::structure_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QStringList>("firstRow"); // Key | Value | Type

    QTest::newRow("object (keys sorted by Qt)") << u"{\"name\": \"Ada\", \"age\": 36}"_s << 2
                                                << QStringList { u"age"_s, u"36"_s, u"number"_s };
    QTest::newRow("array") << u"[true, null, \"x\"]"_s << 3
                           << QStringList { u"[0]"_s, u"true"_s, u"boolean"_s };
    QTest::newRow("nested object summarised") << u"{\"a\": {\"b\": [1, 2]}}"_s << 1
                                              << QStringList { u"a"_s, u"{1 key}"_s, u"object"_s };
    QTest::newRow("array summarised") << u"{\"list\": [1, 2, 3]}"_s << 1
                                      << QStringList { u"list"_s, u"[3 items]"_s, u"array"_s };
    QTest::newRow("string escaped for display")
            << u"[\"line\\nbreak\"]"_s << 1
            << QStringList { u"[0]"_s, u"\"line\\nbreak\""_s, u"string"_s };
    QTest::newRow("scalar root") << u"\"hello\""_s << 1
                                 << QStringList { u"(root)"_s, u"\"hello\""_s, u"string"_s };
    QTest::newRow("null root") << u"null"_s << 1
                               << QStringList { u"(root)"_s, u"null"_s, u"null"_s };
    QTest::newRow("empty object") << u"{}"_s << 0 << QStringList();
}

void TestJsonTreeModel::structure()
{
    QFETCH(QString, text);
    QFETCH(int, rows);
    QFETCH(QStringList, firstRow);

    JsonTreeModel model;
    model.setJson(json(text));
    // Attached after the reset: Qt 6.4's tester fetches more while still handling a reset and
    // then flags its own nested insert.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.columnCount(), static_cast<int>(JsonTreeModel::ColumnCount));
    QCOMPARE(model.headerData(JsonTreeModel::ValueColumn, Qt::Horizontal).toString(), u"Value"_s);
    if (rows > 0) {
        QStringList shown;
        for (int column = 0; column < model.columnCount(); ++column) {
            shown << model.index(0, column).data().toString();
        }
        QCOMPARE(shown, firstRow);
    }
}

void TestJsonTreeModel::longStringsAreElided()
{
    JsonTreeModel model;
    const QString longText(500, u'x');
    model.setJson(QJsonObject { { u"long"_s, longText } });
    const QModelIndex value = model.index(0, JsonTreeModel::ValueColumn);

    const QString shown = value.data().toString();
    QCOMPARE(shown, u"\""_s + QString(JsonTreeModel::DisplayElideLength, u'x') + u"\u2026\""_s);
    QCOMPARE(value.data(JsonTreeModel::FullValueRole).toString(), longText);
}

void TestJsonTreeModel::unexpandedLargeArrayStaysUnbuilt()
{
    JsonTreeModel model;
    model.setJson(QJsonObject { { u"big"_s, numbers(100000) }, { u"small"_s, 1 } });

    QCOMPARE(model.rowCount(), 2);
    const QModelIndex big = model.index(0, 0);
    QCOMPARE(big.data().toString(), u"big"_s);
    QVERIFY(model.hasChildren(big));
    QCOMPARE(model.rowCount(big), 0);
    QCOMPARE(model.childCountInJson(big), 100000);
    QCOMPARE(model.builtRowCount(), 2);

    QVERIFY(model.canFetchMore(big));
    model.fetchMore(big);
    QCOMPARE(model.rowCount(big), JsonTreeModel::FetchChunkSize);
    QCOMPARE(model.builtRowCount(), 2 + JsonTreeModel::FetchChunkSize);
    model.fetchMore(big);
    QCOMPARE(model.rowCount(big), 2 * JsonTreeModel::FetchChunkSize);
    QCOMPARE(model.index(1999, 0, big).data().toString(), u"[1999]"_s);
    QCOMPARE(model.index(1999, JsonTreeModel::ValueColumn, big).data().toString(), u"1999"_s);
    QVERIFY(!model.index(2000, 0, big).isValid());
}

void TestJsonTreeModel::largeTopLevelArrayIsFetchedInChunks()
{
    JsonTreeModel model;
    model.setJson(numbers(100000));
    QCOMPARE(model.rowCount(), JsonTreeModel::FetchChunkSize);
    QVERIFY(model.canFetchMore(QModelIndex()));

    int fetches = 0;
    while (model.canFetchMore(QModelIndex())) {
        model.fetchMore(QModelIndex());
        ++fetches;
    }
    QCOMPARE(fetches, 100000 / JsonTreeModel::FetchChunkSize - 1);
    QCOMPARE(model.rowCount(), 100000);
    QCOMPARE(model.index(99999, 0).data().toString(), u"[99999]"_s);
}

void TestJsonTreeModel::pointerAndPath_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("rows");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("path");

    QTest::newRow("nested member")
            << u"{\"people\": [{\"name\": \"Ada\"}]}"_s << QList<int> { 0, 0, 0 }
            << u"/people/0/name"_s << u"people[0].name"_s;
    QTest::newRow("slash in key") << u"{\"a/b\": 1}"_s << QList<int> { 0 } << u"/a~1b"_s
                                  << u"[\"a/b\"]"_s;
    QTest::newRow("tilde in key") << u"{\"m~n\": 1}"_s << QList<int> { 0 } << u"/m~0n"_s
                                  << u"[\"m~n\"]"_s;
    QTest::newRow("tilde then slash")
            << u"{\"~/\": 1}"_s << QList<int> { 0 } << u"/~0~1"_s << u"[\"~/\"]"_s;
    QTest::newRow("empty key") << u"{\"\": 1}"_s << QList<int> { 0 } << u"/"_s << u"[\"\"]"_s;
    QTest::newRow("dotted key below a plain one")
            << u"{\"x\": {\"a.b\": true}}"_s << QList<int> { 0, 0 } << u"/x/a.b"_s
            << u"x[\"a.b\"]"_s;
    QTest::newRow("key starting with a digit")
            << u"{\"1st\": 1}"_s << QList<int> { 0 } << u"/1st"_s << u"[\"1st\"]"_s;
    QTest::newRow("quote in key") << u"{\"say \\\"hi\\\"\": 1}"_s << QList<int> { 0 }
                                  << u"/say \"hi\""_s << u"[\"say \\\"hi\\\"\"]"_s;
    QTest::newRow("identifier with dollar and underscore")
            << u"{\"$_a1\": {\"b\": 1}}"_s << QList<int> { 0, 0 } << u"/$_a1/b"_s << u"$_a1.b"_s;
    QTest::newRow("arrays in arrays")
            << u"[[1, 2]]"_s << QList<int> { 0, 1 } << u"/0/1"_s << u"[0][1]"_s;
    QTest::newRow("element past the first chunk")
            << u"[%1]"_s.arg(QString(u"0,"_s.repeated(1500)) + u"{\"k\": 1}"_s)
            << QList<int> { 1500, 0 } << u"/1500/k"_s << u"[1500].k"_s;
    QTest::newRow("scalar root") << u"42"_s << QList<int> { 0 } << QString() << QString();
}

void TestJsonTreeModel::pointerAndPath()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, rows);
    QFETCH(QString, pointer);
    QFETCH(QString, path);

    JsonTreeModel model;
    model.setJson(json(text));
    const QModelIndex index = walk(&model, rows);
    QVERIFY(index.isValid());

    QCOMPARE(model.jsonPointer(index), pointer);
    QCOMPARE(model.jsonPath(index), path);
    QCOMPARE(index.data(JsonTreeModel::JsonPointerRole).toString(), pointer);
    QCOMPARE(index.siblingAtColumn(JsonTreeModel::TypeColumn)
                     .data(JsonTreeModel::JsonPathRole)
                     .toString(),
             path);
}

void TestJsonTreeModel::valueAt_data()
{
    QTest::addColumn<QList<int>>("rows");
    QTest::addColumn<QString>("expected");

    QTest::newRow("root") << QList<int> {} << u"{\"a\": [1, {\"b\": \"c\"}]}"_s;
    QTest::newRow("array member") << QList<int> { 0 } << u"[1, {\"b\": \"c\"}]"_s;
    QTest::newRow("object in array") << QList<int> { 0, 1 } << u"{\"b\": \"c\"}"_s;
    QTest::newRow("string leaf") << QList<int> { 0, 1, 0 } << u"\"c\""_s;
    QTest::newRow("number leaf") << QList<int> { 0, 0 } << u"1"_s;
}

void TestJsonTreeModel::valueAt()
{
    QFETCH(QList<int>, rows);
    QFETCH(QString, expected);

    JsonTreeModel model;
    model.setJson(json(u"{\"a\": [1, {\"b\": \"c\"}]}"_s));
    const QModelIndex index = walk(&model, rows);

    QCOMPARE(model.valueAt(index), json(expected));
    if (index.isValid()) {
        QCOMPARE(index.data(JsonTreeModel::JsonValueRole).value<QJsonValue>(), json(expected));
        const QString full = index.data(JsonTreeModel::FullValueRole).toString();
        const QJsonValue value = json(expected);
        QCOMPARE(full, value.isString() ? value.toString() : callpad::toJsonText(value, false));
    }
}

QTEST_GUILESS_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
