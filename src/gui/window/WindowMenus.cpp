#include "gui/window/WindowMenus.h"

#include "gui/costs/BudgetIndicator.h"
#include "gui/history/HistoryCallsView.h"
#include "gui/presets/PresetsPanel.h"
#include "gui/window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>

using namespace Qt::StringLiterals;

namespace callpad {

void buildWindowMenus(QMenuBar *bar, const WindowMenuParts &parts)
{
    QMenu *file = bar->addMenu(MainWindow::tr("&File"));
    const PresetsPanel *presets = parts.presets;
    file->addActions({ presets->newAction(), presets->saveAction(), presets->saveAsAction() });
    file->addSeparator();
    file->addActions(
            { presets->importAction(), presets->exportAction(), presets->openFolderAction() });
    file->addSeparator();
    if (parts.tryDemoMode) {
        QAction *demo = file->addAction(MainWindow::tr("Try &Demo Mode"), bar, parts.tryDemoMode);
        demo->setObjectName(u"demoModeAction"_s);
        demo->setStatusTip(
                MainWindow::tr("Use the bundled demo server on this computer; no account needed"));
        file->addSeparator();
    }
    QAction *quit = file->addAction(MainWindow::tr("&Quit"), QKeySequence::Quit, bar, parts.quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *call = bar->addMenu(MainWindow::tr("&Call"));
    call->addActions({ parts.send, parts.cancel });
    call->addSeparator();
    call->addAction(parts.stream);
    QAction *budget = call->addAction(MainWindow::tr("&Budget…"), parts.budget,
                                      &BudgetIndicator::openBudgetDialog);
    budget->setObjectName(u"budgetAction"_s);
    budget->setStatusTip(MainWindow::tr("Set a daily and a monthly spending limit"));

    QMenu *view = bar->addMenu(MainWindow::tr("&View"));
    view->addAction(parts.presetsDock->toggleViewAction());
    view->addAction(parts.historyDock->toggleViewAction());
    if (const HistoryCallsView *calls = parts.calls) {
        QMenu *history = bar->addMenu(MainWindow::tr("Hi&story"));
        history->addActions({ calls->restoreAction(), calls->deleteAction() });
        history->addSeparator();
        history->addActions({ calls->clearOlderAction(), calls->retentionAction() });
    }

    QMenu *help = bar->addMenu(MainWindow::tr("&Help"));
    QAction *shortcuts
            = help->addAction(MainWindow::tr("&Keyboard Shortcuts"), bar, parts.showShortcuts);
    shortcuts->setObjectName(u"shortcutsAction"_s);
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    QAction *about = help->addAction(MainWindow::tr("&About Callpad"), bar, parts.showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(MainWindow::tr("About &Qt"), qApp, &QApplication::aboutQt)
            ->setMenuRole(QAction::AboutQtRole);
}

} // namespace callpad
