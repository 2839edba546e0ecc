#pragma once

#include "core/Latest.h"
#include "gui/textview/TextSearch.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

namespace callpad {

// Every match of a needle in a text, found on a worker thread (findAll()): a newer search wins,
// and one still running is told to stop. Answers what a view asks of the matches: which are on
// a line, which comes after or before a place.
class TextFinder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextFinder)

public:
    static constexpr qsizetype MatchCap = 1000000;

    explicit TextFinder(QObject *parent = nullptr);
    ~TextFinder() override;

    // Finds `needle` in `lines`; finished() follows. An empty needle clears at once.
    void find(std::shared_ptr<const TextLines> lines, const QString &needle,
              Qt::CaseSensitivity cs);
    // Forgets the matches and stops a search still running; true when there were any.
    bool clear();

    [[nodiscard]] bool isSearching() const { return m_latest.isPending(); }
    [[nodiscard]] const std::vector<TextMatch> &matches() const { return m_result.matches; }
    [[nodiscard]] qsizetype count() const { return qsizetype(m_result.matches.size()); }
    [[nodiscard]] bool isCapped() const { return m_result.capped; }
    // The index of the first match at or after `pos` (count() when none).
    [[nodiscard]] qsizetype firstFrom(TextPos pos) const;
    // The first match that reaches into columns [column, …) of `line` (every match has the
    // needle's length, so it starts at most that many columns before).
    [[nodiscard]] std::vector<TextMatch>::const_iterator firstOnLine(qint32 line,
                                                                     qint32 column) const;

Q_SIGNALS:
    void finished(qsizetype count, bool capped);

private:
    void cancelRunning();

    TextSearchResult m_result;
    Latest m_latest;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace callpad
