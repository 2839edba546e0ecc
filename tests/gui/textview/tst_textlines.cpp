#include "PrettyJson.h"
#include "gui/textview/TextLines.h"
#include "gui/textview/TextNavigation.h"
#include "gui/textview/TextRows.h"
#include "gui/textview/TextSearch.h"

#include <QTest>

using namespace Qt::StringLiterals;
using callpad::TextLines;
using callpad::TextPos;
using callpad::TextRows;

class TestTextLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesAndWidths_data();
    void linesAndWidths();
    void columnsOfMultibyteText();
    void longLineUsesCheckpoints();
    void invalidUtf8IsReplaced();
    void appendMatchesIndexingAtOnce_data();
    void appendMatchesIndexingAtOnce();
    void bytesOfWholeTextShareTheBuffer();
    void foldsFollowJsonNesting();
    void rowsCutLongLinesAndSkipFolds();
    void extendedRowsMatchRebuiltOnes();
    void findAllCountsEveryMatch_data();
    void findAllCountsEveryMatch();
    void findAllStopsAtTheCapAndOnCancel();
    void wordsAndSteps();
};

void TestTextLines::linesAndWidths_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<int>>("widths");
    QTest::newRow("empty") << QByteArray() << QList<int> { 0 };
    QTest::newRow("one line") << "hello"_ba << QList<int> { 5 };
    QTest::newRow("trailing break") << "a\n"_ba << QList<int> { 1, 0 };
    QTest::newRow("CRLF breaks") << "ab\r\ncd\r\n"_ba << QList<int> { 2, 2, 0 };
    QTest::newRow("blank lines") << "\n\nx"_ba << QList<int> { 0, 0, 1 };
}

void TestTextLines::linesAndWidths()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<int>, widths);
    const TextLines lines = TextLines::index(text, false);
    QCOMPARE(lines.lineCount(), widths.size());
    for (int i = 0; i < widths.size(); ++i) {
        QCOMPARE(lines.width(i), widths.at(i));
    }
    // Decoding every line and joining them gives the text back (without "\r").
    QStringList decoded;
    for (int i = 0; i < lines.lineCount(); ++i) {
        decoded << lines.lineText(i);
    }
    QCOMPARE(decoded.join(u'\n'), QString::fromUtf8(text).remove(u'\r'));
}

void TestTextLines::columnsOfMultibyteText()
{
    // é is 2 bytes and 1 unit; 😀 is 4 bytes and 2 units (a surrogate pair).
    const QString line = u"aé😀b"_s;
    const TextLines lines = TextLines::index(line, false);
    QCOMPARE(lines.width(0), line.size());
    QCOMPARE(lines.byteAt({ 0, 1 }), 1);
    QCOMPARE(lines.byteAt({ 0, 2 }), 3);
    QCOMPARE(lines.byteAt({ 0, 4 }), 7);
    // Inside the surrogate pair rounds down to the pair's start.
    QCOMPARE(lines.byteAt({ 0, 3 }), 3);
    QCOMPARE(lines.text(0, 2, 2), u"😀"_s);
    QCOMPARE(lines.text(0, 4, 5), u"b"_s);
}

void TestTextLines::longLineUsesCheckpoints()
{
    // 50,000 characters on one line, with a multibyte one every 7, and a marker far in.
    QString line;
    for (int i = 0; i < 50000; ++i) {
        line += i % 7 == 0 ? u'ß' : QChar(u'a' + i % 26);
    }
    line.replace(40000, 6, u"MARKER"_s);
    const TextLines lines = TextLines::index(line + u"\nnext"_s, false);
    QCOMPARE(lines.lineCount(), 2);
    QCOMPARE(lines.width(0), 50000);
    QCOMPARE(lines.text(0, 40000, 6), u"MARKER"_s);
    QCOMPARE(lines.text(0, 1023, 3), line.mid(1023, 3));
    QCOMPARE(lines.text(0, 49998, 10), line.mid(49998));
    QCOMPARE(lines.lineText(1), u"next"_s);
}

void TestTextLines::invalidUtf8IsReplaced()
{
    const QByteArray bad = "ok \xff\xfe end";
    const TextLines lines = TextLines::index(bad, false);
    QCOMPARE(lines.lineText(0), QString::fromUtf8(bad));
    QCOMPARE(lines.width(0), QString::fromUtf8(bad).size());
}

void TestTextLines::appendMatchesIndexingAtOnce_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("json");
    QTest::newRow("plain text") << "line one\nline two é\r\nthree\n\nfive"_ba << false;
    QTest::newRow("pretty JSON") << prettyArray(5) << true;
    QTest::newRow("escaped quotes") << "{\n \"a\": \"x\\\"{\",\n \"b\": [\n1\n]\n}"_ba << true;
}

void TestTextLines::appendMatchesIndexingAtOnce()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, json);
    const TextLines whole = TextLines::index(text, json);
    // Appending in pieces of every size (whole characters, as a stream's deltas are) gives the
    // same index.
    const QString decoded = QString::fromUtf8(text);
    for (int piece = 1; piece <= 7; ++piece) {
        TextLines grown = TextLines::index(QByteArray(), json);
        for (qsizetype at = 0; at < decoded.size(); at += piece) {
            grown.append(decoded.mid(at, piece).toUtf8());
        }
        QCOMPARE(grown.lineCount(), whole.lineCount());
        QCOMPARE(grown.longestWidth(), whole.longestWidth());
        for (int line = 0; line < whole.lineCount(); ++line) {
            QCOMPARE(grown.width(line), whole.width(line));
            QCOMPARE(grown.foldEnd(line), whole.foldEnd(line));
            QCOMPARE(grown.lineText(line), whole.lineText(line));
        }
    }
}

void TestTextLines::bytesOfWholeTextShareTheBuffer()
{
    const QByteArray text = prettyArray(100);
    const TextLines lines = TextLines::index(text, true);
    const QByteArray all = lines.bytes({}, lines.end());
    QCOMPARE(all.constData(), lines.utf8().constData());
    QCOMPARE(lines.bytes({ 1, 4 }, { 2, 8 }), "{\n        "_ba);
    // Reversed ends give the same text.
    QCOMPARE(lines.bytes({ 2, 8 }, { 1, 4 }), lines.bytes({ 1, 4 }, { 2, 8 }));
}

void TestTextLines::foldsFollowJsonNesting()
{
    const TextLines lines = TextLines::index(prettyArray(3), true);
    // [ on line 0 closes on the last line; each { closes three lines later.
    QCOMPARE(lines.foldEnd(0), lines.lineCount() - 1);
    QCOMPARE(lines.foldEnd(1), 4);
    QCOMPARE(lines.foldEnd(5), 8);
    QCOMPARE(lines.foldEnd(2), -1);
    QVERIFY(lines.canFold(1));
    // Brackets inside strings do not count; plain text has no folds.
    const TextLines quoted = TextLines::index("{\n\"a\": \"}\",\n\"b\": 1\n}"_ba, true);
    QCOMPARE(quoted.foldEnd(0), 3);
    QCOMPARE(TextLines::index(prettyArray(3), false).foldEnd(0), -1);
}

void TestTextLines::rowsCutLongLinesAndSkipFolds()
{
    const TextLines lines = TextLines::index(prettyArray(3) + "\n" + QByteArray(75, 'x'), true);
    TextRows rows;
    std::vector<bool> folded(size_t(lines.lineCount()), false);
    rows.rebuild(lines, folded, 30);
    const qint32 last = lines.lineCount() - 1;
    // The 75-character line takes three rows of 30; every other line fits in one.
    QCOMPARE(rows.rowsOf(last), 3);
    QCOMPARE(rows.rowCount(), qint64(lines.lineCount() - 1 + 3));
    QCOMPARE(rows.rowAt(rows.rowCount() - 1).line, last);
    QCOMPARE(rows.rowAt(rows.rowCount() - 1).chunk, 2);
    QCOMPARE(rows.rowOf({ last, 35 }), rows.rowCount() - 2);

    // Folding the first object hides its two inner lines; the closing line stays.
    folded[1] = true;
    rows.rebuild(lines, folded, 30);
    QVERIFY(rows.isHidden(2));
    QVERIFY(rows.isHidden(3));
    QVERIFY(!rows.isHidden(4));
    QCOMPARE(rows.rowAt(2).line, 4);
    // A position on a hidden line is shown by the folded line.
    QCOMPARE(rows.rowOf({ 3, 5 }), rows.rowOf({ 1, 0 }));
}

void TestTextLines::extendedRowsMatchRebuiltOnes()
{
    TextLines lines = TextLines::index("first\nsecond"_ba, false);
    TextRows rows;
    rows.rebuild(lines, {}, 10);
    // A stream adds to the last line, then lines of every length, some cut into several rows.
    for (int step = 0; step < 30; ++step) {
        const qint32 lastLine = lines.lineCount() - 1;
        const QByteArray added
                = QByteArray(qsizetype(step % 7) * 6, 'x') + (step % 3 == 0 ? "\n" : "");
        lines.append(added);
        rows.extend(lines, lastLine);
        TextRows rebuilt;
        rebuilt.rebuild(lines, {}, 10);
        QCOMPARE(rows.rowCount(), rebuilt.rowCount());
        for (qint64 row = 0; row < rows.rowCount(); ++row) {
            QCOMPARE(rows.rowAt(row).line, rebuilt.rowAt(row).line);
            QCOMPARE(rows.rowAt(row).chunk, rebuilt.rowAt(row).chunk);
        }
    }
    QVERIFY(rows.rowCount() > lines.lineCount());
}

void TestTextLines::findAllCountsEveryMatch_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<int>("count");
    QTest::newRow("a key on every object") << u"\"name\""_s << true << 50;
    QTest::newRow("case-insensitive") << u"ITEM 4"_s << false << 11; // 4, 40..49
    QTest::newRow("case-sensitive misses") << u"ITEM 4"_s << true << 0;
    QTest::newRow("two on one line") << u"e"_s << true << 100; // "name" and "item"
    QTest::newRow("no match") << u"absent"_s << false << 0;
}

void TestTextLines::findAllCountsEveryMatch()
{
    QFETCH(QString, needle);
    QFETCH(bool, caseSensitive);
    QFETCH(int, count);
    const TextLines lines = TextLines::index(prettyArray(50), true);
    const auto result = callpad::findAll(
            lines, needle, caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive, 1000);
    QCOMPARE(int(result.matches.size()), count);
    QVERIFY(!result.capped);
    for (const auto &match : result.matches) {
        QCOMPARE(lines.text(match.pos.line, match.pos.column, match.length)
                         .compare(needle, caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive),
                 0);
    }
    QVERIFY(std::is_sorted(result.matches.begin(), result.matches.end(),
                           [](const auto &a, const auto &b) { return a.pos < b.pos; }));
}

void TestTextLines::findAllStopsAtTheCapAndOnCancel()
{
    const TextLines lines = TextLines::index(prettyArray(50), true);
    const auto capped = callpad::findAll(lines, u"id"_s, Qt::CaseSensitive, 7);
    QCOMPARE(capped.matches.size(), size_t(7));
    QVERIFY(capped.capped);
    std::atomic_bool cancelled(true);
    const auto stopped = callpad::findAll(lines, u"id"_s, Qt::CaseSensitive, 1000, &cancelled);
    QVERIFY(stopped.cancelled);
    QVERIFY(stopped.matches.empty());
}

void TestTextLines::wordsAndSteps()
{
    const TextLines lines = TextLines::index(u"say \"hello_world\" 😀x\nnext"_s, false);
    TextRows rows;
    rows.rebuild(lines, {}, 100);
    const auto [first, last] = callpad::wordAt(lines, { 0, 8 });
    QCOMPARE(lines.text(0, first.column, last.column - first.column), u"hello_world"_s);
    // A step over the emoji takes both halves of the pair.
    QCOMPARE(callpad::stepRight(lines, rows, { 0, 18 }), (TextPos { 0, 20 }));
    QCOMPARE(callpad::stepLeft(lines, rows, { 0, 20 }), (TextPos { 0, 18 }));
    // Across the line break, both ways.
    QCOMPARE(callpad::stepRight(lines, rows, { 0, lines.width(0) }), (TextPos { 1, 0 }));
    QCOMPARE(callpad::stepLeft(lines, rows, { 1, 0 }), (TextPos { 0, lines.width(0) }));
    QCOMPARE(callpad::wordRight(lines, rows, { 0, 0 }), (TextPos { 0, 5 }));
    QCOMPARE(callpad::wordLeft(lines, rows, { 0, 17 }), (TextPos { 0, 5 }));
}

QTEST_GUILESS_MAIN(TestTextLines)
#include "tst_textlines.moc"
