#pragma once

#include "core/Latest.h"
#include "core/Result.h"
#include "core/protocol/CallRequest.h"
#include "core/protocol/CallResult.h"

#include <QDockWidget>

#include <optional>

class QLabel;
class QTabWidget;

namespace callpad {

class CostPane;
class HistoryCallsView;
class HistoryFilterBar;
class HistoryService;
struct HistoryEntry;

// The History dock: one filter bar shared by the list of calls and the cost pane, over the
// history service the window was given. When the history cannot be opened the dock says why
// (calls still work; nothing is kept).
class HistoryDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDock)

public:
    // `history` is not owned and outlives the dock.
    explicit HistoryDock(HistoryService *history, QWidget *parent = nullptr);
    ~HistoryDock() override;

    HistoryService *history() const { return m_history; }
    HistoryFilterBar *filterBar() const { return m_filterBar; }
    HistoryCallsView *callsView() const { return m_calls; }
    CostPane *costPane() const { return m_costs; }

    // Loads a stored call and rebuilds it on the history's thread (the response parsed again,
    // its images put back: work that grows with the response): showResult with it as it
    // arrived, or restoreDraft with its request; a status message either way. Only the newest
    // call asked for is shown.
    void showEntry(qint64 id);
    void restoreEntry(qint64 id);

Q_SIGNALS:
    void showResult(const callpad::CallResult &result);
    void restoreDraft(const callpad::CallDraft &draft, const QString &functionName, bool stream);
    void statusMessage(const QString &message);

private:
    void applyFilter();
    void showProblem(const QString &error);
    // The handler of a readEntry() answer: says why there is nothing, or hands `use` the value.
    template<typename Value, typename Use> auto whenFound(Use use);

    HistoryService *m_history;
    QLabel *m_problem = nullptr;
    HistoryFilterBar *m_filterBar = nullptr;
    QTabWidget *m_tabs = nullptr;
    HistoryCallsView *m_calls = nullptr;
    CostPane *m_costs = nullptr;
    Latest m_shown;
};

} // namespace callpad
