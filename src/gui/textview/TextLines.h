#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <compare>
#include <vector>

namespace callpad {

// A place in a text: a line, and a column counted in UTF-16 units (what QString counts), so a
// column is where the drawn text has it.
struct TextPos
{
    qint32 line = 0;
    qint32 column = 0;

    // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads the defaulted <=>'s 0
    friend auto operator<=>(const TextPos &, const TextPos &) = default;
};

// A read-only text kept once, as UTF-8, with an index of its lines: where each starts, its width
// in UTF-16 units, and, for JSON, which lines open a region that folds and where it closes. The
// index is built by a plain function, so the views build it on a worker thread; a stream grows it
// in place with append(). Lines end at "\n" (a "\r" before it is not part of the line).
//
// Columns of very long lines are found through checkpoints kept every CheckpointColumns, so no
// lookup walks more than that many characters, however long the line (a 20 MB body on one line).
class TextLines
{
public:
    static constexpr qint32 CheckpointColumns = 1024;

    TextLines();
    // Indexes `utf8`; invalid UTF-8 is replaced first (as QString::fromUtf8 would), so columns
    // always match the decoded text. Folds are found only when `json` is set.
    static TextLines index(QByteArray utf8, bool json);
    static TextLines index(const QString &text, bool json) { return index(text.toUtf8(), json); }

    // Adds text at the end, indexing only what changed: the old last line and what follows.
    void append(QByteArrayView utf8);

    [[nodiscard]] const QByteArray &utf8() const { return m_utf8; }
    [[nodiscard]] bool isEmpty() const { return m_utf8.isEmpty(); }
    [[nodiscard]] bool isJson() const { return m_json; }
    // At least 1: an empty text is one empty line, and "a\n" is two lines.
    [[nodiscard]] qint32 lineCount() const { return qint32(m_starts.size()); }
    [[nodiscard]] qint32 width(qint32 line) const { return m_widths[size_t(line)]; }
    [[nodiscard]] qint32 longestWidth() const { return m_longest; }
    // The last line of the region `line` opens (its closing bracket's line), or -1.
    [[nodiscard]] qint32 foldEnd(qint32 line) const;
    // Whether folding `line` would hide anything: its region spans more than the closing line.
    [[nodiscard]] bool canFold(qint32 line) const { return foldEnd(line) > line + 1; }

    [[nodiscard]] TextPos end() const;
    [[nodiscard]] TextPos clamp(TextPos pos) const;
    // The byte offset in utf8() of a position (a column inside a surrogate pair rounds down).
    [[nodiscard]] qint64 byteAt(TextPos pos) const;
    // `count` UTF-16 units of `line` from `column`, decoded.
    [[nodiscard]] QString text(qint32 line, qint32 column, qint32 count) const;
    [[nodiscard]] QString lineText(qint32 line) const { return text(line, 0, width(line)); }
    // The UTF-8 text between two positions; the whole text shares utf8()'s buffer, no copy.
    [[nodiscard]] QByteArray bytes(TextPos from, TextPos to) const;

private:
    struct Checkpoint
    {
        qint64 byte = 0;
        qint32 column = 0;
    };
    void scanFrom(qint64 lineStart);
    [[nodiscard]] qint64 lineEnd(qint32 line) const;

    QByteArray m_utf8;
    std::vector<qint64> m_starts;
    std::vector<qint32> m_widths;
    std::vector<qint32> m_foldEnds; // empty unless m_json
    QHash<qint32, std::vector<Checkpoint>> m_checkpoints; // only lines longer than a checkpoint
    // The scanner's state at the start of the last line, so append() can scan that line again.
    std::vector<qint32> m_openAtLastLine;
    qint32 m_longest = 0;
    bool m_json = false;
};

} // namespace callpad
