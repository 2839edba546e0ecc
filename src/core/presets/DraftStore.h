#pragma once

#include "core/Result.h"
#include "core/presets/Preset.h"
#include "core/presets/PresetFiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace callpad {

struct SavedDraft
{
    Preset preset; // the form as it was
    QString presetPath; // the preset file the form was editing; empty for a new, unsaved one
    QDateTime savedAt; // UTC
};

// The autosaved copy of the unsaved request form, so a crash or a kill loses at most a few
// seconds of typing. The GUI saves while the form is dirty and clears on a clean exit; a draft
// found at start-up means the last session did not end cleanly.
//
// One file, "unsaved-draft.json" (format "callpad-draft", embedding a "callpad-preset" object),
// written atomically (AtomicFile.h) like the presets.
class DraftStore final
{
    Q_DECLARE_TR_FUNCTIONS(callpad::DraftStore)

public:
    explicit DraftStore(QString folder = {}); // empty = QStandardPaths::AppDataLocation

    QString filePath() const;
    Status save(const Preset &draft, const QString &presetPath);
    // nullopt when there is no draft; a failure when there is one that cannot be read.
    Result<std::optional<SavedDraft>> load() const;
    Status clear(); // a success also when there was nothing to clear

    // For tests: called halfway through the write, before the commit.
    void setMidWriteHook(MidWriteHook hook) { m_midWriteHook = std::move(hook); }

private:
    QString m_folder;
    MidWriteHook m_midWriteHook;
};

} // namespace callpad
