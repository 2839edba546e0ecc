#pragma once

#include "core/Result.h"
#include "gui/window/WindowContext.h"

#include <QMainWindow>

class QAction;
class QLabel;

namespace callpad {

class BudgetIndicator;
class CallController;
class ConnectionBar;
class HistoryDock;
class PresetsDock;
class RequestPage;
struct CallDraft;
struct Preset;

// Assembles the window from the services it is given (WindowContext: built by src/app's
// Workbench) and wires its parts: the connection bar, the request page, the Presets and History
// docks, the menus and the status bar. It holds no logic of its own beyond that wiring.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const WindowContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Points the window at the in-process demo server and opens a first request. A failure when
    // the demo server could not start or the window has no demo mode.
    Status enterDemoMode();
    bool isDemoMode() const;
    // First run without a key: offer demo mode (a dialog; the app calls this after show()).
    void offerDemoIfNoKey();
    // After a crash or kill: offer the autosaved form (the app calls this after show()).
    void offerDraftRecovery();

    RequestPage *requestPage() const { return m_page; }
    CallController *controller() const;
    QAction *sendAction() const;
    QAction *cancelAction() const;
    PresetsDock *presetsDock() const { return m_presetsDock; }
    HistoryDock *historyDock() const { return m_historyDock; }

    void setDraft(const CallDraft &draft, const QString &functionName = {});
    CallDraft draft() const;
    // The form as a preset (with the base URL), and a preset applied to the form.
    Preset currentPreset() const;
    void applyPreset(const Preset &preset);

public Q_SLOTS:
    void send();
    void cancel();
    void showShortcuts();
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildLayout();
    void buildDocks();
    void buildMenus();
    void wire();
    bool applyConnection();
    void updateTitle();
    void showMessage(const QString &message, int timeoutMs);
    void restoreState();
    void saveState();

    WindowContext m_context;
    ConnectionBar *m_connection = nullptr;
    RequestPage *m_page = nullptr;
    QLabel *m_statusLabel = nullptr;
    PresetsDock *m_presetsDock = nullptr;
    HistoryDock *m_historyDock = nullptr;
    BudgetIndicator *m_budget = nullptr;
};

} // namespace callpad
