#include "gui/textview/TextSearch.h"

namespace callpad {

TextSearchResult findAll(const TextLines &lines, const QString &needle, Qt::CaseSensitivity cs,
                         qsizetype cap, const std::atomic_bool *cancelled)
{
    TextSearchResult result;
    if (needle.isEmpty() || needle.contains(u'\n')) {
        return result;
    }
    const auto length = qint32(needle.size());
    for (qint32 line = 0; line < lines.lineCount(); ++line) {
        if (lines.width(line) < length) {
            continue;
        }
        if (cancelled && cancelled->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            return result;
        }
        const QString text = lines.lineText(line);
        for (qsizetype at = text.indexOf(needle, 0, cs); at >= 0;
             at = text.indexOf(needle, at + length, cs)) {
            if (qsizetype(result.matches.size()) >= cap) {
                result.capped = true;
                return result;
            }
            result.matches.push_back({ { line, qint32(at) }, length });
        }
    }
    return result;
}

} // namespace callpad
