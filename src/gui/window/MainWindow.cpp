#include "gui/window/MainWindow.h"

#include "core/client/ApiClient.h"
#include "core/client/ClientSettings.h"
#include "core/history/HistoryService.h"
#include "core/presets/Preset.h"
#include "core/presets/PresetStore.h"
#include "gui/costs/BudgetIndicator.h"
#include "gui/history/HistoryCallsView.h"
#include "gui/history/HistorySettings.h"
#include "gui/picker/ConnectionBar.h"
#include "gui/picker/FunctionPicker.h"
#include "gui/presets/PresetSession.h"
#include "gui/presets/PresetsPanel.h"
#include "gui/presets/PresetsSettings.h"
#include "gui/settings/Settings.h"
#include "gui/window/DemoLauncher.h"
#include "gui/window/HistoryDock.h"
#include "gui/window/PresetsDock.h"
#include "gui/window/RequestPage.h"
#include "gui/window/ShortcutsDialog.h"
#include "gui/window/WindowDialogs.h"
#include "gui/window/WindowMenus.h"
#include "gui/window/WindowSettings.h"

#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace callpad {

MainWindow::MainWindow(const WindowContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/callpad.svg"_s));
    buildLayout();
    buildDocks();
    buildMenus();
    wire();
    restoreState();
    updateTitle();
    applyConnection();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildLayout()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    m_connection = new ConnectionBar(central);
    m_page = new RequestPage(m_context, central);
    layout->addWidget(m_connection);
    layout->addWidget(m_page, 1);
    setCentralWidget(central);
    // The page's shortcuts work wherever the focus is in the window.
    addActions({ sendAction(), cancelAction(), m_page->streamAction() });

    m_statusLabel = new QLabel(tr("Ready"), this);
    m_statusLabel->setObjectName(u"callStatusLabel"_s);
    statusBar()->addWidget(m_statusLabel, 1);
    resize(1280, 820);
}

void MainWindow::buildDocks()
{
    m_presetsDock = new PresetsDock(m_context.session, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_presetsDock);
    m_historyDock = new HistoryDock(m_context.history, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    m_budget = new BudgetIndicator(m_context.budget, this);
    statusBar()->addPermanentWidget(m_budget);
}

void MainWindow::buildMenus()
{
    WindowMenuParts parts;
    parts.send = sendAction();
    parts.cancel = cancelAction();
    parts.stream = m_page->streamAction();
    parts.presets = m_presetsDock->panel();
    parts.calls = m_historyDock->callsView();
    parts.presetsDock = m_presetsDock;
    parts.historyDock = m_historyDock;
    parts.budget = m_budget;
    if (m_context.demo != nullptr) {
        parts.tryDemoMode = [this] {
            if (const Status entered = enterDemoMode(); !entered) {
                QMessageBox::warning(this, tr("Demo mode"), entered.error());
            }
        };
    }
    parts.showShortcuts = [this] { showShortcuts(); };
    parts.showAbout = [this] { showAbout(); };
    parts.quit = [this] { close(); };
    buildWindowMenus(menuBar(), parts);
}

void MainWindow::wire()
{
    connect(m_connection, &ConnectionBar::connectionChanged, this, [this] {
        applyConnection();
        m_page->picker()->reload();
    });
    m_page->setSendGate([this] { return applyConnection(); });
    connect(m_page, &RequestPage::callStatusChanged, m_statusLabel, &QLabel::setText);
    connect(m_page, &RequestPage::statusMessage, this, &MainWindow::showMessage);

    PresetSession *session = m_context.session;
    session->setFormReader([this] { return currentPreset(); });
    connect(session, &PresetSession::applyPreset, this, &MainWindow::applyPreset);
    connect(session, &PresetSession::currentChanged, this, &MainWindow::updateTitle);
    connect(session, &PresetSession::dirtyChanged, this, &MainWindow::updateTitle);
    connect(session, &PresetSession::statusMessage, this,
            [this](const QString &message) { showMessage(message, 5000); });
    connect(session, &PresetSession::failed, this,
            [this](const QString &message) { showMessage(message, 10000); });
    connect(m_presetsDock->panel(), &PresetsPanel::folderChanged, this,
            [this](const QString &folder) {
                PresetsSettings(m_context.settings).folder.set(folder);
            });
    connect(m_page, &RequestPage::edited, session, &PresetSession::markDirty);

    const auto historyMessage = [this](const QString &message) { showMessage(message, 8000); };
    connect(m_context.history, &HistoryService::recordFailed, this, historyMessage);
    connect(m_historyDock, &HistoryDock::statusMessage, this, historyMessage);
    connect(m_historyDock, &HistoryDock::showResult, m_page, &RequestPage::showResult);
    connect(m_historyDock, &HistoryDock::restoreDraft, this,
            [this](const CallDraft &draft, const QString &functionName, bool stream) {
                m_page->setDraft(draft, functionName);
                m_page->streamAction()->setChecked(stream);
            });
    // The history follows the setting (Workbench).
    connect(m_historyDock->callsView(), &HistoryCallsView::retentionChosen, this,
            [this](const Retention &retention) {
                HistorySettings(m_context.settings).retention.set(retention);
            });
}

// False (and a message) when the base URL is not usable.
bool MainWindow::applyConnection()
{
    if (!m_connection->isValid()) {
        showMessage(tr("Fix the base URL before sending"), 5000);
        return false;
    }
    m_context.client->setBaseUrl(m_connection->baseUrl());
    m_context.client->setApiKey(m_connection->apiKey());
    return true;
}

void MainWindow::showMessage(const QString &message, int timeoutMs)
{
    statusBar()->showMessage(message, timeoutMs);
}

CallController *MainWindow::controller() const
{
    return m_page->controller();
}

QAction *MainWindow::sendAction() const
{
    return m_page->sendAction();
}

QAction *MainWindow::cancelAction() const
{
    return m_page->cancelAction();
}

void MainWindow::send()
{
    m_page->send();
}

void MainWindow::cancel()
{
    m_page->cancel();
}

void MainWindow::setDraft(const CallDraft &draft, const QString &functionName)
{
    m_page->setDraft(draft, functionName);
}

CallDraft MainWindow::draft() const
{
    return m_page->draft();
}

Preset MainWindow::currentPreset() const
{
    return m_page->currentPreset();
}

void MainWindow::applyPreset(const Preset &preset)
{
    if (!preset.baseUrl.isEmpty() && !isDemoMode()) {
        m_connection->setBaseUrl(QUrl(preset.baseUrl));
    }
    m_page->applyPreset(preset);
}

Status MainWindow::enterDemoMode()
{
    if (m_context.demo == nullptr) {
        return Status::failure(tr("This window has no demo mode"));
    }
    const Result<QUrl> started = m_context.demo->start();
    if (!started) {
        return Status::failure(started.error());
    }
    m_connection->setBaseUrl(*started);
    m_connection->setApiKey(m_context.demo->apiKey());
    m_connection->setDemoMode(true);
    applyConnection();
    updateTitle();
    setDraft(m_context.demo->firstDraft(), m_context.demo->firstFunctionName());
    showMessage(tr("Demo mode: calls go to the bundled demo server at %1").arg(started->toString()),
                10000);
    return Status::success();
}

bool MainWindow::isDemoMode() const
{
    return m_context.demo != nullptr && m_context.demo->isRunning();
}

void MainWindow::offerDemoIfNoKey()
{
    if (!m_connection->apiKey().isEmpty() || isDemoMode() || m_context.demo == nullptr) {
        return;
    }
    if (!WindowDialogs::askTryDemoMode(this)) {
        m_connection->setFocus();
        return;
    }
    if (const Status entered = enterDemoMode(); !entered) {
        QMessageBox::warning(this, tr("Demo mode"), entered.error());
    }
}

void MainWindow::offerDraftRecovery()
{
    PresetSession *session = m_context.session;
    if (const auto draft = session->recoverDraft()) {
        if (WindowDialogs::askRestoreDraft(this, draft->savedAt)) {
            session->restoreDraft(*draft);
        } else {
            session->discardDraft();
        }
    }
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    WindowDialogs::showAbout(this);
}

void MainWindow::updateTitle()
{
    const QString name = m_context.session->currentName();
    QString title = name.isEmpty() ? tr("Callpad") : tr("Callpad — %1").arg(name);
    if (isDemoMode()) {
        title += tr(" (demo mode)");
    }
    setWindowTitle(title + u"[*]"_s);
    setWindowModified(m_context.session->isDirty());
}

void MainWindow::restoreState()
{
    const WindowSettings keys(m_context.settings);
    restoreGeometry(keys.geometry.get());
    QMainWindow::restoreState(keys.state.get());
    m_page->restoreState(m_context.settings);
    HistoryCallsView *calls = m_historyDock->callsView();
    calls->restoreState(HistorySettings(m_context.settings).columns.get());
    calls->setRetention(m_context.history->retention());
    m_connection->setBaseUrl(resolveBaseUrl({}, keys.baseUrl.get()));
    m_connection->setApiKey(qEnvironmentVariable("OPPER_API_KEY"));
}

void MainWindow::saveState()
{
    WindowSettings keys(m_context.settings);
    keys.geometry.set(saveGeometry());
    keys.state.set(QMainWindow::saveState());
    PresetsSettings(m_context.settings).folder.set(m_context.presets->folder());
    HistorySettings(m_context.settings).columns.set(m_historyDock->callsView()->saveState());
    // The demo server's port changes every run; remembering it would only break the next start.
    m_page->saveState(m_context.settings, !isDemoMode());
    if (!isDemoMode()) {
        keys.baseUrl.set(m_connection->baseUrl().toString());
    }
    m_context.settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    PresetSession *session = m_context.session;
    if (session->isDirty() && session->currentPath().isEmpty()) {
        // A scratch form is not a document to nag about: it stays as the autosaved draft and
        // the next start offers it back.
        session->autosaveNow();
    } else if (!m_presetsDock->panel()->maybeKeepChanges()) {
        event->ignore();
        return;
    }
    m_page->cancel();
    saveState();
    event->accept();
}

} // namespace callpad
