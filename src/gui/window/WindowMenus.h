#pragma once

#include <functional>

class QAction;
class QDockWidget;
class QMenuBar;

namespace callpad {

class BudgetIndicator;
class HistoryCallsView;
class PresetsPanel;

// What the main window's menus are made of: the window's own actions, the docks' actions,
// and the few commands only the window can run.
struct WindowMenuParts
{
    QAction *send = nullptr;
    QAction *cancel = nullptr;
    QAction *stream = nullptr;
    const PresetsPanel *presets = nullptr;
    const HistoryCallsView *calls = nullptr;
    QDockWidget *presetsDock = nullptr;
    QDockWidget *historyDock = nullptr;
    BudgetIndicator *budget = nullptr;
    std::function<void()> tryDemoMode; // empty: no demo mode, no menu item
    std::function<void()> showShortcuts;
    std::function<void()> showAbout;
    std::function<void()> quit;
};

// File, Call, View, History and Help.
void buildWindowMenus(QMenuBar *bar, const WindowMenuParts &parts);

} // namespace callpad
