#include "core/protocol/CallRequest.h"
#include "gui/json/JsonEditor.h"
#include "gui/request/ExamplesEditor.h"
#include "gui/request/ExamplesModel.h"
#include "gui/request/InputEditor.h"
#include "gui/request/RequestForm.h"
#include "gui/request/TagsEditor.h"

#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using callpad::CallDraft;
using callpad::ExampleDraft;
using callpad::ExamplesModel;
using callpad::RequestForm;
using callpad::Tag;

Q_DECLARE_METATYPE(callpad::CallDraft)

namespace {

const QString SpanId = u"123e4567-e89b-42d3-a456-426614174000"_s;

CallDraft fullDraft()
{
    CallDraft draft;
    draft.inputText = u"{\n    \"text\": \"Ada Lovelace, London\"\n}"_s;
    draft.examples
            = { ExampleDraft { u"short"_s, u"{\"text\": \"Bo\"}"_s, u"{\"name\": \"Bo\"}"_s },
                ExampleDraft { QString(), u"{\"text\": \"Cy\"}"_s, u"\"Cy\""_s } };
    draft.tags = { Tag { u"env"_s, u"test"_s }, Tag { u"team"_s, u"núcleo"_s } };
    draft.parentSpanId = SpanId;
    return draft;
}

// checkDraft() also wants the two ids, which are not the form's business.
CallDraft withIds(CallDraft draft)
{
    draft.functionId = u"0f000002-0000-4000-8000-000000000002"_s;
    draft.revisionId = u"0e000002-0000-4000-8000-000000000002"_s;
    return draft;
}

bool hasField(const QList<callpad::ApiError> &problems, const QString &prefix)
{
    return std::any_of(problems.cbegin(), problems.cend(), [&](const callpad::ApiError &error) {
        return error.field.startsWith(prefix);
    });
}

} // namespace

class TestRequestForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void draftRoundTrip_data();
    void draftRoundTrip();
    void setDraftIsUndoable();
    void showProblemsPointsAtTheField_data();
    void showProblemsPointsAtTheField();
    void showProblemsIgnoresOtherFields();
    void flagsAgreeWithCheckDraft_data();
    void flagsAgreeWithCheckDraft();
    void tabsShowCountsAndMarkers();
    void parentSpanValidatedAsTyped();
    void undoSurvivesSending();

private:
    bool spanFlagged() const;
    void waitForChecks() const;

    std::unique_ptr<RequestForm> m_form;
};

void TestRequestForm::init()
{
    m_form = std::make_unique<RequestForm>();
    m_form->resize(720, 520);
    m_form->show();
    m_form->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_form.get()));
    QVERIFY(m_form->findChild<QTabWidget *>(u"requestTabWidget"_s));
    QVERIFY(m_form->findChild<QLineEdit *>(u"parentSpanLineEdit"_s));
}

void TestRequestForm::cleanup()
{
    m_form.reset();
}

bool TestRequestForm::spanFlagged() const
{
    const QLineEdit *span = m_form->parentSpanLineEdit();
    return span->palette().color(QPalette::Base) != m_form->palette().color(QPalette::Base);
}

void TestRequestForm::waitForChecks() const
{
    QTRY_VERIFY(!m_form->inputEditor()->isCheckPending());
}

void TestRequestForm::draftRoundTrip_data()
{
    QTest::addColumn<CallDraft>("draft");

    QTest::newRow("every field") << fullDraft();
    CallDraft plain = fullDraft();
    plain.inputText = u"Tell me about\nAda {not JSON}"_s;
    plain.inputIsPlainString = true;
    plain.sendExamples = false;
    QTest::newRow("plain string, examples kept but not sent") << plain;
    QTest::newRow("empty") << CallDraft();
    CallDraft broken;
    broken.inputText = u"{\"a\": "_s;
    broken.examples = { ExampleDraft { u"c"_s, QString(), u"{oops"_s } };
    broken.tags = { Tag { QString(), u"v"_s }, Tag { u"k"_s, u"1"_s }, Tag { u"k"_s, u"2"_s } };
    broken.parentSpanId = u"  not a span "_s;
    QTest::newRow("invalid content kept verbatim") << broken;
    QTest::newRow("ids are not the form's") << withIds(fullDraft());
}

void TestRequestForm::draftRoundTrip()
{
    QFETCH(CallDraft, draft);

    m_form->setDraft(draft);

    CallDraft expected = draft;
    expected.functionId.clear();
    expected.revisionId.clear();
    QCOMPARE(m_form->draft(), expected);
    QCOMPARE(m_form->inputEditor()->isPlainString(), draft.inputIsPlainString);
    QCOMPARE(m_form->examplesEditor()->sendExamples(), draft.sendExamples);
}

void TestRequestForm::setDraftIsUndoable()
{
    const CallDraft first = fullDraft();
    m_form->setDraft(first);
    CallDraft second;
    second.inputText = u"[1, 2, 3]"_s;
    second.examples = { ExampleDraft { u"only"_s, u"1"_s, u"2"_s } };
    second.tags = { Tag { u"x"_s, u"y"_s } };
    m_form->setDraft(second);
    QCOMPARE(m_form->draft(), second);

    // Each editor takes its part back with its own undo.
    m_form->inputEditor()->jsonEditor()->undo();
    m_form->examplesEditor()->undoStack()->undo();
    m_form->tagsEditor()->undoStack()->undo();
    m_form->parentSpanLineEdit()->undo();
    QCOMPARE(m_form->draft(), first);
}

void TestRequestForm::showProblemsPointsAtTheField_data()
{
    QTest::addColumn<CallDraft>("draft");
    QTest::addColumn<int>("tab");
    QTest::addColumn<int>("row"); // input: line; tables: row
    QTest::addColumn<int>("column"); // input: column; tables: column

    CallDraft input;
    input.inputText = u"{\n  \"a\": 1,\n  \"b\" 2\n}"_s;
    QTest::newRow("input JSON error") << input << int(RequestForm::InputTab) << 3 << 7;

    CallDraft output = fullDraft();
    output.examples[1].outputText = u"{oops"_s;
    QTest::newRow("example output")
            << output << int(RequestForm::ExamplesTab) << 1 << int(ExamplesModel::OutputColumn);

    CallDraft emptyInput;
    emptyInput.examples = { ExampleDraft { {}, u"1"_s, u"2"_s }, ExampleDraft { {}, {}, u"2"_s } };
    QTest::newRow("empty example input")
            << emptyInput << int(RequestForm::ExamplesTab) << 1 << int(ExamplesModel::InputColumn);

    CallDraft duplicate;
    duplicate.tags = { Tag { u"a"_s, {} }, Tag { u"b"_s, {} }, Tag { u"a"_s, {} } };
    QTest::newRow("duplicate tag key") << duplicate << int(RequestForm::TagsTab) << 2 << 0;

    CallDraft emptyKey;
    emptyKey.tags = { Tag { u"a"_s, {} }, Tag { u" "_s, u"v"_s } };
    QTest::newRow("empty tag key") << emptyKey << int(RequestForm::TagsTab) << 1 << 0;

    CallDraft span;
    span.parentSpanId = u"span-1"_s;
    QTest::newRow("parent span id") << span << -1 << 0 << 0;

    CallDraft several = duplicate;
    several.inputText = u"[1,,2]"_s;
    several.parentSpanId = u"x"_s;
    QTest::newRow("the first problem wins") << several << int(RequestForm::InputTab) << 1 << 4;
}

void TestRequestForm::showProblemsPointsAtTheField()
{
    QFETCH(CallDraft, draft);
    QFETCH(int, tab);
    QFETCH(int, row);
    QFETCH(int, column);

    m_form->setDraft(draft);
    QTabWidget *tabs = m_form->tabWidget();
    // Start away from the expected tab, so switching to it is proven.
    tabs->setCurrentIndex(tab == RequestForm::TagsTab ? RequestForm::InputTab
                                                      : RequestForm::TagsTab);
    m_form->inputEditor()->jsonEditor()->moveCursor(QTextCursor::End);

    const callpad::DraftCheck check = callpad::checkDraft(withIds(m_form->draft()));
    QVERIFY(!check.ok());
    QVERIFY(m_form->showProblems(check.problems));

    if (tab < 0) {
        QTRY_VERIFY(m_form->parentSpanLineEdit()->hasFocus());
        QCOMPARE(m_form->parentSpanLineEdit()->selectedText(), draft.parentSpanId);
        return;
    }
    QCOMPARE(tabs->currentIndex(), tab);
    if (tab == RequestForm::InputTab) {
        const QTextCursor cursor = m_form->inputEditor()->jsonEditor()->textCursor();
        QCOMPARE(cursor.blockNumber() + 1, row);
        QCOMPARE(cursor.positionInBlock() + 1, column);
        QTRY_VERIFY(m_form->inputEditor()->jsonEditor()->hasFocus());
    } else {
        QTableView *view = tab == RequestForm::ExamplesTab ? m_form->examplesEditor()->tableView()
                                                           : m_form->tagsEditor()->tableView();
        QCOMPARE(view->currentIndex().row(), row);
        QCOMPARE(view->currentIndex().column(), column);
        QTRY_VERIFY(view->hasFocus());
    }
}

void TestRequestForm::showProblemsIgnoresOtherFields()
{
    m_form->setDraft(fullDraft());
    const callpad::DraftCheck check = callpad::checkDraft(m_form->draft()); // no ids
    QCOMPARE(check.problems.size(), 2);
    m_form->tabWidget()->setCurrentIndex(RequestForm::TagsTab);
    QVERIFY(!m_form->showProblems(check.problems));
    QCOMPARE(m_form->tabWidget()->currentIndex(), int(RequestForm::TagsTab));
}

void TestRequestForm::flagsAgreeWithCheckDraft_data()
{
    QTest::addColumn<CallDraft>("draft");

    QTest::newRow("all valid") << fullDraft();
    CallDraft input = fullDraft();
    input.inputText = u"{\"a\": tru}"_s;
    QTest::newRow("invalid input") << input;
    CallDraft plain = input;
    plain.inputIsPlainString = true;
    QTest::newRow("the same text as a plain string") << plain;
    CallDraft unsent = fullDraft();
    unsent.examples[0].inputText = u"["_s;
    unsent.sendExamples = false;
    QTest::newRow("bad example, not sent") << unsent;
    CallDraft sent = unsent;
    sent.sendExamples = true;
    QTest::newRow("bad example, sent") << sent;
    CallDraft tags = fullDraft();
    tags.tags << Tag { u"env"_s, u"again"_s };
    QTest::newRow("duplicate tag") << tags;
    CallDraft span = fullDraft();
    span.parentSpanId = SpanId.left(30);
    QTest::newRow("short span id") << span;
    CallDraft spaced = fullDraft();
    spaced.parentSpanId = u"  "_s + SpanId + u" "_s;
    QTest::newRow("span id with spaces around") << spaced;
    CallDraft everything = sent;
    everything.inputText = u"]"_s;
    everything.tags << Tag { QString(), QString() };
    everything.parentSpanId = u"x"_s;
    QTest::newRow("everything wrong") << everything;
}

void TestRequestForm::flagsAgreeWithCheckDraft()
{
    QFETCH(CallDraft, draft);

    m_form->setDraft(draft);
    waitForChecks();
    const callpad::DraftCheck check = callpad::checkDraft(withIds(m_form->draft()));

    QCOMPARE(m_form->problemCount() == 0, check.ok());
    QCOMPARE(m_form->inputEditor()->problemCount() > 0, hasField(check.problems, u"input"_s));
    QCOMPARE(m_form->examplesEditor()->problemCount() > 0, hasField(check.problems, u"examples"_s));
    QCOMPARE(m_form->tagsEditor()->problemCount() > 0, hasField(check.problems, u"tags"_s));
    QCOMPARE(spanFlagged(), hasField(check.problems, u"parent_span_id"_s));
}

void TestRequestForm::tabsShowCountsAndMarkers()
{
    QTabWidget *tabs = m_form->tabWidget();
    QCOMPARE(tabs->tabText(RequestForm::ExamplesTab), u"E&xamples (0)"_s);
    QVERIFY(tabs->tabIcon(RequestForm::InputTab).isNull());

    CallDraft draft = fullDraft();
    draft.examples[1].outputText = u"{"_s;
    draft.tags.removeLast();
    m_form->setDraft(draft);
    QCOMPARE(tabs->tabText(RequestForm::ExamplesTab), u"E&xamples (2)"_s);
    QCOMPARE(tabs->tabText(RequestForm::TagsTab), u"T&ags (1)"_s);
    QVERIFY(!tabs->tabIcon(RequestForm::ExamplesTab).isNull());
    QVERIFY(tabs->tabToolTip(RequestForm::ExamplesTab).contains(u"1 problem"_s));
    QVERIFY(tabs->tabIcon(RequestForm::TagsTab).isNull());
    QVERIFY(tabs->tabIcon(RequestForm::InputTab).isNull());

    m_form->examplesEditor()->model()->editCell(1, ExamplesModel::OutputColumn, u"{}"_s);
    QVERIFY(tabs->tabIcon(RequestForm::ExamplesTab).isNull());

    m_form->inputEditor()->setText(u"{\"a\""_s);
    QTRY_VERIFY(!tabs->tabIcon(RequestForm::InputTab).isNull());

    // Schema warnings mark the tab too, but say the call can still be sent.
    m_form->setInputSchema(QJsonObject { { u"type"_s, u"array"_s } });
    m_form->inputEditor()->setText(u"{\"a\": 1}"_s);
    waitForChecks();
    QVERIFY(!tabs->tabIcon(RequestForm::InputTab).isNull());
    QVERIFY(tabs->tabToolTip(RequestForm::InputTab).contains(u"can still be sent"_s));
    QCOMPARE(m_form->problemCount(), 0);
}

void TestRequestForm::parentSpanValidatedAsTyped()
{
    QLineEdit *span = m_form->parentSpanLineEdit();
    QVERIFY(!spanFlagged());
    span->setFocus();
    QTest::keyClicks(span, u"123e4567"_s);
    QVERIFY(spanFlagged());
    QVERIFY(span->toolTip().contains(u"UUID"_s));
    QCOMPARE(m_form->problemCount(), 1);

    QTest::keyClicks(span, SpanId.mid(8));
    QCOMPARE(span->text(), SpanId);
    QVERIFY(!spanFlagged());
    QCOMPARE(m_form->problemCount(), 0);

    span->selectAll();
    QTest::keyClick(span, Qt::Key_Delete);
    QVERIFY(!spanFlagged()); // optional: empty is fine
}

void TestRequestForm::undoSurvivesSending()
{
    m_form->setDraft(fullDraft());
    callpad::JsonEditor *editor = m_form->inputEditor()->jsonEditor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, u" "_s);
    m_form->examplesEditor()->model()->editCell(0, ExamplesModel::CommentColumn, u"edited"_s);

    // What sending does with the form: read it (and nothing else).
    const CallDraft sent = m_form->draft();
    QVERIFY(callpad::checkDraft(withIds(sent)).ok());
    QCOMPARE(m_form->draft(), sent);

    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_form->draft().inputText, fullDraft().inputText);
    QTableView *view = m_form->examplesEditor()->tableView();
    m_form->tabWidget()->setCurrentIndex(RequestForm::ExamplesTab);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_form->draft().examples, fullDraft().examples);
}

QTEST_MAIN(TestRequestForm)
#include "tst_requestform.moc"
