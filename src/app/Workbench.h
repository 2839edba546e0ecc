#pragma once

#include "core/AppPaths.h"
#include "gui/window/WindowContext.h"

#include <QObject>

#include <memory>

namespace callpad {

class ApiClient;
class BudgetMonitor;
class DemoSession;
class DraftStore;
class HistoryService;
class PresetSession;
class PresetStore;
class Settings;

// The composition root: builds every long-lived service once, in dependency order, and hands
// them to the window (context()). Nothing else constructs a service. Members are destroyed in
// reverse order, so the history service, which flushes its queue, goes after everything that
// records into it; the window must be destroyed before the workbench.
class Workbench final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workbench)

public:
    // `settings` is not owned and outlives the workbench. `paths` says where the history, the
    // presets and the autosaved draft live (tests and tools pass a temporary folder).
    explicit Workbench(Settings *settings, const AppPaths &paths = AppPaths::standard(),
                       QObject *parent = nullptr);
    ~Workbench() override;

    [[nodiscard]] WindowContext context() const;

    [[nodiscard]] Settings *settings() const { return m_settings; }
    [[nodiscard]] ApiClient *client() const { return m_client.get(); }
    [[nodiscard]] HistoryService *history() const { return m_history.get(); }
    [[nodiscard]] PresetStore *presets() const { return m_presets.get(); }
    [[nodiscard]] DraftStore *drafts() const { return m_drafts.get(); }
    [[nodiscard]] PresetSession *session() const { return m_session.get(); }
    [[nodiscard]] BudgetMonitor *budget() const { return m_budget.get(); }
    [[nodiscard]] DemoSession *demo() const { return m_demo.get(); }

private:
    Settings *m_settings;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<HistoryService> m_history;
    std::unique_ptr<PresetStore> m_presets;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<PresetSession> m_session;
    std::unique_ptr<BudgetMonitor> m_budget;
    std::unique_ptr<DemoSession> m_demo;
};

} // namespace callpad
