#include "WindowFixture.h"

#include "app/DemoSession.h"
#include "app/Workbench.h"
#include "demo/DemoCatalog.h"
#include "demo/DemoServer.h"
#include "gui/images/ImagesPane.h"
#include "gui/json/JsonEditor.h"
#include "gui/json/JsonTreeView.h"
#include "gui/picker/FunctionPicker.h"
#include "gui/picker/RevisionInfoPanel.h"
#include "gui/request/ExamplesEditor.h"
#include "gui/request/TagsEditor.h"
#include "gui/results/ErrorBanner.h"
#include "gui/results/MessagePane.h"
#include "gui/results/ResultsView.h"
#include "gui/window/CallController.h"
#include "gui/window/MainWindow.h"
#include "gui/window/ShortcutsDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace Qt::StringLiterals;
using namespace callpad;

Q_DECLARE_METATYPE(callpad::DemoServer::Fault)

// The call loop in the real window: send, see every pane, stream, fail, cancel, undo.
class TestMainWindow : public WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { open(); }
    void cleanup() { close(); }

    void demoModeOpensAFirstRequest();
    void resultPanes_data();
    void resultPanes();
    void ctrlEnterSendsAndStatusSummarises();
    void editedExamplesAndTagsAreSent();
    void streamShowsTextWhileRunning();
    void invalidInputIsNotSent();
    void errorsShowBannerAndKeepForm_data();
    void errorsShowBannerAndKeepForm();
    void escapeCancels();
    void undoSurvivesSend();
    void shortcutSheetListsSend();
};

void TestMainWindow::demoModeOpensAFirstRequest()
{
    QVERIFY(m_window->isDemoMode());
    QVERIFY(m_window->windowTitle().startsWith(u"Callpad"_s));
    QCOMPARE(m_window->findChild<QLineEdit *>(u"baseUrlLineEdit"_s)->text(),
             m_workbench->demo()->baseUrl().toString());
    QCOMPARE(m_window->findChild<QLineEdit *>(u"functionIdLineEdit"_s)->text(),
             QString(DemoIds::markdownWriter));
    QCOMPARE(m_window->findChild<QLabel *>(u"demoBadgeLabel"_s)->isVisible(), true);
    auto *picker = m_window->findChild<FunctionPicker *>();
    QTRY_VERIFY(picker->details().has_value());
    QCOMPARE(picker->details()->name, m_workbench->demo()->firstFunctionName());
    QVERIFY(input()->toPlainText().contains(u"topic"_s));
}

void TestMainWindow::resultPanes_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("revision");
    QTest::addColumn<QString>("inputText");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<int>("tab");
    QTest::newRow("text: Markdown message")
            << QString(DemoIds::markdownWriter) << QString(DemoIds::markdownWriterLatest)
            << u"{\"topic\": \"tea\"}"_s << false << int(ResultsView::MessageTab);
    QTest::newRow("structured: JSON payload")
            << QString(DemoIds::extractPerson) << QString(DemoIds::extractPersonLatest)
            << u"{\"text\": \"Ada Lovelace, 36, ada@example.com, London\"}"_s << false
            << int(ResultsView::PayloadTab);
    QTest::newRow("image: three images")
            << QString(DemoIds::imagePainter) << QString(DemoIds::imagePainterLatest)
            << u"{\"prompt\": \"a fox\"}"_s << false << int(ResultsView::ImagesTab);
    QTest::newRow("streaming: text arrives live")
            << QString(DemoIds::storyteller) << QString(DemoIds::storytellerLatest)
            << u"{\"topic\": \"a lighthouse\"}"_s << true << int(ResultsView::MessageTab);
}

void TestMainWindow::resultPanes()
{
    QFETCH(QString, function);
    QFETCH(QString, revision);
    QFETCH(QString, inputText);
    QFETCH(bool, stream);
    QFETCH(int, tab);
    CallDraft draft;
    draft.functionId = function;
    draft.revisionId = revision;
    draft.inputText = inputText;
    m_window->setDraft(draft);
    QVERIFY(sendAndWait(stream));

    ResultsView *view = results();
    QVERIFY(!view->errorBanner()->isShowing());
    QCOMPARE(int(view->currentTab()), tab);
    switch (tab) {
    case ResultsView::MessageTab: {
        const auto *browser = view->messagePane()->findChild<QTextBrowser *>();
        QVERIFY(browser);
        QVERIFY(browser->toPlainText().size() > 20);
        // Rendered Markdown: the heading's '#' is not shown as text.
        QVERIFY(!browser->toPlainText().startsWith(u'#'));
        break;
    }
    case ResultsView::PayloadTab: {
        auto *tree = view->findChild<JsonTreeView *>(u"payloadJsonTreeView"_s);
        QVERIFY(tree);
        QTRY_VERIFY(tree->model()->rowCount() > 0);
        break;
    }
    case ResultsView::ImagesTab:
        QCOMPARE(view->imagesPane()->count(), 3);
        break;
    }
    QCOMPARE(posts().size(), 1);
    QCOMPARE(posts().constFirst().path.contains(u"/call/stream/"_s), stream);
}

void TestMainWindow::ctrlEnterSendsAndStatusSummarises()
{
    QSignalSpy finished(m_window->controller(), &CallController::finished);
    input()->setFocus();
    QTest::keyClick(input(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(finished.wait(20000));
    QCOMPARE(posts().size(), 1);
    const QString status = m_window->findChild<QLabel *>(u"callStatusLabel"_s)->text();
    QVERIFY2(status.contains(u"tokens"_s), qPrintable(status));
    QVERIFY2(status.contains(u"$"_s), qPrintable(status));
}

void TestMainWindow::editedExamplesAndTagsAreSent()
{
    auto *examples = m_window->findChild<ExamplesEditor *>();
    QCOMPARE(examples->appendJsonl(u"{\"input\": {\"topic\": \"a\"}, \"output\": \"# A\", "
                                   u"\"comment\": \"short\"}\n"
                                   u"{\"input\": \"b\", \"output\": {\"x\": 1}}"_s)
                     .valueOr(0),
             2);
    m_window->findChild<TagsEditor *>()->setTags(
            { { u"env"_s, u"test"_s }, { u"who"_s, u"qa"_s } });
    m_window->findChild<QLineEdit *>(u"parentSpanLineEdit"_s)
            ->setText(u"3c90c3cc-0d44-4b50-8888-8dd25736052a"_s);
    QVERIFY(sendAndWait());
    const QJsonObject body = QJsonDocument::fromJson(posts().constFirst().body).object();
    const QJsonArray sent = body.value(u"examples"_s).toArray();
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(0).toObject().value(u"comment"_s).toString(), u"short"_s);
    QCOMPARE(sent.at(1).toObject().value(u"output"_s).toObject().value(u"x"_s).toInt(), 1);
    QCOMPARE(body.value(u"tags"_s).toObject().value(u"who"_s).toString(), u"qa"_s);
    QCOMPARE(body.value(u"parent_span_id"_s).toString(), u"3c90c3cc-0d44-4b50-8888-8dd25736052a"_s);
}

void TestMainWindow::streamShowsTextWhileRunning()
{
    server()->setStreamChunkDelay(std::chrono::milliseconds(20));
    CallDraft draft;
    draft.functionId = DemoIds::storyteller;
    draft.revisionId = DemoIds::storytellerLatest;
    draft.inputText = u"{\"topic\": \"tides\"}"_s;
    m_window->setDraft(draft);
    m_window->findChild<QCheckBox *>(u"streamCheckBox"_s)->setChecked(true);
    QSignalSpy finished(m_window->controller(), &CallController::finished);
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"sendPushButton"_s), Qt::LeftButton);
    MessagePane *message = results()->messagePane();
    QTRY_VERIFY(!message->text().isEmpty());
    QVERIFY(m_window->controller()->isRunning());
    const QString partial = message->text();
    QVERIFY(finished.wait(20000));
    QVERIFY(message->text().size() > partial.size());
    QVERIFY(message->text().startsWith(partial));
}

void TestMainWindow::invalidInputIsNotSent()
{
    setInput(u"{\"topic\": tea}"_s);
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"sendPushButton"_s), Qt::LeftButton);
    QVERIFY(!m_window->controller()->isRunning());
    QVERIFY(posts().isEmpty());
    const QString status = m_window->findChild<QLabel *>(u"callStatusLabel"_s)->text();
    QVERIFY2(status.contains(u"line 1"_s, Qt::CaseInsensitive), qPrintable(status));
    QCOMPARE(input()->toPlainText(), u"{\"topic\": tea}"_s);
}

void TestMainWindow::errorsShowBannerAndKeepForm_data()
{
    QTest::addColumn<DemoServer::Fault>("fault");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<QString>("title");
    using F = DemoServer::Fault;
    QTest::newRow("HTTP 429") << F::RateLimited << false << u"429"_s;
    QTest::newRow("HTTP 502 HTML page") << F::ServerErrorHtml << false << u"502"_s;
    QTest::newRow("invalid JSON") << F::InvalidJson << false << u"nvalid"_s;
    QTest::newRow("wrong types") << F::WrongTypes << false << u"nvalid"_s;
    QTest::newRow("connection reset") << F::ResetMidBody << false << u"onnection"_s;
    QTest::newRow("SSE error chunk") << F::SseErrorChunk << true << u"tream"_s;
    QTest::newRow("SSE cut mid-event") << F::SseCutMidEvent << true << u"tream"_s;
}

void TestMainWindow::errorsShowBannerAndKeepForm()
{
    QFETCH(DemoServer::Fault, fault);
    QFETCH(bool, stream);
    QFETCH(QString, title);
    const QString before = input()->toPlainText();
    server()->setFault(fault);
    QVERIFY(sendAndWait(stream));
    ErrorBanner *banner = results()->errorBanner();
    QVERIFY(banner->isShowing());
    QVERIFY(banner->isVisible());
    bool titled = false;
    for (const QLabel *label : banner->findChildren<QLabel *>()) {
        titled = titled || label->text().contains(title);
    }
    QVERIFY2(titled, qPrintable(title));
    QCOMPARE(input()->toPlainText(), before);
    QVERIFY(m_window->findChild<QPushButton *>(u"sendPushButton"_s)->isEnabled());
}

void TestMainWindow::escapeCancels()
{
    server()->setFault(DemoServer::Fault::Slow);
    server()->setSlowDelay(std::chrono::milliseconds(10000));
    QSignalSpy finished(m_window->controller(), &CallController::finished);
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"sendPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(posts().size(), 1);
    QVERIFY(m_window->findChild<QPushButton *>(u"cancelPushButton"_s)->isEnabled());
    QVERIFY(!m_window->findChild<QPushButton *>(u"sendPushButton"_s)->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().value<CallResult>().error.kind,
             ErrorKind::Cancelled);
    QVERIFY(results()->errorBanner()->isShowing());
    QVERIFY(m_window->findChild<QPushButton *>(u"sendPushButton"_s)->isEnabled());
}

void TestMainWindow::undoSurvivesSend()
{
    const QString original = input()->toPlainText();
    input()->setFocus();
    input()->moveCursor(QTextCursor::End);
    QTest::keyClicks(input(), u" "_s);
    const QString edited = input()->toPlainText();
    QVERIFY(edited != original);
    QVERIFY(sendAndWait());
    QCOMPARE(input()->toPlainText(), edited);
    input()->setFocus();
    QTest::keyClick(input(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(input()->toPlainText(), original);
}

void TestMainWindow::shortcutSheetListsSend()
{
    ShortcutsDialog sheet(m_window.get());
    QVERIFY(sheet.rowCount() >= 5);
    QVERIFY(sheet.shortcutFor(u"Send"_s).contains(u"Ctrl+Return"_s));
    QCOMPARE(sheet.shortcutFor(u"Cancel"_s), u"Esc"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
