#include "WindowFixture.h"

#include "app/DemoSession.h"
#include "app/Workbench.h"
#include "core/history/HistoryStore.h"
#include "core/presets/PresetStore.h"
#include "demo/DemoCatalog.h"
#include "demo/DemoServer.h"
#include "gui/costs/BudgetMonitor.h"
#include "gui/history/HistoryCallsView.h"
#include "gui/history/HistorySettings.h"
#include "gui/json/JsonEditor.h"
#include "gui/presets/PresetSession.h"
#include "gui/results/ErrorBanner.h"
#include "gui/results/MessagePane.h"
#include "gui/results/ResultsView.h"
#include "gui/settings/Settings.h"
#include "gui/window/CallController.h"
#include "gui/window/HistoryDock.h"
#include "gui/window/MainWindow.h"
#include "gui/window/PresetsDock.h"
#include "support/HistoryHarness.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace callpad;

// What the real window keeps and guards: first run, the key, the layout, retention, the
// history, presets, the budget, a broken history file.
class TestWindowState : public WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { open(); }
    void cleanup() { close(); }

    void firstRunOffersDemoMode();
    void keyNeverReachesSettings();
    void layoutIsRemembered();
    void chosenRetentionIsSavedAndReachesTheHistory();
    void callsAreRecordedAndRestored();
    void presetSaveSetsTitleAndDirtyMarker();
    void overBudgetAsksBeforeSending();
    void brokenHistoryIsReportedAndCallsStillWork();
};

void TestWindowState::firstRunOffersDemoMode()
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

void TestWindowState::keyNeverReachesSettings()
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

void TestWindowState::layoutIsRemembered()
{
    m_window->resize(1211, 977);
    m_window->close();
    MainWindow again(m_workbench->context());
    QCOMPARE(again.size(), QSize(1211, 977));
}

void TestWindowState::chosenRetentionIsSavedAndReachesTheHistory()
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

void TestWindowState::callsAreRecordedAndRestored()
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

void TestWindowState::presetSaveSetsTitleAndDirtyMarker()
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

void TestWindowState::overBudgetAsksBeforeSending()
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

void TestWindowState::brokenHistoryIsReportedAndCallsStillWork()
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

QTEST_MAIN(TestWindowState)
#include "tst_windowstate.moc"
