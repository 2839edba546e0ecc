#include "gui/textview/TextFinder.h"

#include "core/Background.h"

#include <algorithm>

namespace callpad {

TextFinder::TextFinder(QObject *parent) : QObject(parent) { }

TextFinder::~TextFinder()
{
    cancelRunning();
}

void TextFinder::cancelRunning()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
    m_latest.invalidate();
}

bool TextFinder::clear()
{
    cancelRunning();
    const bool had = !m_result.matches.empty() || m_result.capped;
    m_result = {};
    return had;
}

void TextFinder::find(std::shared_ptr<const TextLines> lines, const QString &needle,
                      Qt::CaseSensitivity cs)
{
    clear();
    if (needle.isEmpty()) {
        Q_EMIT finished(0, false);
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    runLatest(
            this, m_latest,
            [lines = std::move(lines), needle, cs, cancel = m_cancel] {
                // Shared, so up to a million matches reach the GUI thread without a copy.
                return std::make_shared<TextSearchResult>(
                        findAll(*lines, needle, cs, MatchCap, cancel.get()));
            },
            [this](const std::shared_ptr<TextSearchResult> &result) {
                m_result = std::move(*result);
                Q_EMIT finished(count(), m_result.capped);
            });
}

qsizetype TextFinder::firstFrom(TextPos pos) const
{
    const auto it = std::lower_bound(
            m_result.matches.begin(), m_result.matches.end(), pos,
            [](const TextMatch &match, const TextPos &at) { return match.pos < at; });
    return std::distance(m_result.matches.begin(), it);
}

std::vector<TextMatch>::const_iterator TextFinder::firstOnLine(qint32 line, qint32 column) const
{
    const qint32 length = m_result.matches.empty() ? 0 : m_result.matches.front().length;
    return m_result.matches.begin() + firstFrom({ line, column - length + 1 });
}

} // namespace callpad
