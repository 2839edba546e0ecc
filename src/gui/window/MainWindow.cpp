#include "MainWindow.h"

#include "CallController.h"
#include "DemoSession.h"
#include "ShortcutsDialog.h"
#include "Version.h"
#include "client/ApiClient.h"
#include "picker/ConnectionBar.h"
#include "picker/FunctionPicker.h"
#include "picker/RevisionInfoPanel.h"
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

MainWindow::MainWindow(Settings *settings, QWidget *parent)
    : QMainWindow(parent),
      m_settings(settings),
      m_client(new ApiClient(nullptr, this)),
      m_controller(new CallController(m_client, this)),
      m_demo(new DemoSession(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Callpad"));
    setWindowIcon(QIcon(u":/icons/callpad.svg"_s));
    buildActions();
    buildLayout();
    buildMenus();
    wire();
    restoreState();
    applyConnection();
    m_runningTicker.setInterval(100);
    connect(&m_runningTicker, &QTimer::timeout, this, &MainWindow::updateRunningStatus);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    m_sendAction = new QAction(QIcon(u":/icons/send.svg"_s), tr("&Send"), this);
    m_sendAction->setObjectName(u"sendAction"_s);
    m_sendAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Return),
                                 QKeySequence(Qt::CTRL | Qt::Key_Enter) });
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
    m_streamAction->setStatusTip(tr("Use the streaming endpoint and show the answer as it arrives"));
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

    m_workSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_workSplitter->setObjectName(u"workSplitter"_s);
    m_revisionInfo = new RevisionInfoPanel(m_workSplitter);
    auto *requestSide = new QWidget(m_workSplitter);
    auto *requestLayout = new QVBoxLayout(requestSide);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    m_form = new RequestForm(requestSide);
    requestLayout->addWidget(m_form, 1);

    auto *sendRow = new QHBoxLayout;
    m_streamCheck = new QCheckBox(tr("Stream"), requestSide);
    m_streamCheck->setObjectName(u"streamCheckBox"_s);
    m_streamCheck->setToolTip(m_streamAction->statusTip());
    m_cancelButton = new QPushButton(m_cancelAction->icon(), tr("Cancel"), requestSide);
    m_cancelButton->setObjectName(u"cancelPushButton"_s);
    m_cancelButton->setToolTip(m_cancelAction->toolTip());
    m_cancelButton->setEnabled(false);
    m_sendButton = new QPushButton(m_sendAction->icon(), tr("Send"), requestSide);
    m_sendButton->setObjectName(u"sendPushButton"_s);
    m_sendButton->setToolTip(m_sendAction->toolTip());
    m_sendButton->setDefault(true);
    sendRow->addWidget(m_streamCheck);
    sendRow->addStretch(1);
    sendRow->addWidget(m_cancelButton);
    sendRow->addWidget(m_sendButton);
    requestLayout->addLayout(sendRow);
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
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *demo = file->addAction(tr("Try &Demo Mode"), this, [this] {
        QString error;
        if (!enterDemoMode(&error)) {
            QMessageBox::warning(this, tr("Demo mode"), error);
        }
    });
    demo->setObjectName(u"demoModeAction"_s);
    demo->setStatusTip(tr("Use the bundled demo server on this computer; no account needed"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *call = menuBar()->addMenu(tr("&Call"));
    call->addActions({ m_sendAction, m_cancelAction });
    call->addSeparator();
    call->addAction(m_streamAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(u"shortcutsAction"_s);
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Callpad"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(
            QAction::AboutQtRole);
}

void MainWindow::wire()
{
    connect(m_sendButton, &QPushButton::clicked, m_sendAction, &QAction::trigger);
    connect(m_cancelButton, &QPushButton::clicked, m_cancelAction, &QAction::trigger);
    connect(m_streamCheck, &QCheckBox::toggled, m_streamAction, &QAction::setChecked);
    connect(m_streamAction, &QAction::toggled, m_streamCheck, &QCheckBox::setChecked);

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
    connect(m_controller, &CallController::finished, this,
            [this](const CallResult &result) { onCallFinished(result); });
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
    m_sendButton->setEnabled(false);
    m_cancelAction->setEnabled(true);
    m_cancelButton->setEnabled(true);
    m_runningTicker.start();
    updateRunningStatus();
}

void MainWindow::updateRunningStatus()
{
    m_statusLabel->setText(tr("Calling… %1 · %2 received")
                                   .arg(formatLatency(m_controller->elapsedMs()),
                                        QLocale().formattedDataSize(m_controller->bytesReceived())));
}

void MainWindow::onCallFinished(const CallResult &result)
{
    m_runningTicker.stop();
    m_sendAction->setEnabled(true);
    m_sendButton->setEnabled(true);
    m_cancelAction->setEnabled(false);
    m_cancelButton->setEnabled(false);
    m_results->showResult(result, m_outputSchema);
    if (!result.ok()) {
        m_statusLabel->setText(tr("Failed after %1: %2")
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
    setWindowTitle(tr("Callpad — demo mode"));
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
    QMessageBox box(QMessageBox::Question, tr("No API key"),
                    tr("No Opper API key is set.\n\nTry Callpad in demo mode, with a demo server "
                       "on this computer? Or close this and paste your key into the key field "
                       "(it stays in memory only)."),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"noKeyMessageBox"_s);
    QPushButton *demo = box.addButton(tr("Try Demo Mode"), QMessageBox::AcceptRole);
    box.addButton(tr("Enter a Key"), QMessageBox::RejectRole);
    box.setDefaultButton(demo);
    box.exec();
    if (box.clickedButton() == demo) {
        QString error;
        if (!enterDemoMode(&error)) {
            QMessageBox::warning(this, tr("Demo mode"), error);
        }
    } else {
        m_connection->setFocus();
    }
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
            this, tr("About Callpad"),
            tr("<h3>Callpad %1</h3>"
               "<p>A native workbench for calling Opper function revisions: edit the input, "
               "examples and tags, call, and read the message, JSON payload, images, tokens and "
               "cost.</p><p>Local-first. Your API key is kept in memory and sent only to the "
               "configured API origin.</p><p>Built with Qt %2.</p>")
                    .arg(version(), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreState()
{
    restoreGeometry(m_settings->bytes(Settings::Key::WindowGeometry));
    QMainWindow::restoreState(m_settings->bytes(Settings::Key::WindowState));
    m_mainSplitter->restoreState(m_settings->bytes(Settings::Key::MainSplitter));
    m_workSplitter->restoreState(m_settings->bytes(Settings::Key::WorkSplitter));
    m_revisionInfo->setExpanded(m_settings->flag(Settings::Key::RevisionInfoExpanded));
    m_streamAction->setChecked(m_settings->flag(Settings::Key::Stream));
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
    m_controller->cancel();
    saveState();
    event->accept();
}

} // namespace callpad
