#pragma once

#include "AppPaths.h"
#include "protocol/ApiError.h"
#include "protocol/FunctionInfo.h"

#include <QMainWindow>
#include <QTimer>

#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QPushButton;
class QSplitter;

namespace callpad {

class ApiClient;
class BudgetIndicator;
class CallController;
class HistoryDock;
class PresetsDock;
struct Preset;
class ConnectionBar;
class DemoSession;
class FunctionPicker;
class RequestForm;
class ResultsView;
class RevisionInfoPanel;
class Settings;
struct CallDraft;
struct CallResult;

// Assembles the panes and wires them to the call controller. It holds no logic of its own
// beyond that wiring: each pane is its own class under src/gui/<feature>/.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `settings` is not owned; it outlives the window. `paths` says where history, presets and
    // the autosaved draft live (tests and tools pass a temporary folder).
    explicit MainWindow(Settings *settings, const AppPaths &paths = AppPaths::standard(),
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    // Points the window at the in-process demo server and opens a first request.
    bool enterDemoMode(QString *error = nullptr);
    bool isDemoMode() const;
    // First run without a key: offer demo mode (a dialog; the app calls this after show()).
    void offerDemoIfNoKey();

    ApiClient *client() const { return m_client; }
    CallController *controller() const { return m_controller; }
    DemoSession *demo() const { return m_demo; }
    QAction *sendAction() const { return m_sendAction; }
    QAction *cancelAction() const { return m_cancelAction; }

    void setDraft(const CallDraft &draft, const QString &functionName = {});
    CallDraft draft() const;

    PresetsDock *presetsDock() const { return m_presetsDock; }
    HistoryDock *historyDock() const { return m_historyDock; }
    // The form as a preset, and a preset applied to the form.
    Preset currentPreset() const;
    void applyPreset(const Preset &preset);
    // After a crash or kill: offer the autosaved form (the app calls this after show()).
    void offerDraftRecovery();

public Q_SLOTS:
    void send();
    void cancel();
    void showShortcuts();
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildLayout();
    void buildMenus();
    void wire();
    void applyConnection();
    void onDetailsLoaded(const FunctionDetails &details);
    void onCallStarted(bool streamed);
    void onCallFinished(const CallResult &result, const CallDraft &draft);
    QString revisionLabel() const;
    void updateRunningStatus();
    void showProblems(const QList<ApiError> &problems);
    void buildDocks(const AppPaths &paths);
    void wirePresets();
    void wireHistory();
    void updateTitle();
    bool confirmBudget();
    void restoreState();
    void saveState();

    Settings *m_settings;
    ApiClient *m_client;
    CallController *m_controller;
    DemoSession *m_demo;
    ConnectionBar *m_connection = nullptr;
    FunctionPicker *m_picker = nullptr;
    RevisionInfoPanel *m_revisionInfo = nullptr;
    RequestForm *m_form = nullptr;
    ResultsView *m_results = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_workSplitter = nullptr;
    QLabel *m_statusLabel = nullptr;
    QAction *m_sendAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_streamAction = nullptr;
    PresetsDock *m_presetsDock = nullptr;
    HistoryDock *m_historyDock = nullptr;
    BudgetIndicator *m_budget = nullptr;
    QTimer m_runningTicker;
    std::optional<QJsonObject> m_outputSchema;
};

} // namespace callpad
