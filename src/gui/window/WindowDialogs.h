#pragma once

#include <QDateTime>

class QWidget;

namespace callpad {

// The main window's questions and notices, each a small modal dialog. Kept apart so the
// window's own file stays about wiring.
namespace WindowDialogs {

// "No API key: try demo mode?" True when the user picks demo mode.
bool askTryDemoMode(QWidget *parent);
// "Restore the unsaved request (autosaved at `savedAt`)?" True to restore.
bool askRestoreDraft(QWidget *parent, const QDateTime &savedAt);
void showAbout(QWidget *parent);

} // namespace WindowDialogs
} // namespace callpad
