#include "app/Workbench.h"

#include "app/DemoSession.h"
#include "core/client/ApiClient.h"
#include "core/history/HistoryService.h"
#include "core/presets/DraftStore.h"
#include "core/presets/PresetStore.h"
#include "gui/costs/Budget.h"
#include "gui/costs/BudgetMonitor.h"
#include "gui/history/HistorySettings.h"
#include "gui/presets/PresetSession.h"
#include "gui/presets/PresetsSettings.h"
#include "gui/settings/Settings.h"

namespace callpad {

Workbench::Workbench(Settings *settings, const AppPaths &paths, QObject *parent)
    : QObject(parent), m_settings(settings), m_client(std::make_unique<ApiClient>()),
      m_history(std::make_unique<HistoryService>()), m_presets(std::make_unique<PresetStore>()),
      m_drafts(std::make_unique<DraftStore>(paths.draftFolder)),
      m_session(std::make_unique<PresetSession>(m_presets.get())),
      m_budget(std::make_unique<BudgetMonitor>(m_history.get())),
      m_demo(std::make_unique<DemoSession>())
{
    // Opening (and migrating) runs on the history's thread; the window shows at once.
    m_history->open(paths.historyDatabase);
    const HistorySettings historySettings(m_settings);
    m_history->setRetention(historySettings.retention.get());
    // A retention chosen in the window is written to the settings and reaches the history here.
    historySettings.retention.connectChanged(
            m_history.get(), [history = m_history.get()](const Retention &retention) {
                history->setRetention(retention);
            });

    const QString folder = PresetsSettings(m_settings).folder.get();
    if (folder.isEmpty() || !m_presets->setFolder(folder)) {
        m_presets->setFolder(paths.presetsFolder);
    }
    m_session->setDraftStore(m_drafts.get());

    BudgetSettings budget(m_settings);
    m_budget->setBudget(budget.load());
    connect(m_budget.get(), &BudgetMonitor::budgetChosen, this,
            [budget](const Budget &chosen) mutable { budget.save(chosen); });
}

Workbench::~Workbench() = default;

WindowContext Workbench::context() const
{
    WindowContext context;
    context.settings = m_settings;
    context.client = m_client.get();
    context.history = m_history.get();
    context.presets = m_presets.get();
    context.session = m_session.get();
    context.budget = m_budget.get();
    context.demo = m_demo.get();
    return context;
}

} // namespace callpad
