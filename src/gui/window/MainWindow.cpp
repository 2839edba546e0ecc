#include "MainWindow.h"

#include "CallController.h"
#include "CallRecorder.h"
#include "DemoSession.h"
#include "HistoryDock.h"
#include "PresetsDock.h"
#include "SendBar.h"
#include "ShortcutsDialog.h"
#include "Version.h"
#include "WindowDialogs.h"
#include "WindowMenus.h"
#include "client/ApiClient.h"
#include "costs/Budget.h"
#include "costs/BudgetDialog.h"
#include "costs/BudgetIndicator.h"
#include "history/CostAggregator.h"
#include "history/HistoryCallsView.h"
#include "history/HistoryEntry.h"
#include "history/HistoryStore.h"
#include "picker/ConnectionBar.h"
#include "picker/FunctionPicker.h"
#include "picker/LocalTime.h"
#include "picker/RevisionInfoPanel.h"
#include "presets/DraftStore.h"
#include "presets/PresetSession.h"
#include "presets/PresetStore.h"
#include "presets/PresetsPanel.h"
#include "request/RequestForm.h"
#include "results/ResultsView.h"
#include "results/UsageFormat.h"
#include "settings/Settings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace callpad {

MainWindow::MainWindow(Settings *settings, const AppPaths &paths, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_client(new ApiClient(nullptr, this)),
      m_controller(new CallController(m_client, this)), m_demo(new DemoSession(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/callpad.svg"_s));
    buildActions();
    buildLayout();
    buildDocks(paths);
    buildMenus();
    wire();
    wirePresets();
    wireHistory();
    restoreState();
    updateTitle();
    applyConnection();
    m_runningTicker.setInterval(100);
    connect(&m_runningTicker, &QTimer::timeout, this, &MainWindow::updateRunningStatus);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    m_sendAction = new QAction(QIcon(u":/icons/send.svg"_s), tr("&Send"), this);
    m_sendAction->setObjectName(u"sendAction"_s);
    m_sendAction->setShortcuts(
            { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    m_sendAction->setShortcutContext(Qt::WindowShortcut);
    m_sendAction->setStatusTip(tr("Call the selected revision with this request"));
    m_sendAction->setToolTip(tr("Send the request (Ctrl+Enter)"));
    connect(m_sendAction, &QAction::triggered, this, &MainWindow::send);

    m_cancelAction = new QAction(QIcon(u":/icons/cancel.svg"_s), tr("&Cancel"), this);
    m_cancelAction->setObjectName(u"cancelAction"_s);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WindowShortcut);
    m_cancelAction->setStatusTip(tr("Stop the running call"));
    m_cancelAction->setToolTip(tr("Cancel the running call (Esc)"));
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancel);

    m_streamAction = new QAction(QIcon(u":/icons/stream.svg"_s), tr("S&tream"), this);
    m_streamAction->setObjectName(u"streamAction"_s);
    m_streamAction->setCheckable(true);
    m_streamAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_streamAction->setStatusTip(
            tr("Use the streaming endpoint and show the answer as it arrives"));
    addActions({ m_sendAction, m_cancelAction, m_streamAction });
}

void MainWindow::buildLayout()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);

    m_connection = new ConnectionBar(central);
    m_picker = new FunctionPicker(m_client, central);
    layout->addWidget(m_connection);
    layout->addWidget(m_picker);

    m_mainSplitter = new QSplitter(Qt::Horizontal, central);
    m_mainSplitter->setObjectName(u"mainSplitter"_s);
    m_mainSplitter->setChildrenCollapsible(false);
    // The request and its answer keep the room; docks get what is left.
    m_mainSplitter->setMinimumHeight(420);

    m_workSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_workSplitter->setObjectName(u"workSplitter"_s);
    m_revisionInfo = new RevisionInfoPanel(m_workSplitter);
    auto *requestSide = new QWidget(m_workSplitter);
    auto *requestLayout = new QVBoxLayout(requestSide);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    m_form = new RequestForm(requestSide);
    requestLayout->addWidget(m_form, 1);

    requestLayout->addWidget(
            new SendBar(m_sendAction, m_cancelAction, m_streamAction, requestSide));
    m_workSplitter->setStretchFactor(1, 1);

    m_results = new ResultsView(m_client->network(), m_mainSplitter);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 1);
    layout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);

    m_statusLabel = new QLabel(tr("Ready"), this);
    m_statusLabel->setObjectName(u"callStatusLabel"_s);
    statusBar()->addWidget(m_statusLabel, 1);
    resize(1280, 820);
}

void MainWindow::buildMenus()
{
    WindowMenuParts parts;
    parts.send = m_sendAction;
    parts.cancel = m_cancelAction;
    parts.stream = m_streamAction;
    parts.presets = m_presetsDock->panel();
    parts.calls = m_historyDock->callsView();
    parts.presetsDock = m_presetsDock;
    parts.historyDock = m_historyDock;
    parts.budget = m_budget;
    parts.tryDemoMode = [this] {
        QString error;
        if (!enterDemoMode(&error)) {
            QMessageBox::warning(this, tr("Demo mode"), error);
        }
    };
    parts.showShortcuts = [this] { showShortcuts(); };
    parts.showAbout = [this] { showAbout(); };
    parts.quit = [this] { close(); };
    buildWindowMenus(menuBar(), parts);
}

void MainWindow::wire()
{
    connect(m_connection, &ConnectionBar::connectionChanged, this, [this] {
        applyConnection();
        m_picker->reload();
    });
    connect(m_picker, &FunctionPicker::detailsLoaded, this, &MainWindow::onDetailsLoaded);
    connect(m_picker, &FunctionPicker::revisionCreatedAtChanged, m_revisionInfo,
            &RevisionInfoPanel::setRevisionCreatedAt);
    connect(m_picker, &FunctionPicker::idsChanged, this, [this] {
        if (!m_picker->details()) {
            m_revisionInfo->clear();
            m_form->setInputSchema(std::nullopt);
            m_outputSchema.reset();
        }
    });

    connect(m_results, &ResultsView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 4000); });
    connect(m_controller, &CallController::started, this, &MainWindow::onCallStarted);
    connect(m_controller, &CallController::streamUpdated, m_results,
            &ResultsView::applyStreamUpdate);
    connect(m_controller, &CallController::finished, this, &MainWindow::onCallFinished);
}

void MainWindow::applyConnection()
{
    m_client->setBaseUrl(m_connection->baseUrl());
    m_client->setApiKey(m_connection->apiKey());
}

void MainWindow::onDetailsLoaded(const FunctionDetails &details)
{
    m_revisionInfo->setDetails(details);
    m_form->setInputSchema(details.inputSchema);
    m_outputSchema = details.outputSchema;
}

void MainWindow::send()
{
    if (m_controller->isRunning()) {
        return;
    }
    if (!m_connection->isValid()) {
        statusBar()->showMessage(tr("Fix the base URL before sending"), 5000);
        return;
    }
    applyConnection();
    if (!confirmBudget()) {
        m_statusLabel->setText(tr("Not sent: over budget"));
        return;
    }
    const QList<ApiError> problems = m_controller->send(draft(), m_streamAction->isChecked());
    if (!problems.isEmpty()) {
        showProblems(problems);
    }
}

void MainWindow::showProblems(const QList<ApiError> &problems)
{
    m_statusLabel->setText(tr("Not sent: %n problem(s) to fix. %1", nullptr, int(problems.size()))
                                   .arg(problems.constFirst().summary()));
    QList<ApiError> formProblems;
    for (const ApiError &problem : problems) {
        if (problem.field == u"function_id"_s || problem.field == u"revision_id"_s) {
            m_picker->setFocus();
        } else {
            formProblems.append(problem);
        }
    }
    if (!formProblems.isEmpty()) {
        m_form->showProblems(formProblems);
    }
}

void MainWindow::cancel()
{
    m_controller->cancel();
}

void MainWindow::onCallStarted(bool streamed)
{
    m_results->beginCall(streamed);
    m_sendAction->setEnabled(false);
    m_cancelAction->setEnabled(true);
    m_runningTicker.start();
    updateRunningStatus();
}

void MainWindow::updateRunningStatus()
{
    m_statusLabel->setText(
            tr("Calling… %1 · %2 received")
                    .arg(formatLatency(m_controller->elapsedMs()),
                         QLocale().formattedDataSize(m_controller->bytesReceived())));
}

void MainWindow::onCallFinished(const CallResult &result, const CallDraft &draft)
{
    m_runningTicker.stop();
    m_sendAction->setEnabled(true);
    m_cancelAction->setEnabled(false);
    m_results->showResult(result, m_outputSchema);
    const auto details = m_picker->details();
    m_historyDock->recorder()->record(result, draft,
                                      { details ? details->name : QString(), revisionLabel(),
                                        m_presetsDock->session()->currentName(),
                                        m_client->baseUrl() });
    m_budget->refresh();
    if (!result.ok()) {
        m_statusLabel->setText(
                tr("Failed after %1: %2")
                        .arg(formatLatency(result.latencyMs), result.error.summary()));
        return;
    }
    QStringList parts { tr("Done in %1").arg(formatLatency(result.latencyMs)) };
    if (const auto &usage = result.response.usage; usage && usage->totalTokens) {
        parts.append(tr("%1 tokens").arg(formatTokenCount(usage->totalTokens)));
    }
    if (const auto &cost = result.response.cost; cost && cost->total) {
        parts.append(formatUsd(cost->total));
    }
    if (result.response.cached) {
        parts.append(tr("cached"));
    }
    m_statusLabel->setText(parts.join(u" · "_s));
}

void MainWindow::setDraft(const CallDraft &draft, const QString &functionName)
{
    m_picker->setIds(draft.functionId, draft.revisionId, functionName);
    m_form->setDraft(draft);
}

CallDraft MainWindow::draft() const
{
    CallDraft draft = m_form->draft();
    draft.functionId = m_picker->functionId();
    draft.revisionId = m_picker->revisionId();
    return draft;
}

bool MainWindow::enterDemoMode(QString *error)
{
    if (!m_demo->start(error)) {
        return false;
    }
    m_connection->setBaseUrl(m_demo->baseUrl());
    m_connection->setApiKey(DemoSession::apiKey());
    m_connection->setDemoMode(true);
    applyConnection();
    updateTitle();
    setDraft(DemoSession::firstDraft(), DemoSession::firstFunctionName());
    statusBar()->showMessage(tr("Demo mode: calls go to the bundled demo server at %1")
                                     .arg(m_demo->baseUrl().toString()),
                             10000);
    return true;
}

bool MainWindow::isDemoMode() const
{
    return m_demo->isRunning();
}

void MainWindow::offerDemoIfNoKey()
{
    if (!m_connection->apiKey().isEmpty() || isDemoMode()) {
        return;
    }
    if (!WindowDialogs::askTryDemoMode(this)) {
        m_connection->setFocus();
        return;
    }
    QString error;
    if (!enterDemoMode(&error)) {
        QMessageBox::warning(this, tr("Demo mode"), error);
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

void MainWindow::restoreState()
{
    restoreGeometry(m_settings->bytes(Settings::Key::WindowGeometry));
    QMainWindow::restoreState(m_settings->bytes(Settings::Key::WindowState));
    m_mainSplitter->restoreState(m_settings->bytes(Settings::Key::MainSplitter));
    m_workSplitter->restoreState(m_settings->bytes(Settings::Key::WorkSplitter));
    m_revisionInfo->setExpanded(m_settings->flag(Settings::Key::RevisionInfoExpanded));
    m_streamAction->setChecked(m_settings->flag(Settings::Key::Stream));
    if (HistoryCallsView *calls = m_historyDock->callsView()) {
        calls->restoreState(m_settings->bytes(Settings::Key::HistoryColumns));
        const auto retention
                = Retention::fromSetting(m_settings->string(Settings::Key::HistoryRetention));
        calls->setRetention(retention.value_or(Retention::keepAll()));
        m_historyDock->recorder()->setRetention(retention.value_or(Retention::keepAll()));
    }
    m_connection->setBaseUrl(resolveBaseUrl({}, m_settings->string(Settings::Key::BaseUrl)));
    m_connection->setApiKey(qEnvironmentVariable("OPPER_API_KEY"));
    const QString functionId = m_settings->string(Settings::Key::LastFunctionId);
    if (!functionId.isEmpty()) {
        m_picker->setIds(functionId, m_settings->string(Settings::Key::LastRevisionId),
                         m_settings->string(Settings::Key::LastFunctionName));
    }
}

void MainWindow::saveState()
{
    m_settings->setValue(Settings::Key::WindowGeometry, saveGeometry());
    m_settings->setValue(Settings::Key::WindowState, QMainWindow::saveState());
    m_settings->setValue(Settings::Key::MainSplitter, m_mainSplitter->saveState());
    m_settings->setValue(Settings::Key::WorkSplitter, m_workSplitter->saveState());
    m_settings->setValue(Settings::Key::RevisionInfoExpanded, m_revisionInfo->isExpanded());
    m_settings->setValue(Settings::Key::Stream, m_streamAction->isChecked());
    m_settings->setValue(Settings::Key::PresetsFolder, m_presetsDock->store()->folder());
    if (const HistoryCallsView *calls = m_historyDock->callsView()) {
        m_settings->setValue(Settings::Key::HistoryColumns, calls->saveState());
    }
    if (!isDemoMode()) {
        // The demo server's port changes every run; remembering it would only break the next start.
        m_settings->setValue(Settings::Key::BaseUrl, m_connection->baseUrl().toString());
        m_settings->setValue(Settings::Key::LastFunctionId, m_picker->functionId());
        m_settings->setValue(Settings::Key::LastRevisionId, m_picker->revisionId());
        m_settings->setValue(Settings::Key::LastFunctionName,
                             m_picker->details() ? m_picker->details()->name : QString());
    }
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    PresetSession *session = m_presetsDock->session();
    if (session->isDirty() && session->currentPath().isEmpty()) {
        // A scratch form is not a document to nag about: it stays as the autosaved draft and
        // the next start offers it back.
        session->autosaveNow();
    } else if (!m_presetsDock->panel()->maybeKeepChanges()) {
        event->ignore();
        return;
    }
    m_controller->cancel();
    saveState();
    event->accept();
}

} // namespace callpad

namespace callpad {

void MainWindow::buildDocks(const AppPaths &paths)
{
    m_presetsDock = new PresetsDock(paths, m_settings->string(Settings::Key::PresetsFolder), this);
    addDockWidget(Qt::LeftDockWidgetArea, m_presetsDock);
    m_historyDock = new HistoryDock(paths.historyDatabase, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);

    m_budget = new BudgetIndicator(m_historyDock->store(), this);
    m_budget->setBudget(loadBudget(*m_settings));
    statusBar()->addPermanentWidget(m_budget);
    connect(m_budget, &BudgetIndicator::budgetChanged, this,
            [this](const Budget &budget) { saveBudget(*m_settings, budget); });
}

void MainWindow::wirePresets()
{
    PresetSession *session = m_presetsDock->session();
    session->setFormReader([this] { return currentPreset(); });
    connect(session, &PresetSession::applyPreset, this, &MainWindow::applyPreset);
    connect(session, &PresetSession::currentChanged, this, &MainWindow::updateTitle);
    connect(session, &PresetSession::dirtyChanged, this, &MainWindow::updateTitle);
    connect(session, &PresetSession::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(session, &PresetSession::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_presetsDock->panel(), &PresetsPanel::folderChanged, this,
            [this](const QString &folder) {
                m_settings->setValue(Settings::Key::PresetsFolder, folder);
            });
    // Any edit of what a preset holds makes the open preset dirty.
    connect(m_form, &RequestForm::changed, session, &PresetSession::markDirty);
    connect(m_picker, &FunctionPicker::idsChanged, session, &PresetSession::markDirty);
    connect(m_streamAction, &QAction::toggled, session, &PresetSession::markDirty);
}

void MainWindow::wireHistory()
{
    const auto showMessage
            = [this](const QString &message) { statusBar()->showMessage(message, 8000); };
    connect(m_historyDock->recorder(), &CallRecorder::failed, this, showMessage);
    connect(m_historyDock, &HistoryDock::statusMessage, this, showMessage);
    connect(m_historyDock, &HistoryDock::showResult, this,
            [this](const CallResult &result) { m_results->showResult(result, std::nullopt); });
    connect(m_historyDock, &HistoryDock::restoreDraft, this,
            [this](const CallDraft &draft, const QString &functionName, bool stream) {
                setDraft(draft, functionName);
                m_streamAction->setChecked(stream);
            });
    connect(m_historyDock, &HistoryDock::retentionChanged, this,
            [this](const Retention &retention) {
                m_settings->setValue(Settings::Key::HistoryRetention, retention.toSetting());
            });
}

void MainWindow::updateTitle()
{
    const QString name = m_presetsDock->session()->currentName();
    QString title = name.isEmpty() ? tr("Callpad") : tr("Callpad — %1").arg(name);
    if (isDemoMode()) {
        title += tr(" (demo mode)");
    }
    setWindowTitle(title + u"[*]"_s);
    setWindowModified(m_presetsDock->session()->isDirty());
}

Preset MainWindow::currentPreset() const
{
    Preset preset;
    preset.request = draft();
    preset.stream = m_streamAction->isChecked();
    if (const auto details = m_picker->details()) {
        preset.functionName = details->name;
    }
    preset.revisionLabel = revisionLabel();
    return preset;
}

void MainWindow::applyPreset(const Preset &preset)
{
    if (!preset.baseUrl.isEmpty() && !isDemoMode()) {
        m_connection->setBaseUrl(QUrl(preset.baseUrl));
    }
    setDraft(preset.request, preset.functionName);
    m_streamAction->setChecked(preset.stream);
}

QString MainWindow::revisionLabel() const
{
    const QDateTime created = m_picker->revisionCreatedAt();
    return created.isValid() ? formatLocalTime(created, QLocale::ShortFormat) : QString();
}

void MainWindow::offerDraftRecovery()
{
    PresetSession *session = m_presetsDock->session();
    if (const auto draft = session->recoverDraft()) {
        if (WindowDialogs::askRestoreDraft(this, draft->savedAt)) {
            session->restoreDraft(*draft);
        } else {
            session->discardDraft();
        }
    }
}

bool MainWindow::confirmBudget()
{
    const Budget budget = m_budget->budget();
    if (budget.daily <= 0 && budget.monthly <= 0) {
        return true;
    }
    const Spend spend = CostAggregator(*m_historyDock->store()).spend(QDateTime::currentDateTime());
    return confirmSendOverBudget(this, evaluate(spend, budget));
}

} // namespace callpad
