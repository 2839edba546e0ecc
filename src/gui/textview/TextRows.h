#pragma once

#include "gui/textview/TextLines.h"

#include <vector>

namespace callpad {

// Which screen row shows which piece of which line. A line is cut into rows of `columns` UTF-16
// units (the view's width when wrapping, a fixed bound otherwise), and the lines inside a folded
// region take no rows. Rebuilding is one pass over the lines, cheap next to anything that looks
// at their text.
class TextRows
{
public:
    struct Row
    {
        qint32 line = 0;
        qint32 chunk = 0; // which piece of the line: columns [chunk * columns, +columns)
    };

    // `folded` has one flag per line (shorter means none folded from there on).
    void rebuild(const TextLines &lines, const std::vector<bool> &folded, qint32 columns);
    // For a text that grew at its end with nothing folded: the rows of `fromLine` and after are
    // counted again, the ones before kept. A stream's append costs what it added, not the text.
    void extend(const TextLines &lines, qint32 fromLine);

    [[nodiscard]] qint64 rowCount() const { return m_rowStarts.empty() ? 0 : m_rowStarts.back(); }
    [[nodiscard]] qint32 columns() const { return m_columns; }
    [[nodiscard]] Row rowAt(qint64 row) const;
    // The row showing `pos`; a position on a hidden line gives the row of the fold hiding it.
    [[nodiscard]] qint64 rowOf(TextPos pos) const;
    [[nodiscard]] bool isHidden(qint32 line) const;
    [[nodiscard]] qint32 rowsOf(qint32 line) const;

private:
    std::vector<qint64> m_rowStarts; // lineCount + 1 entries: the first row of each line
    qint32 m_columns = 1;
};

} // namespace callpad
