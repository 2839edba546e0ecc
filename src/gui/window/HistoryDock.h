#pragma once

#include "client/CallHandle.h"
#include "history/HistoryFilter.h"
#include "protocol/CallRequest.h"

#include <QDockWidget>

class QTabWidget;

namespace callpad {

class CallRecorder;
class CostPane;
class HistoryCallsView;
class HistoryFilterBar;
class HistoryStore;

// The History dock: one filter bar shared by the list of calls and the cost pane, over the
// history database this dock opens.
class HistoryDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDock)

public:
    HistoryDock(const QString &databasePath, QWidget *parent = nullptr);
    ~HistoryDock() override;

    HistoryStore *store() const { return m_store; }
    CallRecorder *recorder() const { return m_recorder; }
    HistoryFilterBar *filterBar() const { return m_filterBar; }
    HistoryCallsView *callsView() const { return m_calls; }
    CostPane *costPane() const { return m_costs; }

    // Loads a stored call: emits showResult with it as it arrived, or restoreDraft with its
    // request. False (and a status message) when the call is gone.
    bool showEntry(qint64 id);
    bool restoreEntry(qint64 id);

Q_SIGNALS:
    void showResult(const callpad::CallResult &result);
    void restoreDraft(const callpad::CallDraft &draft, const QString &functionName, bool stream);
    void retentionChanged(const callpad::Retention &retention);
    void statusMessage(const QString &message);

private:
    void applyFilter();

    HistoryStore *m_store;
    CallRecorder *m_recorder;
    HistoryFilterBar *m_filterBar = nullptr;
    QTabWidget *m_tabs = nullptr;
    HistoryCallsView *m_calls = nullptr;
    CostPane *m_costs = nullptr;
};

} // namespace callpad
