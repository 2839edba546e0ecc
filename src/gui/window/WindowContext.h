#pragma once

namespace callpad {

class ApiClient;
class BudgetMonitor;
class DemoLauncher;
class HistoryService;
class PresetSession;
class PresetStore;
class Settings;

// What the composition root (src/app/Workbench) hands the window: every long-lived service,
// none owned by the window, all outliving it.
struct WindowContext
{
    Settings *settings = nullptr;
    ApiClient *client = nullptr;
    HistoryService *history = nullptr;
    PresetStore *presets = nullptr;
    PresetSession *session = nullptr;
    BudgetMonitor *budget = nullptr;
    // Null: the window offers no demo mode.
    DemoLauncher *demo = nullptr;
};

} // namespace callpad
