#include "core/protocol/JsonText.h"
#include "gui/json/JsonEditor.h"
#include "gui/json/JsonEditorGutter.h"
#include "gui/json/JsonHighlighter.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QThreadPool>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(callpad::JsonToken)
using callpad::JsonEditor;
using callpad::JsonHighlighter;
using callpad::JsonToken;

namespace {

void typeAtEnd(JsonEditor *editor, const QString &text)
{
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, text);
}

// "[\n  1234567890,\n ... \n  oops\n]": big enough to be validated off the GUI thread, with
// the error on a known line.
QString bigInvalidArray(int lines)
{
    QString text = u"[\n"_s;
    for (int i = 0; i < lines; ++i) {
        text += u"  1234567890,\n"_s;
    }
    text += u"  oops\n]"_s;
    return text;
}

} // namespace

class TestJsonEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invalidJsonReportsPosition_data();
    void invalidJsonReportsPosition();
    void fixingTextBecomesValid();
    void errorLineIsMarked();
    void formatThenUndoRestoresText();
    void compactJoinsLines();
    void reformatLeavesInvalidTextAlone();
    void plainStringModeIsNeverInvalid_data();
    void plainStringModeIsNeverInvalid();
    void emptyTextFollowsAllowEmpty();
    void highlightsTokens_data();
    void highlightsTokens();
    void coloursFollowPalette();
    void gutterGrowsWithLineCount();
    void tabInsertsTwoSpaces();
    void largeTextValidatesOffThread();
    void staleAsyncResultIsDropped();
    void hugeTextIsNotHighlighted();
};

void TestJsonEditor::invalidJsonReportsPosition_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("unquoted key") << QString() << u"{a: 1}"_s << 1 << 2;
    QTest::newRow("missing value") << QString() << u"{\"a\": }"_s << 1 << 7;
    QTest::newRow("unterminated array") << QString() << u"[1, 2"_s << 1 << 6;
    QTest::newRow("trailing comma on line 3") << u"[\n  1,\n  2,\n"_s << u"]"_s << 3 << 4;
    QTest::newRow("unknown word on line 3")
            << u"{\n  \"a\": 1,\n  \"b\": "_s << u"tru}"_s << 3 << 8;
}

void TestJsonEditor::invalidJsonReportsPosition()
{
    QFETCH(QString, preset);
    QFETCH(QString, typed);
    QFETCH(int, line);
    QFETCH(int, column);

    JsonEditor editor;
    editor.setPlainText(preset);
    editor.validateNow();
    QSignalSpy spy(&editor, &JsonEditor::validityChanged);

    typeAtEnd(&editor, typed);

    QTRY_VERIFY(!spy.isEmpty());
    const QList<QVariant> last = spy.last();
    QCOMPARE(last.at(0).toBool(), false);
    QCOMPARE(last.at(2).toInt(), line);
    QCOMPARE(last.at(3).toInt(), column);
    QVERIFY(last.at(1).toString().contains(u"Line %1, column %2"_s.arg(line).arg(column)));
    QCOMPARE(editor.problem(), last.at(1).toString());
    QVERIFY(!editor.isValid());
}

void TestJsonEditor::fixingTextBecomesValid()
{
    JsonEditor editor;
    QSignalSpy spy(&editor, &JsonEditor::validityChanged);
    typeAtEnd(&editor, u"{\"a\": [1, 2]"_s);
    QTRY_VERIFY(!spy.isEmpty() && !spy.last().at(0).toBool());

    typeAtEnd(&editor, u"}"_s);

    QTRY_VERIFY(spy.last().at(0).toBool());
    QVERIFY(editor.isValid());
    QVERIFY(editor.problem().isEmpty());
    QCOMPARE(spy.last().at(2).toInt(), 0);
    QCOMPARE(editor.jsonValue(), callpad::parseJsonText(u"{\"a\": [1, 2]}").value);
}

void TestJsonEditor::errorLineIsMarked()
{
    JsonEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setPlainText(u"[\n  1,\n  2,\n]"_s);
    QVERIFY(!editor.validateNow());

    bool lineTinted = false;
    bool charUnderlined = false;
    for (const QTextEdit::ExtraSelection &selection : editor.extraSelections()) {
        if (selection.format.property(QTextFormat::FullWidthSelection).toBool()) {
            lineTinted = selection.cursor.blockNumber() == 2;
        }
        if (selection.format.underlineStyle() == QTextCharFormat::WaveUnderline) {
            charUnderlined
                    = selection.cursor.selectionStart() - selection.cursor.block().position() == 3;
        }
    }
    QVERIFY(lineTinted);
    QVERIFY(charUnderlined);
    auto *gutter = editor.findChild<callpad::JsonEditorGutter *>(u"jsonEditorGutter"_s);
    QVERIFY(gutter);
    QCOMPARE(gutter->toolTip(), editor.problem());

    editor.moveCursor(QTextCursor::Start);
    editor.jumpToError();
    QCOMPARE(editor.textCursor().blockNumber(), 2);
    QCOMPARE(editor.textCursor().positionInBlock(), 3);

    editor.setPlainText(u"[1, 2]"_s);
    QVERIFY(editor.validateNow());
    QVERIFY(editor.extraSelections().isEmpty());
}

void TestJsonEditor::formatThenUndoRestoresText()
{
    JsonEditor editor;
    const QString original = u"{\"list\":[1,2],\"name\":\"x\"}"_s;
    editor.setPlainText(original);

    QVERIFY(editor.formatJson());
    const QString formatted = editor.toPlainText();
    QCOMPARE(formatted, callpad::toJsonText(callpad::parseJsonText(original).value, true));
    QVERIFY(formatted.contains(u'\n'));
    QVERIFY(editor.isValid());

    editor.undo();
    QCOMPARE(editor.toPlainText(), original);
    editor.redo();
    QCOMPARE(editor.toPlainText(), formatted);
}

void TestJsonEditor::compactJoinsLines()
{
    JsonEditor editor;
    editor.setPlainText(u"{\n  \"a\": [\n    1,\n    2\n  ]\n}"_s);

    QVERIFY(editor.compactAction()->isEnabled());
    editor.compactAction()->trigger();

    QCOMPARE(editor.toPlainText(), u"{\"a\":[1,2]}"_s);
    QCOMPARE(editor.blockCount(), 1);
    editor.undo();
    QCOMPARE(editor.blockCount(), 6);
}

void TestJsonEditor::reformatLeavesInvalidTextAlone()
{
    JsonEditor editor;
    const QString broken = u"{\"a\": [1, 2}"_s;
    editor.setPlainText(broken);

    QVERIFY(!editor.formatJson());
    QVERIFY(!editor.compactJson());

    QCOMPARE(editor.toPlainText(), broken);
    QVERIFY(!editor.isValid());
    QCOMPARE(editor.errorLine(), 1);
}

void TestJsonEditor::plainStringModeIsNeverInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("unbalanced brace") << u"{"_s;
    QTest::newRow("prose") << u"hello world"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("valid JSON stays a string") << u"[1, 2]"_s;
}

void TestJsonEditor::plainStringModeIsNeverInvalid()
{
    QFETCH(QString, text);

    JsonEditor editor;
    editor.setPlainStringMode(true);
    QVERIFY(editor.isValid());
    QSignalSpy spy(&editor, &JsonEditor::validityChanged);

    editor.setPlainText(text);
    typeAtEnd(&editor, u" ]"_s);
    editor.validate();

    QVERIFY(editor.isValid());
    QVERIFY(editor.problem().isEmpty());
    QVERIFY(!editor.isValidationPending());
    QVERIFY(spy.isEmpty());
    QCOMPARE(editor.jsonValue(), QJsonValue(text + u" ]"_s));
    QVERIFY(!editor.formatAction()->isEnabled());
    QVERIFY(!editor.formatJson());
    QVERIFY(editor.highlighter()->isSuspended());
}

void TestJsonEditor::emptyTextFollowsAllowEmpty()
{
    JsonEditor editor;
    QVERIFY(!editor.isValid());
    QVERIFY(!editor.problem().isEmpty());
    QCOMPARE(editor.jsonValue(), QJsonValue(QJsonValue::Undefined));

    QSignalSpy spy(&editor, &JsonEditor::validityChanged);
    editor.setAllowEmpty(true);
    QCOMPARE(spy.count(), 1);
    QVERIFY(spy.last().at(0).toBool());
    QVERIFY(editor.isValid());

    editor.setPlainText(u"  \n  "_s);
    QVERIFY(editor.validateNow());
}

void TestJsonEditor::highlightsTokens_data()
{
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<JsonToken>("token");

    QTest::newRow("key") << u"\"name\""_s << JsonToken::Key;
    QTest::newRow("string") << u"\"Ada\""_s << JsonToken::String;
    QTest::newRow("number") << u"-36.5e2"_s << JsonToken::Number;
    QTest::newRow("keyword") << u"true"_s << JsonToken::Keyword;
    QTest::newRow("punctuation") << u"{"_s << JsonToken::Punctuation;
}

void TestJsonEditor::highlightsTokens()
{
    QFETCH(QString, fragment);
    QFETCH(JsonToken, token);

    JsonEditor editor;
    const QString text = u"{\"name\": \"Ada\", \"age\": -36.5e2, \"ok\": true}"_s;
    editor.setPlainText(text);
    const int start = static_cast<int>(text.indexOf(fragment));
    QVERIFY(start >= 0);

    const QColor expected = editor.highlighter()->format(token).foreground().color();
    bool found = false;
    for (const QTextLayout::FormatRange &range :
         editor.document()->firstBlock().layout()->formats()) {
        if (range.start == start && range.length == fragment.size()) {
            found = range.format.foreground().color() == expected;
        }
    }
    QVERIFY2(found, qPrintable(fragment));
}

void TestJsonEditor::coloursFollowPalette()
{
    JsonEditor editor;
    QPalette dark = editor.palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    editor.setPalette(dark);
    QVERIFY(editor.highlighter()->isDarkPalette());
    // Light tokens on a dark background.
    QVERIFY(editor.highlighter()->format(JsonToken::Key).foreground().color().lightness() > 128);

    QPalette light = dark;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    editor.setPalette(light);
    QVERIFY(!editor.highlighter()->isDarkPalette());
    QVERIFY(editor.highlighter()->format(JsonToken::Key).foreground().color().lightness() < 128);
}

void TestJsonEditor::gutterGrowsWithLineCount()
{
    JsonEditor editor;
    editor.resize(400, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *gutter = editor.findChild<callpad::JsonEditorGutter *>(u"jsonEditorGutter"_s);
    QVERIFY(gutter);

    editor.setPlainText(u"[\n1,\n2\n]"_s);
    const int narrow = gutter->width();
    QCOMPARE(narrow, editor.gutterWidth());

    QStringList lines;
    for (int i = 0; i < 1000; ++i) {
        lines << u"%1,"_s.arg(i);
    }
    editor.setPlainText(u"[\n"_s + lines.join(u'\n') + u"\n0]"_s);

    QTRY_VERIFY(gutter->width() > narrow);
    QCOMPARE(gutter->width(), editor.gutterWidth());
    QCOMPARE(editor.viewport()->geometry().left(), editor.contentsRect().left() + gutter->width());
}

void TestJsonEditor::tabInsertsTwoSpaces()
{
    JsonEditor editor;
    QTest::keyClick(&editor, Qt::Key_Tab);
    QTest::keyClicks(&editor, u"1"_s);
    QCOMPARE(editor.toPlainText(), u"  1"_s);
}

void TestJsonEditor::largeTextValidatesOffThread()
{
    JsonEditor editor;
    const QString text = bigInvalidArray(30000);
    QVERIFY(text.size() > callpad::JsonValidator::DefaultAsyncThreshold);
    QSignalSpy spy(&editor, &JsonEditor::validityChanged);

    editor.setPlainText(text);
    QVERIFY(editor.isValidationPending());
    editor.validate();
    // The worker's result arrives through the event loop, never inside validate().
    QVERIFY(spy.isEmpty());

    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.last().at(0).toBool(), false);
    QCOMPARE(spy.last().at(2).toInt(), 30002);
    QCOMPARE(spy.last().at(3).toInt(), 3);
    QVERIFY(!editor.isValidationPending());
}

void TestJsonEditor::staleAsyncResultIsDropped()
{
    JsonEditor editor;
    QSignalSpy spy(&editor, &JsonEditor::validityChanged);
    editor.setPlainText(bigInvalidArray(30000));
    editor.validate();

    editor.setPlainText(u"[1]"_s);
    QVERIFY(editor.validateNow());
    // The older check finishes and delivers; its result is dropped.
    QTRY_COMPARE_WITH_TIMEOUT(editor.validator()->staleResultsDropped(), 1, 60000);

    QVERIFY(editor.isValid());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().at(0).toBool(), true);
}

void TestJsonEditor::hugeTextIsNotHighlighted()
{
    JsonEditor editor;
    QString text = u"[\n"_s;
    const QString line = u"  \"abcdefghijklmnopqrstuvwxyz\",\n"_s;
    while (text.size() <= JsonHighlighter::DefaultSizeLimit) {
        text += line;
    }
    text += u"  0\n]"_s;
    editor.setPlainText(text);

    QVERIFY(editor.highlighter()->isSuspended());
    QVERIFY(editor.document()->findBlockByNumber(1).layout()->formats().isEmpty());

    editor.setPlainText(u"[\n  \"abc\"\n]"_s);
    QTRY_VERIFY(!editor.document()->findBlockByNumber(1).layout()->formats().isEmpty());
}

QTEST_MAIN(TestJsonEditor)
#include "tst_jsoneditor.moc"
