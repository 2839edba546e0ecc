#include "core/protocol/JsonText.h"
#include "gui/json/JsonTreeModel.h"
#include "gui/json/JsonTreeView.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QScrollBar>
#include <QTest>

using namespace Qt::StringLiterals;
using callpad::JsonTreeModel;
using callpad::JsonTreeView;

namespace {

QJsonValue json(const QString &text)
{
    const callpad::JsonTextResult result = callpad::parseJsonText(text);
    if (!result.ok) {
        qFatal("bad test JSON: %s", qPrintable(result.error));
    }
    return result.value;
}

// Expands down `rows` like a user clicking the arrows, and returns the item reached.
QModelIndex expandTo(JsonTreeView *view, const QList<int> &rows)
{
    QModelIndex index;
    for (const int row : rows) {
        if (index.isValid()) {
            view->expand(index);
        }
        index = view->model()->index(row, 0, index);
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

class TestJsonTreeView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void copyToClipboard_data();
    void copyToClipboard();
    void contextMenuOffersActions();
    void expandSubtreeIsBounded();
    void collapseSubtreeCollapsesDescendants();
    void scrollingToTheEndFetchesMore();

private:
    std::unique_ptr<JsonTreeView> m_view;
};

void TestJsonTreeView::init()
{
    m_view = std::make_unique<JsonTreeView>();
    m_view->resize(500, 300);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QGuiApplication::clipboard()->setText(u"sentinel"_s);
}

void TestJsonTreeView::copyToClipboard_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("rows");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("actionName");
    QTest::addColumn<QKeyCombination>("keys");
    QTest::addColumn<QString>("expected");

    const QString people = u"{\"people\": [{\"name\": \"Ada Lovelace\", \"tags\": [\"a/b\"]}]}"_s;
    const auto ctrlC = QKeyCombination(Qt::ControlModifier, Qt::Key_C);
    const auto ctrlShiftC = QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_C);
    const auto ctrlAltC = QKeyCombination(Qt::ControlModifier | Qt::AltModifier, Qt::Key_C);

    QTest::newRow("string value is copied raw")
            << people << QList<int> { 0, 0, 0 } << 1 << u"copyValueAction"_s << ctrlC
            << u"Ada Lovelace"_s;
    QTest::newRow("subtree is copied as compact JSON")
            << people << QList<int> { 0, 0 } << 0 << u"copyValueAction"_s << ctrlC
            << u"{\"name\":\"Ada Lovelace\",\"tags\":[\"a/b\"]}"_s;
    QTest::newRow("number value") << u"{\"n\": 1.5}"_s << QList<int> { 0 } << 2
                                  << u"copyValueAction"_s << ctrlC << u"1.5"_s;
    QTest::newRow("path of a nested member")
            << people << QList<int> { 0, 0, 0 } << 0 << u"copyPathAction"_s << ctrlShiftC
            << u"people[0].name"_s;
    QTest::newRow("JSON pointer of an array element")
            << people << QList<int> { 0, 0, 1, 0 } << 0 << u"copyPointerAction"_s << ctrlAltC
            << u"/people/0/tags/0"_s;
}

void TestJsonTreeView::copyToClipboard()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, rows);
    QFETCH(int, column);
    QFETCH(QString, actionName);
    QFETCH(QKeyCombination, keys);
    QFETCH(QString, expected);

    m_view->setJson(json(text));
    const QModelIndex index = expandTo(m_view.get(), rows);
    QVERIFY(index.isValid());
    m_view->setCurrentIndex(index.siblingAtColumn(column));

    auto *action = m_view->findChild<QAction *>(actionName);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);

    // The same through the keyboard shortcut.
    QGuiApplication::clipboard()->setText(u"sentinel"_s);
    m_view->setFocus();
    QTest::keyClick(m_view.get(), keys.key(), keys.keyboardModifiers());
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
}

void TestJsonTreeView::contextMenuOffersActions()
{
    m_view->setJson(json(u"{\"a\": [1]}"_s));
    QVERIFY(!m_view->copyValueAction()->isEnabled()); // no current item yet

    m_view->setCurrentIndex(m_view->model()->index(0, 0));
    QVERIFY(m_view->copyValueAction()->isEnabled());
    QVERIFY(m_view->expandSubtreeAction()->isEnabled());

    m_view->expand(m_view->model()->index(0, 0));
    m_view->setCurrentIndex(m_view->model()->index(0, 0, m_view->model()->index(0, 0)));
    QVERIFY(m_view->copyPathAction()->isEnabled());
    QVERIFY(!m_view->expandSubtreeAction()->isEnabled()); // a leaf
}

void TestJsonTreeView::expandSubtreeIsBounded()
{
    // 100 objects, each holding 100 numbers: 10,100 rows below "data" if fully expanded.
    QJsonArray data;
    for (int i = 0; i < 100; ++i) {
        data.append(QJsonObject { { u"values"_s, numbers(100) } });
    }
    m_view->setJson(QJsonObject { { u"data"_s, data } });
    const QModelIndex root = m_view->model()->index(0, 0);

    const int revealed = m_view->expandSubtree(root, 500);

    QVERIFY(revealed >= 500);
    QVERIFY(revealed < 700);
    QVERIFY(m_view->isExpanded(root));
    const QModelIndex firstObject = m_view->model()->index(0, 0, root);
    QVERIFY(m_view->isExpanded(firstObject));
    QVERIFY(m_view->isExpanded(m_view->model()->index(0, 0, firstObject)));
    QVERIFY(!m_view->isExpanded(m_view->model()->index(0, 0, m_view->model()->index(99, 0, root))));
    QVERIFY(m_view->jsonModel()->builtRowCount() < 1000);
}

void TestJsonTreeView::collapseSubtreeCollapsesDescendants()
{
    m_view->setJson(json(u"{\"a\": {\"b\": {\"c\": [1, 2]}}}"_s));
    const QModelIndex a = m_view->model()->index(0, 0);
    m_view->setCurrentIndex(a);
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Asterisk);
    const QModelIndex b = m_view->model()->index(0, 0, a);
    const QModelIndex c = m_view->model()->index(0, 0, b);
    QVERIFY(m_view->isExpanded(a));
    QVERIFY(m_view->isExpanded(c));

    QTest::keyClick(m_view.get(), Qt::Key_Slash);

    QVERIFY(!m_view->isExpanded(a));
    QVERIFY(!m_view->isExpanded(b));
    QVERIFY(!m_view->isExpanded(c));
}

void TestJsonTreeView::scrollingToTheEndFetchesMore()
{
    m_view->setJson(QJsonObject { { u"big"_s, numbers(5000) } });
    const QModelIndex big = m_view->model()->index(0, 0);
    m_view->expand(big);
    // Expanding builds a few chunks (QTreeView fetches again on its own layouts), not all 5000.
    const int built = m_view->model()->rowCount(big);
    QVERIFY(built >= JsonTreeModel::FetchChunkSize);
    QVERIFY(built < 5000);

    QScrollBar *bar = m_view->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum());

    QVERIFY(m_view->model()->rowCount(big) > built);
}

QTEST_MAIN(TestJsonTreeView)
#include "tst_jsontreeview.moc"
