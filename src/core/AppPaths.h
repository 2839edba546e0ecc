#pragma once

#include <QString>

namespace callpad {

// The organisation and application names every Callpad program runs under, and its version.
// QSettings and QStandardPaths derive the settings file and the data folder from the names,
// so the window and callpad-cli call this one function and share one history.
void setAppIdentity();

// Where Callpad keeps its files. The programs use the standard data location (after
// setAppIdentity()); tests and the screenshot tool point it at a temporary folder so they
// never touch the user's profile.
struct AppPaths
{
    QString historyDatabase;
    QString presetsFolder; // the default; the user may open another folder
    QString draftFolder; // the autosaved unsaved form lives here

    static AppPaths standard();
    static AppPaths inFolder(const QString &folder);
};

} // namespace callpad
