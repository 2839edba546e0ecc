#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace callpad {

// What the history panel, the cost pane and `callpad-cli history/costs` narrow the history to.
// Every part is optional; set parts combine with AND.
struct HistoryFilter
{
    enum class Status { Any, Succeeded, Failed };

    // Words that must all occur in the call's input or output text. With SQLite's FTS5 each word
    // matches as a token prefix ("transl" finds "translate"), case- and accent-insensitively;
    // without FTS5 each word is a substring (LIKE, ASCII case-insensitive).
    QString text;
    QString functionId;
    QString revisionId;
    QString tagKey; // a call with a tag of this key (any value unless tagValue is set)
    QString tagValue; // with tagKey: that exact tag; alone: any tag with this value
    Status status = Status::Any;
    QDateTime from; // inclusive; invalid = open
    QDateTime to; // exclusive; invalid = open

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && functionId.isEmpty() && revisionId.isEmpty()
                && tagKey.isEmpty() && tagValue.isEmpty() && status == Status::Any
                && !from.isValid() && !to.isValid();
    }

    friend bool operator==(const HistoryFilter &, const HistoryFilter &) = default;
};

// A position in the newest-first order, for keyset paging: rows strictly older than this one.
struct HistoryCursor
{
    qint64 timeMs = 0; // the row's time, ms since the epoch, UTC
    qint64 id = 0;
};

// How much history to keep.
struct Retention
{
    enum class Mode { KeepAll, Days, Calls };

    Mode mode = Mode::KeepAll;
    int count = 0; // days or calls; a count below 1 keeps everything

    static Retention keepAll() { return {}; }
    static Retention days(int n) { return { Mode::Days, n }; }
    static Retention calls(int n) { return { Mode::Calls, n }; }

    // "keep_all", "days:30", "calls:10000": for settings and the CLI.
    QString toSetting() const;
    static std::optional<Retention> fromSetting(const QString &text);

    friend bool operator==(const Retention &, const Retention &) = default;
};

} // namespace callpad
