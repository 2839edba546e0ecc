#include "core/Background.h"
#include "gui/json/JsonTreeModel.h"
#include "gui/json/JsonTreeView.h"
#include "gui/results/PayloadPane.h"
#include "gui/textview/TextView.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace callpad;

namespace {

QJsonObject person()
{
    return QJsonObject { { u"name"_s, u"Ada Lovelace"_s },
                         { u"age"_s, 36 },
                         { u"emails"_s, QJsonArray { u"ada@example.com"_s } },
                         { u"address"_s, QJsonObject { { u"city"_s, u"London"_s } } } };
}

QJsonObject personSchema()
{
    const QJsonObject string { { u"type"_s, u"string"_s } };
    return QJsonObject {
        { u"type"_s, u"object"_s },
        { u"properties"_s,
          QJsonObject { { u"name"_s, string },
                        { u"age"_s, QJsonObject { { u"type"_s, u"integer"_s } } },
                        { u"emails"_s,
                          QJsonObject { { u"type"_s, u"array"_s }, { u"items"_s, string } } },
                        { u"address"_s,
                          QJsonObject { { u"type"_s, u"object"_s },
                                        { u"properties"_s, QJsonObject { { u"city"_s, string } } },
                                        { u"required"_s, QJsonArray { u"city"_s } } } } } },
        { u"required"_s, QJsonArray { u"name"_s, u"age"_s, u"emails"_s, u"address"_s } }
    };
}

// The payload as a response carries it: compact JSON text.
QByteArray compact(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return wrapped.sliced(1, wrapped.size() - 2);
}

qsizetype compactSize(const QJsonValue &value)
{
    return compact(value).size();
}

// An array of people whose JSON text is a little over `bytes`.
QJsonArray bigPayload(qsizetype bytes)
{
    QJsonArray people;
    qsizetype size = 0;
    int i = 0;
    while (size <= bytes) {
        QJsonObject entry = person();
        entry[u"name"_s] = u"Person %1 with a name long enough to fill the payload"_s.arg(i++);
        size += compactSize(entry) + 1;
        people.append(entry);
    }
    return people;
}

} // namespace

class TestPayloadPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTreeAndPrettyText();
    void textIsIndentedAsSent();
    void midSizeFormattedOffThread();
    void largePayloadOpensRawFirst();
    void schemaCheck_data();
    void schemaCheck();
    void largePayloadValidatedOffThread();
    void manyProblemsAreListedInPart();
    void newerPayloadWinsOverSlowerOne();
    void streamDeltasShownAsLines();
    void copyButtonCopiesText();
    void clearEmptiesPane();

private:
    TextView *textEdit() const { return m_pane->findChild<TextView *>(u"payloadTextView"_s); }
    JsonTreeView *tree() const
    {
        return m_pane->findChild<JsonTreeView *>(u"payloadJsonTreeView"_s);
    }
    QListWidget *problems() const
    {
        return m_pane->findChild<QListWidget *>(u"payloadProblemsListWidget"_s);
    }
    QString schemaText() const
    {
        return m_pane->findChild<QLabel *>(u"payloadSchemaLabel"_s)->text();
    }

    std::unique_ptr<PayloadPane> m_pane;
};

void TestPayloadPane::init()
{
    m_pane = std::make_unique<PayloadPane>();
    m_pane->resize(800, 500);
}

void TestPayloadPane::cleanup()
{
    m_pane.reset();
    // Workers of a pane already gone must not outlive the test function.
    waitForBackgroundWork();
}

void TestPayloadPane::showsTreeAndPrettyText()
{
    const QJsonObject payload = person();
    m_pane->setPayload(compact(payload));
    QVERIFY(!m_pane->isBusy());
    QVERIFY(m_pane->isTreeBuilt());
    QVERIFY(tree());
    QVERIFY(!tree()->isHidden());
    QCOMPARE(tree()->jsonModel()->rowCount(), 4);
    QCOMPARE(tree()->jsonModel()->json(), QJsonValue(payload));

    const QString text = textEdit()->toPlainText();
    QVERIFY(textEdit()->isReadOnly());
    QVERIFY2(text.contains(u"\n    \"name\": \"Ada Lovelace\""_s), qPrintable(text));
    QCOMPARE(m_pane->text(), text);
    QVERIFY(m_pane->findChild<QPushButton *>(u"showTreePushButton"_s)->isHidden());
    QVERIFY(m_pane->findChild<QWidget *>(u"payloadSchemaWidget"_s)->isHidden());
}

void TestPayloadPane::textIsIndentedAsSent()
{
    // Members keep the service's order and numbers their spelling, which a parse and re-write
    // would lose (QJsonObject sorts keys; 2^64 does not fit a double).
    m_pane->setPayload(R"( {"zeta":1.0,"alpha":[ ],"n":18446744073709551616,"s":"a\u00e9"} )"_ba);
    QCOMPARE(textEdit()->toPlainText(),
             u"{\n    \"zeta\": 1.0,\n    \"alpha\": [],\n    \"n\": 18446744073709551616,\n"
             "    \"s\": \"a\\u00e9\"\n}"_s);
    QVERIFY(m_pane->isTreeBuilt());
    QCOMPARE(tree()->jsonModel()->rowCount(), 4);
    QCOMPARE(m_pane->payload().toObject().value(u"s"_s).toString(), u"a\u00e9"_s);
}

void TestPayloadPane::midSizeFormattedOffThread()
{
    const QJsonArray payload = bigPayload(PayloadPane::BackgroundBytes + 1024);
    QSignalSpy ready(m_pane.get(), &PayloadPane::payloadReady);
    m_pane->setPayload(compact(payload));
    QVERIFY(m_pane->isBusy());
    QVERIFY(ready.wait(30000));
    QVERIFY(!m_pane->isBusy());
    QVERIFY(!m_pane->isLarge());
    QVERIFY(m_pane->isTreeBuilt());
    QCOMPARE(m_pane->payload(), QJsonValue(payload));
    QVERIFY(textEdit()->toPlainText().contains(u"\"London\""_s));
}

void TestPayloadPane::largePayloadOpensRawFirst()
{
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    const QJsonArray payload = bigPayload(PayloadPane::LargePayloadBytes + 1024);
    const qsizetype size = compactSize(payload);
    QVERIFY(size > PayloadPane::LargePayloadBytes);

    QSignalSpy ready(m_pane.get(), &PayloadPane::payloadReady);
    m_pane->setPayload(compact(payload));
    QVERIFY(m_pane->isBusy());
    QVERIFY(ready.wait(30000));

    QVERIFY(m_pane->isLarge());
    QVERIFY(!m_pane->isTreeBuilt());
    QCOMPARE(tree()->jsonModel()->builtRowCount(), 0);
    QVERIFY(!tree()->isVisible());
    QVERIFY(textEdit()->toPlainText().startsWith(u"[\n    {"_s));

    auto *showTree = m_pane->findChild<QPushButton *>(u"showTreePushButton"_s);
    QVERIFY(showTree && showTree->isVisible());
    // A large payload is kept as text only; the tree parses it again off the GUI thread.
    QVERIFY(m_pane->payload().isUndefined());
    QSignalSpy treeShown(m_pane.get(), &PayloadPane::treeShown);
    QTest::mouseClick(showTree, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(treeShown.count(), 1, 30000);
    QVERIFY(m_pane->isTreeBuilt());
    QVERIFY(tree()->isVisible());
    QVERIFY(!showTree->isVisible());
    QCOMPARE(tree()->jsonModel()->childCountInJson({}), int(payload.size()));
    QCOMPARE(tree()->jsonModel()->json(), QJsonValue(payload));
    QVERIFY(tree()->jsonModel()->rowCount() > 0);
}

void TestPayloadPane::schemaCheck_data()
{
    QTest::addColumn<QJsonValue>("payload");
    QTest::addColumn<QJsonObject>("schema");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QStringList>("pointers");

    QJsonObject wrongTypes = person();
    wrongTypes[u"age"_s] = u"thirty-six"_s;
    wrongTypes[u"address"_s] = QJsonObject { { u"city"_s, 7 } };
    QJsonObject missing = person();
    missing.remove(u"emails"_s);

    QTest::newRow("valid payload") << QJsonValue(person()) << personSchema()
                                   << u"Matches the output schema"_s << QStringList();
    QTest::newRow("wrong types") << QJsonValue(wrongTypes) << personSchema()
                                 << u"2 problems with the output schema:"_s
                                 << QStringList { u"/address/city: "_s, u"/age: "_s };
    QTest::newRow("missing property")
            << QJsonValue(missing) << personSchema() << u"1 problem with the output schema:"_s
            << QStringList { u"(root): "_s };
    QTest::newRow("schema with a remote reference")
            << QJsonValue(person())
            << QJsonObject { { u"$ref"_s, u"https://example.invalid/schema.json"_s } }
            << u"The output schema could not be used: "_s << QStringList();
}

void TestPayloadPane::schemaCheck()
{
    QFETCH(QJsonValue, payload);
    QFETCH(QJsonObject, schema);
    QFETCH(QString, label);
    QFETCH(QStringList, pointers);

    m_pane->setPayload(compact(payload), schema);
    QVERIFY(!m_pane->isBusy());
    QVERIFY(m_pane->schemaCheck().has_value());
    QVERIFY(!m_pane->findChild<QWidget *>(u"payloadSchemaWidget"_s)->isHidden());
    QVERIFY2(schemaText().startsWith(label), qPrintable(schemaText()));

    QStringList items;
    for (int row = 0; row < problems()->count(); ++row) {
        items << problems()->item(row)->text();
    }
    QCOMPARE(items.size(), pointers.size());
    QCOMPARE(problems()->isHidden(), pointers.isEmpty());
    for (const QString &pointer : pointers) {
        const bool listed = std::any_of(items.cbegin(), items.cend(), [&](const QString &item) {
            return item.startsWith(pointer) && item.size() > pointer.size();
        });
        QVERIFY2(listed, qPrintable(items.join(u" | ")));
    }
}

void TestPayloadPane::manyProblemsAreListedInPart()
{
    // Every element breaks the schema: far more problems than a list should hold.
    QJsonArray payload;
    for (int i = 0; i < PayloadPane::ProblemListLimit + 700; ++i) {
        payload.append(QJsonObject { { u"n"_s, u"not a number"_s } });
    }
    const QJsonObject schema {
        { u"type"_s, u"array"_s },
        { u"items"_s,
          QJsonObject {
                  { u"type"_s, u"object"_s },
                  { u"properties"_s,
                    QJsonObject { { u"n"_s, QJsonObject { { u"type"_s, u"number"_s } } } } } } }
    };
    QSignalSpy ready(m_pane.get(), &PayloadPane::payloadReady);
    m_pane->setPayload(compact(payload), schema);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 60000);
    const qsizetype total = m_pane->schemaCheck()->violations.size();
    QCOMPARE(total, PayloadPane::ProblemListLimit + 700);
    // The first ProblemListLimit are listed, then one line counting the rest.
    QCOMPARE(problems()->count(), PayloadPane::ProblemListLimit + 1);
    QCOMPARE(problems()->item(problems()->count() - 1)->text(), u"… and 700 more"_s);
    QVERIFY(problems()->item(0)->text().startsWith(u"/0/n"_s));
}

void TestPayloadPane::largePayloadValidatedOffThread()
{
    const QJsonArray payload = bigPayload(PayloadPane::LargePayloadBytes + 1024);
    const QJsonObject schema { { u"type"_s, u"array"_s },
                               { u"items"_s, personSchema() },
                               { u"maxItems"_s, 3 } };
    QSignalSpy ready(m_pane.get(), &PayloadPane::payloadReady);
    m_pane->setPayload(compact(payload), schema);
    QVERIFY(m_pane->isBusy());
    QVERIFY(schemaText().isEmpty()
            || m_pane->findChild<QWidget *>(u"payloadSchemaWidget"_s)->isHidden());
    QVERIFY(ready.wait(60000));
    QVERIFY(m_pane->schemaCheck().has_value());
    // Parsed for the check on the worker and let go there: the pane holds only the text.
    QVERIFY(m_pane->payload().isUndefined());
    QCOMPARE(m_pane->schemaCheck()->violations.size(), 1);
    QCOMPARE(problems()->count(), 1);
    QVERIFY(problems()->item(0)->text().startsWith(u"(root): "_s));
}

void TestPayloadPane::newerPayloadWinsOverSlowerOne()
{
    const QJsonArray big = bigPayload(PayloadPane::BackgroundBytes * 4);
    m_pane->setPayload(compact(big));
    QVERIFY(m_pane->isBusy());
    const QJsonObject small = person();
    m_pane->setPayload(compact(small));
    QVERIFY(!m_pane->isBusy());

    // The older job finishes and delivers; its result is dropped.
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->staleResultsDropped(), 1, 60000);
    QCOMPARE(m_pane->payload(), QJsonValue(small));
    QVERIFY(textEdit()->toPlainText().contains(u"Ada Lovelace"_s));
    QVERIFY(!textEdit()->toPlainText().contains(u"Person 0"_s));
    QCOMPARE(tree()->jsonModel()->rowCount(), 4);
}

void TestPayloadPane::streamDeltasShownAsLines()
{
    m_pane->beginStream();
    m_pane->appendStreamDelta(u"name"_s, u"Ada "_s);
    m_pane->appendStreamDelta(u"name"_s, u"Lovelace"_s);
    m_pane->appendStreamDelta(u"age"_s, 36);
    m_pane->appendStreamDelta(u"address.city"_s, u"London"_s);
    m_pane->appendStreamDelta(QString(), true);
    QCOMPARE(textEdit()->toPlainText(),
             u"name: Ada \nname: Lovelace\nage: 36\naddress.city: London\n(root): true"_s);

    // The final payload replaces the live lines.
    m_pane->setPayload(compact(person()));
    QVERIFY(textEdit()->toPlainText().startsWith(u"{\n"_s));
}

void TestPayloadPane::copyButtonCopiesText()
{
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    m_pane->setPayload(compact(person()));
    auto *copy = m_pane->findChild<QToolButton *>(u"copyPayloadToolButton"_s);
    QVERIFY(copy && copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), m_pane->text());
    QVERIFY(QGuiApplication::clipboard()->text().contains(u"\"city\": \"London\""_s));
}

void TestPayloadPane::clearEmptiesPane()
{
    m_pane->setPayload(compact(person()), personSchema());
    m_pane->clear();
    QVERIFY(textEdit()->toPlainText().isEmpty());
    QVERIFY(!m_pane->isTreeBuilt());
    QCOMPARE(tree()->jsonModel()->rowCount(), 0);
    QVERIFY(m_pane->findChild<QWidget *>(u"payloadSchemaWidget"_s)->isHidden());
    QVERIFY(!m_pane->schemaCheck().has_value());
}

QTEST_MAIN(TestPayloadPane)
#include "tst_payloadpane.moc"
