#pragma once

#include <QString>

namespace callpad {

// Where the window keeps its files. The app uses the standard data location; tests and the
// screenshot tool point it at a temporary folder so they never touch the user's profile.
struct AppPaths
{
    QString historyDatabase;
    QString presetsFolder; // the default; the user may open another folder
    QString draftFolder; // the autosaved unsaved form lives here

    static AppPaths standard();
    static AppPaths inFolder(const QString &folder);
};

} // namespace callpad
