#pragma once

#include "core/history/HistoryService.h"
#include "core/protocol/ApiError.h"
#include "core/protocol/FunctionInfo.h"
#include "gui/window/WindowContext.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QSplitter;

namespace callpad {

class CallController;
class FunctionPicker;
class RequestForm;
class ResultsView;
class RevisionInfoPanel;
struct CallDraft;
struct CallResult;
struct Preset;

// One request and its answer: the function picker, the revision's details, the form, the send
// bar and the result panes, with the call controller that runs it. Every finished call goes to
// the history and its cost to the budget monitor. The window around it owns the connection,
// the docks and the menus.
class RequestPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestPage)

public:
    explicit RequestPage(const WindowContext &context, QWidget *parent = nullptr);
    ~RequestPage() override;

    [[nodiscard]] CallController *controller() const { return m_controller; }
    [[nodiscard]] FunctionPicker *picker() const { return m_picker; }
    [[nodiscard]] RequestForm *form() const { return m_form; }
    [[nodiscard]] ResultsView *results() const { return m_results; }
    [[nodiscard]] QAction *sendAction() const { return m_sendAction; }
    [[nodiscard]] QAction *cancelAction() const { return m_cancelAction; }
    [[nodiscard]] QAction *streamAction() const { return m_streamAction; }

    void setDraft(const CallDraft &draft, const QString &functionName = {});
    [[nodiscard]] CallDraft draft() const;
    // The request as a preset (no base URL: that is the window's), and a preset put back.
    [[nodiscard]] Preset currentPreset() const;
    void applyPreset(const Preset &preset);
    void showResult(const CallResult &result);

    // Asked before every send; false stops it (the window checks its connection there).
    void setSendGate(std::function<bool()> gate) { m_gate = std::move(gate); }

    // Splitters, the revision panel, streaming and the last function (RequestPageSettings).
    void restoreState(Settings *settings);
    // `rememberFunction` false leaves the last function alone (demo ids mean nothing later).
    void saveState(Settings *settings, bool rememberFunction) const;

public Q_SLOTS:
    void send();
    void cancel();

Q_SIGNALS:
    // The call line of the status bar ("Calling… 1.2 s", "Done in 2.1 s · 1,234 tokens").
    void callStatusChanged(const QString &text);
    // A passing message for the status bar.
    void statusMessage(const QString &message, int timeoutMs);
    // Anything a preset holds was edited.
    void edited();

private:
    void buildActions();
    void buildLayout();
    void wire();
    void onDetailsLoaded(const FunctionDetails &details);
    void onCallStarted(bool streamed);
    void onCallFinished(const CallResult &result);
    void showProblems(const QList<ApiError> &problems);
    bool confirmBudget();
    [[nodiscard]] CallContext callContext() const;
    [[nodiscard]] QString revisionLabel() const;
    // Notes the size of what the panes now show; when what they showed before was large, its
    // freed memory goes back to the system.
    void replacedShown(qsizetype bodyBytes);

    WindowContext m_context;
    CallController *m_controller;
    FunctionPicker *m_picker = nullptr;
    RevisionInfoPanel *m_revisionInfo = nullptr;
    RequestForm *m_form = nullptr;
    ResultsView *m_results = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_workSplitter = nullptr;
    QAction *m_sendAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_streamAction = nullptr;
    QTimer m_runningTicker;
    std::optional<QJsonObject> m_outputSchema;
    std::function<bool()> m_gate;
    qsizetype m_shownBytes = 0;
};

} // namespace callpad
