#include "core/protocol/JsonText.h"
#include "core/schema/SchemaValidation.h"
#include "demo/DemoCatalog.h"
#include "gui/json/JsonEditor.h"
#include "gui/request/InputEditor.h"
#include "gui/request/InputSchemaChecker.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace Qt::StringLiterals;
using callpad::InputEditor;
using callpad::JsonEditor;

namespace {

QJsonObject extractPersonSchema()
{
    const callpad::DemoCatalog catalog;
    const callpad::DemoFunction *function
            = catalog.function(QString(callpad::DemoIds::extractPerson));
    return function ? function->inputSchema : QJsonObject();
}

// Nested objects, an array of objects with an integer bound and an enum.
QJsonObject peopleSchema()
{
    const QJsonObject person {
        { u"type"_s, u"object"_s },
        { u"properties"_s,
          QJsonObject { { u"name"_s, QJsonObject { { u"type"_s, u"string"_s } } },
                        { u"age"_s,
                          QJsonObject { { u"type"_s, u"integer"_s }, { u"minimum"_s, 0 } } } } },
        { u"required"_s, QJsonArray { u"name"_s, u"age"_s } }
    };
    return QJsonObject {
        { u"type"_s, u"object"_s },
        { u"properties"_s,
          QJsonObject {
                  { u"people"_s,
                    QJsonObject { { u"type"_s, u"array"_s },
                                  { u"items"_s, person },
                                  { u"minItems"_s, 1 } } },
                  { u"mode"_s,
                    QJsonObject { { u"enum"_s, QJsonArray { u"fast"_s, u"careful"_s } } } } } },
        { u"required"_s, QJsonArray { u"people"_s, u"mode"_s } }
    };
}

// QTest::keyClicks() cannot type a line break.
void typeText(QWidget *widget, const QString &text)
{
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            QTest::keyClick(widget, Qt::Key_Return);
        }
        QTest::keyClicks(widget, lines.at(i));
    }
}

} // namespace

class TestInputEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void jsonErrorNamesLineAndColumn_data();
    void jsonErrorNamesLineAndColumn();
    void typedErrorIsListed();
    void plainStringNeverShowsJsonProblem_data();
    void plainStringNeverShowsJsonProblem();
    void insertTemplateNeedsSchema();
    void insertTemplateIsValidAndUndoable_data();
    void insertTemplateIsValidAndUndoable();
    void schemaViolationsListedByPointer_data();
    void schemaViolationsListedByPointer();
    void bigInputCheckedOnWorker();
    void formatAndCompactKeepUndo();

private:
    QListWidget *problemsList() const;
    QStringList problemTexts() const;
    void waitForChecks() const;

    std::unique_ptr<InputEditor> m_editor;
};

void TestInputEditor::init()
{
    m_editor = std::make_unique<InputEditor>();
    m_editor->resize(640, 420);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    QVERIFY(problemsList());
    QVERIFY(m_editor->findChild<JsonEditor *>(u"inputJsonEditor"_s));
}

void TestInputEditor::cleanup()
{
    m_editor.reset();
}

QListWidget *TestInputEditor::problemsList() const
{
    return m_editor->findChild<QListWidget *>(u"inputProblemsListWidget"_s);
}

QStringList TestInputEditor::problemTexts() const
{
    QStringList texts;
    for (int i = 0; i < problemsList()->count(); ++i) {
        texts << problemsList()->item(i)->text();
    }
    return texts;
}

void TestInputEditor::waitForChecks() const
{
    QTRY_VERIFY(!m_editor->isCheckPending());
}

void TestInputEditor::jsonErrorNamesLineAndColumn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("missing colon on line 3") << u"{\n  \"a\": 1,\n  \"b\" 2\n}"_s << 3 << 7;
    QTest::newRow("trailing comma") << u"[1, 2,]"_s << 1 << 6;
    QTest::newRow("unclosed object on line 2") << u"{\n  \"a\": tru\n}"_s << 2 << 8;
}

void TestInputEditor::jsonErrorNamesLineAndColumn()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);

    m_editor->setText(text);

    const QString expected = u"Line %1, column %2: "_s.arg(line).arg(column);
    QTRY_COMPARE(problemsList()->count(), 1);
    QVERIFY2(problemTexts().constFirst().startsWith(expected),
             qPrintable(problemTexts().join(u'|')));
    QVERIFY(problemsList()->isVisible());
    QCOMPARE(m_editor->problemCount(), 1);

    // Clicking the problem puts the cursor on it.
    JsonEditor *editor = m_editor->jsonEditor();
    editor->moveCursor(QTextCursor::End);
    QListWidgetItem *item = problemsList()->item(0);
    QTest::mouseClick(problemsList()->viewport(), Qt::LeftButton, {},
                      problemsList()->visualItemRect(item).center());
    QCOMPARE(editor->textCursor().blockNumber() + 1, line);
    QCOMPARE(editor->textCursor().positionInBlock() + 1, column);
}

void TestInputEditor::typedErrorIsListed()
{
    JsonEditor *editor = m_editor->jsonEditor();
    editor->setFocus();
    QTest::keyClicks(editor, u"{\"a\": [1, 2,, 3]}"_s);
    QTRY_COMPARE(m_editor->problemCount(), 1);
    QVERIFY(problemTexts().constFirst().startsWith(u"Line 1, column 13: "_s));

    // Fixing it removes the problem and hides the list.
    editor->selectAll();
    QTest::keyClicks(editor, u"{\"a\": [1, 2, 3]}"_s);
    QTRY_COMPARE(m_editor->problemCount(), 0);
    QCOMPARE(problemsList()->count(), 0);
    QVERIFY(!problemsList()->isVisible());
}

void TestInputEditor::plainStringNeverShowsJsonProblem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonObject>("schema");
    QTest::addColumn<bool>("schemaWarning"); // the string itself against the schema

    const QJsonObject stringSchema { { u"type"_s, u"string"_s } };
    QTest::newRow("prose, object schema")
            << u"Tell me about Ada Lovelace"_s << extractPersonSchema() << true;
    QTest::newRow("broken JSON, string schema") << u"{\"a\": "_s << stringSchema << false;
    QTest::newRow("quoted, no schema") << u"\"already quoted\""_s << QJsonObject() << false;
    QTest::newRow("multi-line, string schema")
            << u"line one\nline two {"_s << stringSchema << false;
}

void TestInputEditor::plainStringNeverShowsJsonProblem()
{
    QFETCH(QString, text);
    QFETCH(QJsonObject, schema);
    QFETCH(bool, schemaWarning);

    if (!schema.isEmpty()) {
        m_editor->setInputSchema(schema);
    }
    auto *plain = m_editor->findChild<QCheckBox *>(u"plainStringCheckBox"_s);
    QVERIFY(plain);
    QTest::mouseClick(plain, Qt::LeftButton, {}, QPoint(4, plain->height() / 2));
    QVERIFY(plain->isChecked());
    QVERIFY(m_editor->isPlainString());

    JsonEditor *editor = m_editor->jsonEditor();
    editor->setFocus();
    typeText(editor, text);
    QCOMPARE(m_editor->text(), text);
    waitForChecks();

    QCOMPARE(m_editor->problemCount(), 0);
    for (const QString &problem : problemTexts()) {
        QVERIFY2(!problem.startsWith(u"Line "_s), qPrintable(problem));
    }
    // The string that will be sent is what the schema sees: an object schema warns at the root.
    QCOMPARE(m_editor->warningCount(), schemaWarning ? 1 : 0);
    QCOMPARE(problemsList()->count(), schemaWarning ? 1 : 0);
    if (schemaWarning) {
        QCOMPARE(m_editor->schemaViolations().constFirst().pointer, QString());
        QVERIFY(problemTexts().constFirst().startsWith(u"/: "_s));
    }
    QVERIFY(!m_editor->findChild<QPushButton *>(u"inputFormatPushButton"_s)->isEnabled());
}

void TestInputEditor::insertTemplateNeedsSchema()
{
    auto *button = m_editor->findChild<QPushButton *>(u"insertTemplatePushButton"_s);
    QVERIFY(button);
    QVERIFY(!button->isVisible());
    QVERIFY(!m_editor->insertTemplate(false));

    m_editor->setInputSchema(extractPersonSchema());
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());

    m_editor->setInputSchema(std::nullopt);
    QVERIFY(!button->isVisible());
}

void TestInputEditor::insertTemplateIsValidAndUndoable_data()
{
    QTest::addColumn<QJsonObject>("schema");
    QTest::addColumn<QString>("previous");
    QTest::addColumn<bool>("previousPlain");

    QTest::newRow("demo extract-person over text")
            << extractPersonSchema() << u"{\"old\": true}"_s << false;
    QTest::newRow("nested people over empty") << peopleSchema() << QString() << false;
    QTest::newRow("nested people over plain string") << peopleSchema() << u"hello"_s << true;
}

void TestInputEditor::insertTemplateIsValidAndUndoable()
{
    QFETCH(QJsonObject, schema);
    QFETCH(QString, previous);
    QFETCH(bool, previousPlain);
    QVERIFY(!schema.isEmpty());

    m_editor->setPlainString(previousPlain);
    m_editor->jsonEditor()->setPlainText(previous);
    m_editor->setInputSchema(schema);

    QVERIFY(m_editor->insertTemplate(false));

    QVERIFY(!m_editor->isPlainString());
    const callpad::JsonTextResult parsed = callpad::parseJsonText(m_editor->text());
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    const callpad::SchemaCheck check = callpad::validateAgainstSchema(parsed.value, schema);
    QVERIFY(check.schemaOk);
    QVERIFY(check.isValid());
    waitForChecks();
    QVERIFY(m_editor->schemaViolations().isEmpty());
    QCOMPARE(m_editor->problemCount(), 0);
    const QString inserted = m_editor->text();

    // One undo step brings the previous text back, one redo the template.
    JsonEditor *editor = m_editor->jsonEditor();
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_editor->text(), previous);
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_editor->text(), inserted);
}

void TestInputEditor::schemaViolationsListedByPointer_data()
{
    QTest::addColumn<QJsonObject>("schema");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("pointers");

    QTest::newRow("wrong type") << extractPersonSchema() << u"{\"text\": 42}"_s
                                << QStringList { u"/text"_s };
    QTest::newRow("nested item") << peopleSchema()
                                 << u"{\"people\": [{\"name\": \"Ada\", \"age\": -3}], "
                                    "\"mode\": \"fast\"}"_s
                                 << QStringList { u"/people/0/age"_s };
    QTest::newRow("enum and nested type")
            << peopleSchema() << u"{\"people\": [{\"name\": 7, \"age\": 3}], \"mode\": \"slow\"}"_s
            << QStringList { u"/people/0/name"_s, u"/mode"_s };
    QTest::newRow("valid") << extractPersonSchema() << u"{\"text\": \"Ada, 36\"}"_s
                           << QStringList();
    QTest::newRow("invalid JSON: no schema check")
            << extractPersonSchema() << u"{\"text\": "_s << QStringList();
}

void TestInputEditor::schemaViolationsListedByPointer()
{
    QFETCH(QJsonObject, schema);
    QFETCH(QString, text);
    QFETCH(QStringList, pointers);

    m_editor->setInputSchema(schema);
    m_editor->setText(text);
    waitForChecks();

    QStringList found;
    for (const callpad::SchemaViolation &violation : m_editor->schemaViolations()) {
        found << violation.pointer;
    }
    found.sort();
    pointers.sort();
    QCOMPARE(found, pointers);
    QCOMPARE(m_editor->warningCount(), int(pointers.size()));

    // Each violation is one "/pointer: message" line; the JSON error alone otherwise.
    const QStringList texts = problemTexts();
    if (callpad::parseJsonText(text).ok) {
        QCOMPARE(texts.size(), pointers.size());
        for (const QString &pointer : std::as_const(pointers)) {
            const bool listed = std::any_of(texts.cbegin(), texts.cend(), [&](const QString &t) {
                return t.startsWith(pointer + u": "_s);
            });
            QVERIFY2(listed, qPrintable(pointer));
        }
        QCOMPARE(m_editor->problemCount(), 0); // warnings never block
    } else {
        QCOMPARE(texts.size(), 1);
        QVERIFY(texts.constFirst().startsWith(u"Line 1"_s));
    }
}

void TestInputEditor::bigInputCheckedOnWorker()
{
    m_editor->schemaChecker()->setAsyncThreshold(16);
    m_editor->setInputSchema(extractPersonSchema());
    QSignalSpy spy(m_editor->schemaChecker(), &callpad::InputSchemaChecker::resultChanged);
    m_editor->setText(u"{\"text\": [\"not\", \"a\", \"string\"]}"_s);

    QTRY_COMPARE(m_editor->schemaViolations().size(), 1);
    QCOMPARE(m_editor->schemaViolations().constFirst().pointer, u"/text"_s);
    QVERIFY(!spy.isEmpty());

    // An edit that fixes it wins over any result still running for the old text.
    m_editor->setText(u"{\"text\": \"Ada Lovelace lived in London and was born in 1815\"}"_s);
    QTRY_VERIFY(!m_editor->isCheckPending() && m_editor->schemaViolations().isEmpty());
}

void TestInputEditor::formatAndCompactKeepUndo()
{
    m_editor->setText(u"{\"a\":[1,2]}"_s);
    auto *format = m_editor->findChild<QPushButton *>(u"inputFormatPushButton"_s);
    auto *compact = m_editor->findChild<QPushButton *>(u"inputCompactPushButton"_s);
    QVERIFY(format && compact);
    QTest::mouseClick(format, Qt::LeftButton);
    QVERIFY(m_editor->text().contains(u'\n'));
    QTest::mouseClick(compact, Qt::LeftButton);
    QCOMPARE(m_editor->text(), u"{\"a\":[1,2]}"_s);
    m_editor->jsonEditor()->undo();
    QVERIFY(m_editor->text().contains(u'\n'));
}

QTEST_MAIN(TestInputEditor)
#include "tst_inputeditor.moc"
