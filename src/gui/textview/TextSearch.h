#pragma once

#include "gui/textview/TextLines.h"

#include <QString>

#include <atomic>
#include <vector>

namespace callpad {

struct TextMatch
{
    TextPos pos;
    qint32 length = 0;
};

struct TextSearchResult
{
    std::vector<TextMatch> matches; // in text order
    bool capped = false; // stopped at the cap: there are more
    bool cancelled = false;
};

// Every match of `needle` in `lines`, in order; a match never spans a line break. A plain
// function for a worker thread: it decodes one line at a time, stops at `cap` matches, and gives
// up early once `cancelled` is set (a newer search made this one pointless).
TextSearchResult findAll(const TextLines &lines, const QString &needle, Qt::CaseSensitivity cs,
                         qsizetype cap, const std::atomic_bool *cancelled = nullptr);

} // namespace callpad
