#include "app/DemoSession.h"
#include "app/Workbench.h"
#include "core/history/HistoryStore.h"
#include "core/presets/PresetStore.h"
#include "demo/DemoCatalog.h"
#include "demo/DemoServer.h"
#include "gui/costs/BudgetMonitor.h"
#include "gui/history/HistoryCallsView.h"
#include "gui/history/HistorySettings.h"
#include "gui/images/ImagesPane.h"
#include "gui/json/JsonEditor.h"
#include "gui/json/JsonTreeView.h"
#include "gui/picker/FunctionPicker.h"
#include "gui/picker/RevisionInfoPanel.h"
#include "gui/presets/PresetSession.h"
#include "gui/request/ExamplesEditor.h"
#include "gui/request/TagsEditor.h"
#include "gui/results/ErrorBanner.h"
#include "gui/results/MessagePane.h"
#include "gui/results/ResultsView.h"
#include "gui/settings/Settings.h"
#include "gui/window/CallController.h"
#include "gui/window/HistoryDock.h"
#include "gui/window/MainWindow.h"
#include "gui/window/PresetsDock.h"
#include "gui/window/ShortcutsDialog.h"
#include "support/HistoryHarness.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace callpad;

Q_DECLARE_METATYPE(callpad::DemoServer::Fault)

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void demoModeOpensAFirstRequest();
    void resultPanes_data();
    void resultPanes();
    void ctrlEnterSendsAndStatusSummarises();
    void editedExamplesAndTagsAreSent();
    void streamShowsTextWhileRunning();
    void firstRunOffersDemoMode();
    void invalidInputIsNotSent();
    void errorsShowBannerAndKeepForm_data();
    void errorsShowBannerAndKeepForm();
    void escapeCancels();
    void undoSurvivesSend();
    void shortcutSheetListsSend();
    void keyNeverReachesSettings();
    void layoutIsRemembered();
    void chosenRetentionIsSavedAndReachesTheHistory();
    void callsAreRecordedAndRestored();
    void presetSaveSetsTitleAndDirtyMarker();
    void overBudgetAsksBeforeSending();
    void brokenHistoryIsReportedAndCallsStillWork();

private:
    JsonEditor *input() const { return m_window->findChild<JsonEditor *>(u"inputJsonEditor"_s); }
    ResultsView *results() const { return m_window->findChild<ResultsView *>(); }
    DemoServer *server() const { return m_workbench->demo()->server(); }
    bool sendAndWait(bool stream = false);
    // The calls the window sent; the picker's GETs for details are not calls.
    QList<DemoServer::RecordedRequest> posts() const;
    void setInput(const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Workbench> m_workbench;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    qunsetenv("OPPER_API_KEY");
    qunsetenv("OPPER_BASE_URL");
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"callpad.ini"_s));
    m_workbench = std::make_unique<Workbench>(m_settings.get(), AppPaths::inFolder(m_dir->path()));
    m_window = std::make_unique<MainWindow>(m_workbench->context());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->enterDemoMode());
    server()->setStreamChunkDelay(std::chrono::milliseconds(1));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_workbench.reset();
    m_settings.reset();
    m_dir.reset();
}

bool TestMainWindow::sendAndWait(bool stream)
{
    m_window->findChild<QCheckBox *>(u"streamCheckBox"_s)->setChecked(stream);
    QSignalSpy finished(m_window->controller(), &CallController::finished);
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"sendPushButton"_s), Qt::LeftButton);
    return finished.wait(20000);
}

QList<DemoServer::RecordedRequest> TestMainWindow::posts() const
{
    QList<DemoServer::RecordedRequest> calls;
    for (const auto &request : server()->requests()) {
        if (request.method == "POST") {
            calls.append(request);
        }
    }
    return calls;
}

void TestMainWindow::setInput(const QString &text)
{
    input()->selectAll();
    input()->insertPlainText(text);
}

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

void TestMainWindow::firstRunOffersDemoMode()
{
    Settings settings(m_dir->filePath(u"fresh.ini"_s));
    Workbench freshParts(&settings, AppPaths::inFolder(m_dir->filePath(u"fresh"_s)));
    MainWindow fresh(freshParts.context());
    fresh.show();
    QVERIFY(!fresh.isDemoMode());
    bool offered = false;
    QTimer::singleShot(0, &fresh, [&offered] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            return;
        }
        offered = box->objectName() == u"noKeyMessageBox"_s;
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().contains(u"Demo"_s)) {
                button->click();
            }
        }
    });
    fresh.offerDemoIfNoKey();
    QVERIFY(offered);
    QVERIFY(fresh.isDemoMode());
    QCOMPARE(fresh.findChild<QLineEdit *>(u"functionIdLineEdit"_s)->text(),
             QString(DemoIds::markdownWriter));

    // With a key there is nothing to offer.
    qputenv("OPPER_API_KEY", "k");
    Settings other(m_dir->filePath(u"keyed.ini"_s));
    Workbench keyedParts(&other, AppPaths::inFolder(m_dir->filePath(u"keyed"_s)));
    MainWindow keyed(keyedParts.context());
    keyed.offerDemoIfNoKey();
    QVERIFY(!keyed.isDemoMode());
    qunsetenv("OPPER_API_KEY");
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

void TestMainWindow::keyNeverReachesSettings()
{
    auto *key = m_window->findChild<QLineEdit *>(u"apiKeyLineEdit"_s);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    key->setText(u"secret-xyz-123"_s);
    QVERIFY(sendAndWait());
    QCOMPARE(posts().constFirst().headers.value("authorization"), "Bearer secret-xyz-123"_ba);
    m_window->close();
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(!stored.isEmpty());
    QVERIFY(!stored.contains("secret-xyz-123"));
}

void TestMainWindow::layoutIsRemembered()
{
    m_window->resize(1211, 977);
    m_window->close();
    MainWindow again(m_workbench->context());
    QCOMPARE(again.size(), QSize(1211, 977));
}

void TestMainWindow::chosenRetentionIsSavedAndReachesTheHistory()
{
    // The window writes the choice to the settings; the history follows the setting.
    QCOMPARE(m_workbench->history()->retention(), Retention::keepAll());
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog != nullptr && dialog->objectName() == u"historyRetentionDialog"_s) {
            dialog->findChild<QRadioButton *>(u"historyKeepDaysRadioButton"_s)->click();
            dialog->findChild<QSpinBox *>(u"historyKeepDaysSpinBox"_s)->setValue(12);
            dialog->accept();
        }
    });
    m_window->findChild<HistoryCallsView *>()->retentionAction()->trigger();
    QCOMPARE(HistorySettings(m_settings.get()).retention.get(), Retention::days(12));
    QCOMPARE(m_workbench->history()->retention(), Retention::days(12));
}

void TestMainWindow::callsAreRecordedAndRestored()
{
    HistoryService *history = m_workbench->history();
    const auto stored = [history] {
        history->flush();
        return test::readNow(history,
                             [](const HistoryStore &store) { return store.count().valueOr(-1); });
    };
    QCOMPARE(stored(), 0);
    setInput(u"{\"topic\": \"kites\"}"_s);
    QVERIFY(sendAndWait());
    server()->setFault(DemoServer::Fault::RateLimited);
    QVERIFY(sendAndWait());
    // Both calls are kept, the failed one too, with what the window knew about them.
    QCOMPARE(stored(), 2);
    const QList<HistoryRow> rows = test::readNow(
            history, [](const HistoryStore &store) { return store.page({}, 0, 10).valueOr({}); });
    QCOMPARE(rows.at(0).errorKind, u"rate_limited"_s);
    QVERIFY(rows.at(1).ok);
    QCOMPARE(rows.at(1).functionName, m_workbench->demo()->firstFunctionName());
    QCOMPARE(rows.at(1).source, u"app"_s);

    // The stored success shows in the panes as it arrived (the failure is on show now).
    QVERIFY(results()->errorBanner()->isShowing());
    m_window->historyDock()->showEntry(rows.at(1).id);
    QTRY_VERIFY(!results()->errorBanner()->isShowing());
    QVERIFY(results()->messagePane()->text().contains(u"kites"_s, Qt::CaseInsensitive));

    // Restore puts the stored request back into the form.
    setInput(u"{\"topic\": \"something else\"}"_s);
    m_window->historyDock()->restoreEntry(rows.at(1).id);
    QTRY_VERIFY(input()->toPlainText().contains(u"kites"_s));
    QCOMPARE(m_window->draft().functionId, QString(DemoIds::markdownWriter));
}

void TestMainWindow::presetSaveSetsTitleAndDirtyMarker()
{
    PresetSession *session = m_window->presetsDock()->session();
    QVERIFY(session->saveAs(u"Tea notes"_s));
    QVERIFY(QFile::exists(session->currentPath()));
    QVERIFY(m_window->windowTitle().contains(u"Tea notes"_s));
    QVERIFY(!m_window->isWindowModified());

    setInput(u"{\"topic\": \"green tea\"}"_s);
    QTRY_VERIFY(m_window->isWindowModified());
    QVERIFY(session->save());
    QVERIFY(!m_window->isWindowModified());

    // A fresh window over the same folder opens the preset with the edited input.
    const QString path = session->currentPath();
    setInput(u"{\"topic\": \"unsaved\"}"_s);
    QTRY_VERIFY(m_window->isWindowModified());
    QVERIFY(session->maybeKeepChanges([] { return PresetSession::Unsaved::Discard; }));
    QVERIFY(session->open(path));
    QVERIFY(input()->toPlainText().contains(u"green tea"_s));
    QVERIFY(!m_window->isWindowModified());
}

void TestMainWindow::overBudgetAsksBeforeSending()
{
    // A limit far below one demo call: after the first call, the next send must ask.
    m_workbench->budget()->setBudget({ 0.000001, 0 });
    QVERIFY(sendAndWait());
    QCOMPARE(posts().size(), 1);

    bool asked = false;
    const auto answer = [&asked](const QString &button) {
        QTimer::singleShot(0, [&asked, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box != nullptr && box->objectName() == u"budgetWarningMessageBox"_s) {
                asked = true;
                QAbstractButton *choice = button.isEmpty()
                        ? box->button(QMessageBox::Cancel)
                        : box->findChild<QAbstractButton *>(button);
                choice->click();
            }
        });
    };
    answer(QString()); // Cancel
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"sendPushButton"_s), Qt::LeftButton);
    QVERIFY(asked);
    QCOMPARE(posts().size(), 1);

    asked = false;
    answer(u"budgetSendAnywayPushButton"_s);
    QVERIFY(sendAndWait());
    QVERIFY(asked);
    QCOMPARE(posts().size(), 2);
}

void TestMainWindow::brokenHistoryIsReportedAndCallsStillWork()
{
    // A history file that is not a database: the window opens anyway and says why nothing is kept.
    const QString folder = m_dir->filePath(u"broken"_s);
    QVERIFY(QDir().mkpath(folder));
    const AppPaths paths = AppPaths::inFolder(folder);
    {
        QFile garbage(paths.historyDatabase);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, '#'));
    }
    Settings settings(m_dir->filePath(u"broken.ini"_s));
    Workbench parts(&settings, paths);
    MainWindow window(parts.context());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *problem = window.findChild<QLabel *>(u"historyProblemLabel"_s);
    QVERIFY(problem);
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"could not be opened"_s), qPrintable(problem->text()));
    QVERIFY(problem->text().contains(paths.historyDatabase));

    // Calls still go out; the status bar says the call was not kept, and the file is untouched.
    QVERIFY(window.enterDemoMode());
    parts.demo()->server()->setStreamChunkDelay(std::chrono::milliseconds(1));
    QSignalSpy notKept(parts.history(), &HistoryService::recordFailed);
    QSignalSpy finished(window.controller(), &CallController::finished);
    window.send();
    QVERIFY(finished.wait(20000));
    QVERIFY(notKept.wait());
    QVERIFY2(notKept.first().first().toString().contains(u"not recorded"_s),
             qPrintable(notKept.first().first().toString()));
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(u"not recorded"_s));
    QFile garbage(paths.historyDatabase);
    QVERIFY(garbage.open(QIODevice::ReadOnly));
    QCOMPARE(garbage.readAll(), QByteArray(8192, '#'));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
