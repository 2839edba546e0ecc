#include "PrettyJson.h"
#include "gui/textview/TextFindBar.h"
#include "gui/textview/TextView.h"
#include "gui/textview/TextViewer.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using callpad::TextPos;
using callpad::TextView;
using callpad::TextViewer;

class TestTextView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void smallTextShowsAtOnce();
    void largeTextIsIndexedOffTheGuiThread();
    void paintsOnlyTheVisibleRows();
    void scrollingToTheEndShowsTheLastLine();
    void findCountsAndStepsThroughMatches();
    void findBarShowsTheCount();
    void copyAndCopyAll();
    void keyboardSelection();
    void mouseClickPlacesTheCaret();
    void foldingHidesAndShowsLines();
    void wrappingCutsLongLinesIntoRows();
    void goToLineScrollsThere();
    void appendGrowsTheText();
    void newTextReplacesOldSearchAndSelection();

private:
    TextView *view() const { return m_viewer->view(); }
    void showText(const QByteArray &text, TextView::Syntax syntax = TextView::Syntax::Json);

    std::unique_ptr<TextViewer> m_viewer;
};

void TestTextView::init()
{
    m_viewer = std::make_unique<TextViewer>();
    m_viewer->resize(600, 400);
    m_viewer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_viewer.get()));
}

void TestTextView::cleanup()
{
    m_viewer.reset();
}

void TestTextView::showText(const QByteArray &text, TextView::Syntax syntax)
{
    QSignalSpy shown(view(), &TextView::textShown);
    view()->setText(text, syntax);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
    QVERIFY(!view()->isIndexing());
}

void TestTextView::smallTextShowsAtOnce()
{
    QSignalSpy shown(view(), &TextView::textShown);
    view()->setText(u"{\n    \"a\": 1\n}"_s, TextView::Syntax::Json);
    // Below BackgroundBytes no worker is involved: the text is there on return.
    QCOMPARE(shown.count(), 1);
    QCOMPARE(view()->lineCount(), 3);
    QCOMPARE(view()->toPlainText(), u"{\n    \"a\": 1\n}"_s);
    QVERIFY(view()->isReadOnly());
    QVERIFY(QFontInfo(view()->font()).fixedPitch());
}

void TestTextView::largeTextIsIndexedOffTheGuiThread()
{
    const QByteArray text = prettyArray(20000);
    QVERIFY(text.size() > TextView::BackgroundBytes);
    QSignalSpy shown(view(), &TextView::textShown);
    view()->setText(text, TextView::Syntax::Json);
    QVERIFY(view()->isIndexing());
    QCOMPARE(shown.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
    QCOMPARE(view()->lineCount(), 20000 * 4 + 2);
    // The view keeps the text once: its buffer is the one it was given.
    QCOMPARE(view()->utf8().constData(), text.constData());
}

void TestTextView::paintsOnlyTheVisibleRows()
{
    showText(prettyArray(50000));
    view()->viewport()->repaint();
    const qint64 visible = view()->viewport()->height() / view()->fontMetrics().lineSpacing() + 1;
    QVERIFY(view()->paintedRows() > 0);
    QVERIFY2(view()->paintedRows() <= visible + 1,
             qPrintable(
                     u"painted %1 rows for %2 visible"_s.arg(view()->paintedRows()).arg(visible)));
    QVERIFY(view()->rowCount() > 100 * view()->paintedRows());
}

void TestTextView::scrollingToTheEndShowsTheLastLine()
{
    showText(prettyArray(50000));
    QScrollBar *bar = view()->verticalScrollBar();
    bar->setValue(bar->maximum());
    view()->viewport()->repaint();
    const qint32 lines = view()->lineCount();
    QVERIFY2(view()->firstVisibleLine() > lines - view()->viewport()->height(),
             qPrintable(QString::number(view()->firstVisibleLine())));
    // Ctrl+End puts the caret on the last line, "]".
    QTest::keyClick(view(), Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(view()->cursorPosition(), (TextPos { lines - 1, 1 }));
}

void TestTextView::findCountsAndStepsThroughMatches()
{
    showText(prettyArray(30000));
    QSignalSpy finished(view(), &TextView::searchFinished);
    view()->find(u"\"item 2999"_s, Qt::CaseSensitive);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    // item 2999 and item 29990..29999.
    QCOMPARE(view()->matchCount(), 11);
    QVERIFY(view()->findNext());
    QCOMPARE(view()->currentMatch(), 0);
    QCOMPARE(view()->selectedText(), u"\"item 2999"_s);
    const qint32 firstLine = view()->cursorPosition().line;
    QVERIFY(view()->findNext());
    QCOMPARE(view()->currentMatch(), 1);
    QVERIFY(view()->cursorPosition().line > firstLine);
    // Previous from the first wraps to the last.
    QVERIFY(view()->findPrevious());
    QVERIFY(view()->findPrevious());
    QCOMPARE(view()->currentMatch(), 10);
    // The match's line is scrolled into view.
    const qint32 line = view()->cursorPosition().line;
    QVERIFY(line >= view()->firstVisibleLine());
    QVERIFY(line < view()->firstVisibleLine() + view()->viewport()->height());
}

void TestTextView::findBarShowsTheCount()
{
    showText(prettyArray(100));
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_F, Qt::ControlModifier);
    callpad::TextFindBar *bar = m_viewer->findBar();
    QTRY_VERIFY(bar->isVisible());
    QSignalSpy finished(view(), &TextView::searchFinished);
    QTest::keyClicks(bar->lineEdit(), u"ITEM 9"_s);
    // A small search may finish before a spy could wait for it: count, don't wait.
    QTRY_COMPARE(finished.count(), 1);
    // item 9 and item 90..99, case-insensitive by default; the first is selected at once.
    QTRY_COMPARE(bar->countLabel()->text(), u"1 of 11"_s);
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QCOMPARE(bar->countLabel()->text(), u"2 of 11"_s);
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(bar->countLabel()->text(), u"1 of 11"_s);
    bar->caseCheckBox()->setChecked(true);
    QTRY_COMPARE(finished.count(), 2);
    QTRY_COMPARE(bar->countLabel()->text(), u"No matches"_s);
    QTest::keyClick(bar->lineEdit(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QCOMPARE(view()->matchCount(), 0);
}

void TestTextView::copyAndCopyAll()
{
    const QByteArray text = prettyArray(3);
    showText(text);
    view()->select({ 2, 8 }, { 2, 12 });
    view()->copy();
    QCOMPARE(QApplication::clipboard()->text(), u"\"id\""_s);
    view()->copyAll();
    QCOMPARE(QApplication::clipboard()->text(), QString::fromUtf8(text));
    // Copy all hands over the view's own buffer: no second copy of the text.
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->data(u"text/plain"_s).constData(), view()->utf8().constData());
    // Ctrl+A, Ctrl+C copies everything too.
    QApplication::clipboard()->clear();
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QString::fromUtf8(text));
}

void TestTextView::keyboardSelection()
{
    showText("first line\nsecond line\nthird"_ba, TextView::Syntax::Plain);
    view()->setFocus();
    view()->setCursorPosition({ 0, 6 });
    QTest::keyClick(view(), Qt::Key_Right, Qt::ShiftModifier | Qt::ControlModifier);
    QCOMPARE(view()->selectedText(), u"line"_s);
    QTest::keyClick(view(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(view()->selectedText(), u"line\nsecond line"_s.left(4 + 1 + 10));
    QTest::keyClick(view(), Qt::Key_End, Qt::ShiftModifier);
    QCOMPARE(view()->selectedText(), u"line\nsecond line"_s);
    QTest::keyClick(view(), Qt::Key_Home);
    QCOMPARE(view()->cursorPosition(), (TextPos { 1, 0 }));
    QVERIFY(!view()->hasSelection());
}

void TestTextView::mouseClickPlacesTheCaret()
{
    showText("abcdefghij\nklmnopqrst"_ba, TextView::Syntax::Plain);
    // The third row does not exist: a click below the text goes to its end.
    const int lineHeight = view()->fontMetrics().lineSpacing();
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, QPoint(400, lineHeight * 5));
    QCOMPARE(view()->cursorPosition(), (TextPos { 1, 10 }));
    // A drag over the first line selects from where it started.
    QWidget *port = view()->viewport();
    const int right = port->width() - 5;
    QTest::mousePress(port, Qt::LeftButton, {}, QPoint(right, lineHeight / 2));
    QCOMPARE(view()->cursorPosition(), (TextPos { 0, 10 }));
    QTest::mouseRelease(port, Qt::LeftButton, Qt::ShiftModifier, QPoint(right, lineHeight * 3 / 2));
    QTest::mouseClick(port, Qt::LeftButton, Qt::ShiftModifier, QPoint(right, lineHeight * 3 / 2));
    QCOMPARE(view()->selectedText(), u"\nklmnopqrst"_s);
}

void TestTextView::foldingHidesAndShowsLines()
{
    showText(prettyArray(10));
    const qint64 rows = view()->rowCount();
    QVERIFY(view()->canFold(1));
    view()->setFolded(1, true);
    QVERIFY(view()->isLineHidden(2));
    QVERIFY(view()->isLineHidden(3));
    QVERIFY(!view()->isLineHidden(4));
    QCOMPARE(view()->rowCount(), rows - 2);
    view()->foldAll();
    // Everything inside the outer array is hidden: "[" and "]" are left.
    QCOMPARE(view()->rowCount(), 2);
    // Finding a hidden match opens the folds around it.
    QSignalSpy finished(view(), &TextView::searchFinished);
    view()->find(u"item 7"_s);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(view()->findNext());
    QVERIFY(!view()->isLineHidden(view()->cursorPosition().line));
    view()->unfoldAll();
    QCOMPARE(view()->rowCount(), rows);
    // Ctrl+Shift+[ folds the region around the caret, Ctrl+Shift+] unfolds it.
    view()->setFocus();
    view()->setCursorPosition({ 6, 3 });
    QTest::keyClick(view(), Qt::Key_BracketLeft, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(view()->isFolded(5));
    QTest::keyClick(view(), Qt::Key_BracketRight, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!view()->isFolded(5));
}

void TestTextView::wrappingCutsLongLinesIntoRows()
{
    const QByteArray line(5000, 'x');
    showText(line + "\nshort", TextView::Syntax::Plain);
    // Without wrapping a long line is drawn in rows of RowColumns characters.
    QCOMPARE(view()->rowCount(), qint64(5 + 1));
    QSignalSpy changed(view(), &TextView::wrappingChanged);
    view()->wrapAction()->trigger();
    QCOMPARE(changed.count(), 1);
    QVERIFY(view()->isWrapping());
    const int columns
            = (view()->viewport()->width() - 60) / view()->fontMetrics().horizontalAdvance(u'M');
    QVERIFY2(view()->rowCount() > 5000 / (columns + 40),
             qPrintable(QString::number(view()->rowCount())));
    QCOMPARE(view()->horizontalScrollBar()->maximum(), 0);
    // A narrower view wraps into more rows; without wrapping the width changes no row.
    const qint64 wrapped = view()->rowCount();
    m_viewer->resize(300, 400);
    QTRY_VERIFY(view()->rowCount() > wrapped);
    view()->setWrapping(false);
    m_viewer->resize(600, 400);
    QTRY_COMPARE(view()->viewport()->width() > 400, true);
    QCOMPARE(view()->rowCount(), qint64(6));
    QCOMPARE(view()->rowCount(), qint64(6));
}

void TestTextView::goToLineScrollsThere()
{
    showText(prettyArray(10000));
    view()->goToLine(30001);
    QCOMPARE(view()->cursorPosition(), (TextPos { 30000, 0 }));
    const qint32 first = view()->firstVisibleLine();
    QVERIFY(first <= 30000);
    QVERIFY(first > 30000 - view()->viewport()->height());
    // Out of range goes to the nearest line.
    view()->goToLine(0);
    QCOMPARE(view()->cursorPosition().line, 0);
}

void TestTextView::appendGrowsTheText()
{
    view()->setText(QByteArray());
    view()->appendText(u"Hello"_s);
    view()->appendText(u", world\nsecond"_s);
    QCOMPARE(view()->lineCount(), 2);
    QCOMPARE(view()->toPlainText(), u"Hello, world\nsecond"_s);
    // A view scrolled to the end follows what arrives.
    for (int i = 0; i < 200; ++i) {
        view()->appendText(u"\nline %1"_s.arg(i));
    }
    QScrollBar *bar = view()->verticalScrollBar();
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(view()->rowCount(), qint64(view()->lineCount()));
    // A line longer than a row goes on in the rows below it.
    view()->appendText(u"\n"_s + QString(TextView::RowColumns * 2 + 5, u'y'));
    QCOMPARE(view()->rowCount(), qint64(view()->lineCount() + 2));
    QCOMPARE(bar->value(), bar->maximum());
}

void TestTextView::newTextReplacesOldSearchAndSelection()
{
    showText(prettyArray(10));
    QSignalSpy finished(view(), &TextView::searchFinished);
    view()->find(u"item"_s);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(view()->matchCount() > 0);
    view()->selectAll();
    showText("other"_ba, TextView::Syntax::Plain);
    QCOMPARE(view()->matchCount(), 0);
    QVERIFY(!view()->hasSelection());
    QCOMPARE(view()->toPlainText(), u"other"_s);
}

QTEST_MAIN(TestTextView)
#include "tst_textview.moc"
