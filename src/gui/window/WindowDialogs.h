#pragma once

#include <QDateTime>

class QWidget;

namespace callpad::WindowDialogs {

// "No API key: try demo mode?" True when the user picks demo mode.
bool askTryDemoMode(QWidget *parent);
// "Restore the unsaved request (autosaved at `savedAt`)?" True to restore.
bool askRestoreDraft(QWidget *parent, const QDateTime &savedAt);
void showAbout(QWidget *parent);

} // namespace callpad::WindowDialogs
