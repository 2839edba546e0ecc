#include "gui/json/JsonEditor.h"
#include "gui/json/JsonEditorDialog.h"
#include "gui/request/ExamplesEditor.h"
#include "gui/request/ExamplesModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using callpad::ExampleDraft;
using callpad::ExamplesEditor;
using callpad::ExamplesModel;
using callpad::JsonEditorDialog;
using callpad::Result;

namespace {

QList<ExampleDraft> rowsNamed(const QStringList &comments)
{
    QList<ExampleDraft> rows;
    for (const QString &comment : comments) {
        rows << ExampleDraft { comment, u"{\"q\": \"%1\"}"_s.arg(comment),
                               u"\"%1\""_s.arg(comment) };
    }
    return rows;
}

QStringList comments(const QList<ExampleDraft> &examples)
{
    QStringList list;
    for (const ExampleDraft &example : examples) {
        list << example.comment;
    }
    return list;
}

} // namespace

class TestExamplesEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void buttonsAndKeysAreUndoable_data();
    void buttonsAndKeysAreUndoable();
    void editJsonCellInDialog_data();
    void editJsonCellInDialog();
    void commentEditsInPlace();
    void pasteJsonlFromClipboard();
    void badJsonlLineAddsNothing();
    void invalidCellFlagged();
    void schemaWarningsDoNotBlock();

private:
    QTableView *view() const;
    void setCurrent(int row, int column) const;

    std::unique_ptr<ExamplesEditor> m_editor;
};

void TestExamplesEditor::init()
{
    m_editor = std::make_unique<ExamplesEditor>();
    m_editor->resize(700, 400);
    m_editor->show();
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    QVERIFY(view());
}

void TestExamplesEditor::cleanup()
{
    m_editor.reset();
}

QTableView *TestExamplesEditor::view() const
{
    return m_editor->findChild<QTableView *>(u"examplesTableView"_s);
}

void TestExamplesEditor::setCurrent(int row, int column) const
{
    view()->setFocus();
    view()->setCurrentIndex(m_editor->model()->index(row, column));
}

void TestExamplesEditor::buttonsAndKeysAreUndoable_data()
{
    QTest::addColumn<QString>("button"); // empty: use the key instead
    QTest::addColumn<QKeySequence>("key");
    QTest::addColumn<int>("currentRow");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("expectedRow");

    const QStringList add { u"a"_s, u"b"_s, QString(), u"c"_s };
    const QStringList duplicate { u"a"_s, u"b"_s, u"b"_s, u"c"_s };
    const QStringList remove { u"a"_s, u"c"_s };
    const QStringList up { u"b"_s, u"a"_s, u"c"_s };
    const QStringList down { u"a"_s, u"c"_s, u"b"_s };
    QTest::newRow("Add button") << u"addExamplePushButton"_s << QKeySequence() << 1 << add << 2;
    QTest::newRow("Insert key") << QString() << QKeySequence(Qt::Key_Insert) << 1 << add << 2;
    QTest::newRow("Duplicate button")
            << u"duplicateExamplePushButton"_s << QKeySequence() << 1 << duplicate << 2;
    QTest::newRow("Ctrl+D") << QString() << QKeySequence(Qt::CTRL | Qt::Key_D) << 1 << duplicate
                            << 2;
    QTest::newRow("Remove button")
            << u"removeExamplePushButton"_s << QKeySequence() << 1 << remove << 1;
    QTest::newRow("Delete key") << QString() << QKeySequence(Qt::Key_Delete) << 1 << remove << 1;
    QTest::newRow("Move up button")
            << u"moveExampleUpPushButton"_s << QKeySequence() << 1 << up << 0;
    QTest::newRow("Alt+Up") << QString() << QKeySequence(Qt::ALT | Qt::Key_Up) << 1 << up << 0;
    QTest::newRow("Move down button")
            << u"moveExampleDownPushButton"_s << QKeySequence() << 1 << down << 2;
    QTest::newRow("Alt+Down") << QString() << QKeySequence(Qt::ALT | Qt::Key_Down) << 1 << down
                              << 2;
}

void TestExamplesEditor::buttonsAndKeysAreUndoable()
{
    QFETCH(QString, button);
    QFETCH(QKeySequence, key);
    QFETCH(int, currentRow);
    QFETCH(QStringList, expected);
    QFETCH(int, expectedRow);

    const QStringList initial { u"a"_s, u"b"_s, u"c"_s };
    m_editor->setExamples(rowsNamed(initial));
    const int stepsBefore = m_editor->undoStack()->count();
    setCurrent(currentRow, ExamplesModel::CommentColumn);

    if (button.isEmpty()) {
        QTest::keySequence(view(), key);
    } else {
        auto *push = m_editor->findChild<QPushButton *>(button);
        QVERIFY(push);
        QVERIFY(push->isEnabled());
        QTest::mouseClick(push, Qt::LeftButton);
    }

    QCOMPARE(comments(m_editor->examples()), expected);
    QCOMPARE(view()->currentIndex().row(), expectedRow);
    QCOMPARE(m_editor->undoStack()->count(), stepsBefore + 1);

    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(comments(m_editor->examples()), initial);
    QCOMPARE(m_editor->examples(), rowsNamed(initial));
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(comments(m_editor->examples()), expected);
}

void TestExamplesEditor::editJsonCellInDialog_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("doubleClick");
    QTest::addColumn<bool>("accept");

    QTest::newRow("Enter on input, OK") << int(ExamplesModel::InputColumn) << false << true;
    QTest::newRow("double-click on output, OK") << int(ExamplesModel::OutputColumn) << true << true;
    QTest::newRow("Enter on output, Cancel") << int(ExamplesModel::OutputColumn) << false << false;
}

void TestExamplesEditor::editJsonCellInDialog()
{
    QFETCH(int, column);
    QFETCH(bool, doubleClick);
    QFETCH(bool, accept);

    m_editor->setExamples(rowsNamed({ u"a"_s, u"b"_s }));
    const QString before = m_editor->model()->cellText(1, column);
    const QModelIndex cell = m_editor->model()->index(1, column);
    setCurrent(1, column);
    if (doubleClick) {
        // A real double-click starts with a press; QTest::mouseDClick only sends the second.
        const QPoint centre = view()->visualRect(cell).center();
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, centre);
    } else {
        QTest::keyClick(view(), Qt::Key_Return);
    }

    JsonEditorDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = qobject_cast<JsonEditorDialog *>(QApplication::activeModalWidget())));
    QCOMPARE(dialog, m_editor->cellDialog());
    QCOMPARE(dialog->text(), before);

    callpad::JsonEditor *editor = dialog->editor();
    editor->setFocus();
    editor->selectAll();
    QTest::keyClicks(editor, u"{\"edited\": [1, 2]}"_s);
    auto *buttons = dialog->findChild<QDialogButtonBox *>(u"dialogButtonBox"_s);
    QVERIFY(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QTRY_VERIFY(ok->isEnabled());
    QTest::mouseClick(accept ? ok : buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!m_editor->cellDialog());

    const QString after = accept ? u"{\"edited\": [1, 2]}"_s : before;
    QCOMPARE(m_editor->model()->cellText(1, column), after);
    QCOMPARE(m_editor->undoStack()->canUndo(), true);
    m_editor->undoStack()->undo();
    // Accepted: one undo step gives the old cell back. Cancelled: that undo is the setExamples.
    QCOMPARE(m_editor->model()->rowCount(), accept ? 2 : 0);
    if (accept) {
        QCOMPARE(m_editor->model()->cellText(1, column), before);
    }
}

void TestExamplesEditor::commentEditsInPlace()
{
    m_editor->setExamples(rowsNamed({ u"a"_s }));
    setCurrent(0, ExamplesModel::CommentColumn);
    QTest::keyClick(view(), Qt::Key_F2);
    QWidget *lineEditor = QApplication::focusWidget();
    QVERIFY(lineEditor && lineEditor != view());
    QTest::keyClick(lineEditor, Qt::Key_End);
    QTest::keyClicks(lineEditor, u" plus"_s);
    QTest::keyClick(lineEditor, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop.
    QTRY_COMPARE(m_editor->examples().constFirst().comment, u"a plus"_s);
    QVERIFY(!m_editor->cellDialog()); // comments never open the JSON dialog

    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_editor->examples().constFirst().comment, u"a"_s);
}

void TestExamplesEditor::pasteJsonlFromClipboard()
{
    m_editor->setExamples(rowsNamed({ u"a"_s }));
    const int steps = m_editor->undoStack()->count();
    QGuiApplication::clipboard()->setText(
            u"{\"input\": {\"text\": \"x\"}, \"output\": 1, \"comment\": \"first\"}\n\n"
            "{\"input\": \"y\", \"output\": [2]}\n"_s);
    QTest::mouseClick(m_editor->findChild<QPushButton *>(u"pasteJsonlPushButton"_s),
                      Qt::LeftButton);

    QCOMPARE(comments(m_editor->examples()), (QStringList { u"a"_s, u"first"_s, QString() }));
    QCOMPARE(m_editor->model()->errorCount(), 0);
    QCOMPARE(m_editor->undoStack()->count(), steps + 1);
    QVERIFY(!m_editor->findChild<QLabel *>(u"examplesMessageLabel"_s)->isVisible());

    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->count(), 1);
}

void TestExamplesEditor::badJsonlLineAddsNothing()
{
    m_editor->setExamples(rowsNamed({ u"a"_s }));
    const int steps = m_editor->undoStack()->count();
    QGuiApplication::clipboard()->setText(
            u"{\"input\": 1, \"output\": 2}\n{\"input\": 1, \"outptu\": 2}\n"_s);
    QTest::mouseClick(m_editor->findChild<QPushButton *>(u"pasteJsonlPushButton"_s),
                      Qt::LeftButton);

    QCOMPARE(m_editor->count(), 1);
    QCOMPARE(m_editor->undoStack()->count(), steps);
    auto *message = m_editor->findChild<QLabel *>(u"examplesMessageLabel"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(u"Line 2: "_s), qPrintable(message->text()));

    const Result<int> added = m_editor->appendJsonl(u"{\"input\": 1, \"output\": 2}"_s);
    QCOMPARE(added.valueOr(0), 1);
    QVERIFY(added.error().isEmpty());
    const Result<int> refused = m_editor->appendJsonl(u"nope"_s);
    QCOMPARE(refused.valueOr(0), 0);
    QVERIFY(refused.error().startsWith(u"Line 1, column 1"_s));
    QCOMPARE(m_editor->count(), 2);
}

void TestExamplesEditor::invalidCellFlagged()
{
    m_editor->setExamples({ ExampleDraft { u"c"_s, u"{\"a\": 1}"_s, u"{oops"_s } });
    const QModelIndex output = m_editor->model()->index(0, ExamplesModel::OutputColumn);
    QCOMPARE(m_editor->problemCount(), 1);
    QVERIFY(m_editor->model()->data(output, Qt::BackgroundRole).value<QColor>().isValid());
    QVERIFY(m_editor->model()->data(output, Qt::ToolTipRole).toString().startsWith(u"Line 1"_s));

    // Rows that are not sent cannot fail the call.
    auto *send = m_editor->findChild<QCheckBox *>(u"sendExamplesCheckBox"_s);
    QVERIFY(send && send->isChecked());
    QTest::mouseClick(send, Qt::LeftButton, {}, QPoint(4, send->height() / 2));
    QVERIFY(!m_editor->sendExamples());
    QCOMPARE(m_editor->problemCount(), 0);
    m_editor->setSendExamples(true);
    QCOMPARE(m_editor->problemCount(), 1);
}

void TestExamplesEditor::schemaWarningsDoNotBlock()
{
    m_editor->setInputSchema(QJsonObject {
            { u"type"_s, u"object"_s },
            { u"required"_s, QJsonArray { u"text"_s } },
            { u"properties"_s,
              QJsonObject { { u"text"_s, QJsonObject { { u"type"_s, u"string"_s } } } } } });
    m_editor->setExamples({ ExampleDraft { {}, u"{\"text\": false}"_s, u"1"_s },
                            ExampleDraft { {}, u"{\"text\": \"ok\"}"_s, u"1"_s } });
    QCOMPARE(m_editor->warningCount(), 1);
    QCOMPARE(m_editor->problemCount(), 0);
    const QModelIndex input = m_editor->model()->index(0, ExamplesModel::InputColumn);
    QVERIFY(m_editor->model()->data(input, Qt::ToolTipRole).toString().contains(u"/text: "_s));
    QVERIFY(m_editor->model()->data(input, Qt::BackgroundRole).isValid());

    // A new row starts from the schema's template, which satisfies it.
    setCurrent(1, 0);
    QTest::mouseClick(m_editor->findChild<QPushButton *>(u"addExamplePushButton"_s),
                      Qt::LeftButton);
    QCOMPARE(m_editor->count(), 3);
    QCOMPARE(m_editor->model()->cellProblem(2, ExamplesModel::InputColumn).level,
             callpad::ProblemLevel::None);
}

QTEST_MAIN(TestExamplesEditor)
#include "tst_exampleseditor.moc"
