#include "gui/results/MessagePane.h"
#include "gui/textview/TextView.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace callpad;

class TestMessagePane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void markdownRendersHeading();
    void plainToggleShowsRawText();
    void streamingAppendsBecomeVisible_data();
    void streamingAppendsBecomeVisible();
    void toggleDuringStreamKeepsText();
    void copyButtonCopiesSource();
    void linksAreNotFollowedInPlace();
    void longMessageFallsBackToPlainText();
    void clearEmptiesPane();

private:
    QTextBrowser *browser() const { return m_pane->textBrowser(); }
    // The text of whichever view is on screen: the Markdown browser, or the text view.
    QString shown() const
    {
        auto *stack = m_pane->findChild<QStackedWidget *>(u"messageStackedWidget"_s);
        const bool markdown = stack->currentWidget() == browser();
        return markdown ? browser()->toPlainText() : m_pane->textView()->toPlainText();
    }
    QCheckBox *markdownCheckBox() const
    {
        return m_pane->findChild<QCheckBox *>(u"markdownCheckBox"_s);
    }
    void showPane();

    std::unique_ptr<MessagePane> m_pane;
};

void TestMessagePane::init()
{
    m_pane = std::make_unique<MessagePane>();
    m_pane->resize(500, 400);
}

void TestMessagePane::cleanup()
{
    m_pane.reset();
}

void TestMessagePane::showPane()
{
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestMessagePane::markdownRendersHeading()
{
    m_pane->setMessage(u"# Native apps\n\nThey feel *right*.\n"_s);
    QVERIFY(m_pane->isShowingMarkdown());
    const QTextDocument *document = browser()->document();
    QCOMPARE(document->firstBlock().blockFormat().headingLevel(), 1);
    QCOMPARE(document->firstBlock().text(), u"Native apps"_s);
    QVERIFY(!document->toPlainText().contains(u'#'));
    QVERIFY(!document->toPlainText().contains(u'*'));
    QVERIFY(browser()->isReadOnly());
    QVERIFY(browser()->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
}

void TestMessagePane::plainToggleShowsRawText()
{
    showPane();
    m_pane->setMessage(u"# Native apps\n\nThey feel *right*."_s);
    QCheckBox *toggle = markdownCheckBox();
    QVERIFY(toggle && toggle->isChecked());

    QTest::mouseClick(toggle, Qt::LeftButton, {}, toggle->rect().center());
    QVERIFY(!toggle->isChecked());
    QVERIFY(!m_pane->isShowingMarkdown());
    QCOMPARE(shown(), u"# Native apps\n\nThey feel *right*."_s);
    QVERIFY(m_pane->textView()->isVisible());

    QTest::mouseClick(toggle, Qt::LeftButton, {}, toggle->rect().center());
    QVERIFY(m_pane->isShowingMarkdown());
    QVERIFY(browser()->isVisible());
    QVERIFY(!shown().contains(u'#'));
}

void TestMessagePane::streamingAppendsBecomeVisible_data()
{
    QTest::addColumn<bool>("markdown");
    QTest::addColumn<QString>("shown");
    QTest::newRow("markdown re-rendered") << true << u"Once upon a time"_s;
    QTest::newRow("plain appended in place") << false << u"Once upon a **time**"_s;
}

void TestMessagePane::streamingAppendsBecomeVisible()
{
    QFETCH(bool, markdown);
    QFETCH(QString, shown);
    m_pane->setMarkdownEnabled(markdown);
    m_pane->beginStream();
    QVERIFY(m_pane->isStreaming());

    const QStringList deltas { u"## Chapter 1\n\n"_s, u"Once "_s, u"upon a "_s, u"**time**"_s };
    for (const QString &delta : deltas) {
        m_pane->appendText(delta);
    }
    QCOMPARE(m_pane->text(), deltas.join(QString()));
    QTRY_VERIFY2(this->shown().contains(shown), qPrintable(this->shown()));

    m_pane->appendText(u" and more."_s);
    QTRY_VERIFY(this->shown().endsWith(u" and more."_s));
    m_pane->finishStream();
    QVERIFY(!m_pane->isStreaming());
    QCOMPARE(m_pane->text(), deltas.join(QString()) + u" and more."_s);
    QCOMPARE(this->shown().contains(u"## Chapter"_s), !markdown);
}

void TestMessagePane::toggleDuringStreamKeepsText()
{
    m_pane->beginStream();
    m_pane->appendText(u"# Title\n"_s);
    m_pane->setMarkdownEnabled(false);
    m_pane->appendText(u"line two"_s);
    QTRY_COMPARE(shown(), u"# Title\nline two"_s);
    m_pane->setMarkdownEnabled(true);
    m_pane->appendText(u" end"_s);
    m_pane->finishStream();
    QCOMPARE(browser()->document()->firstBlock().text(), u"Title"_s);
    QVERIFY(browser()->toPlainText().contains(u"line two end"_s));
}

void TestMessagePane::copyButtonCopiesSource()
{
    showPane();
    auto *copy = m_pane->findChild<QToolButton *>(u"copyMessageToolButton"_s);
    QVERIFY(copy);
    QVERIFY(!copy->isEnabled());
    m_pane->setMessage(u"# Heading\n\n- a\n- b"_s);
    QVERIFY(copy->isEnabled());
    QVERIFY(!copy->toolTip().isEmpty());
    QSignalSpy status(m_pane.get(), &MessagePane::statusMessage);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"# Heading\n\n- a\n- b"_s);
    QCOMPARE(status.size(), 1);
}

void TestMessagePane::linksAreNotFollowedInPlace()
{
    m_pane->setMessage(u"See [the docs](https://docs.opper.ai/) or [this](file:///etc/passwd)."_s);
    QVERIFY(!browser()->openLinks());
    QVERIFY(!browser()->openExternalLinks());
    const QString before = browser()->toPlainText();

    // Only http(s) and mailto links go to the desktop; anything else is refused.
    QSignalSpy status(m_pane.get(), &MessagePane::statusMessage);
    Q_EMIT browser()->anchorClicked(QUrl(u"file:///etc/passwd"_s));
    QCOMPARE(status.size(), 1);
    QVERIFY(status.constFirst().constFirst().toString().contains(u"/etc/passwd"_s));
    QCOMPARE(browser()->toPlainText(), before);
    QVERIFY(browser()->source().isEmpty());
}

void TestMessagePane::longMessageFallsBackToPlainText()
{
    const QString text = u"# Big\n\n"_s + QString(MessagePane::MarkdownLimit, u'x');
    QSignalSpy shownSignal(m_pane.get(), &MessagePane::messageShown);
    m_pane->setMessage(text);
    QVERIFY(!m_pane->isShowingMarkdown());
    QVERIFY(!markdownCheckBox()->isEnabled());
    // Too long to index on the GUI thread: shown once the worker is done.
    QTRY_COMPARE(shownSignal.count(), 1);
    QVERIFY(!m_pane->isBusy());
    QVERIFY(shown().startsWith(u"# Big"_s));
    QCOMPARE(m_pane->textView()->toPlainText(), text);

    m_pane->setMessage(u"# Small"_s);
    QVERIFY(m_pane->isShowingMarkdown());
    QVERIFY(markdownCheckBox()->isEnabled());
}

void TestMessagePane::clearEmptiesPane()
{
    m_pane->setMessage(u"Hello"_s);
    m_pane->clear();
    QVERIFY(m_pane->text().isEmpty());
    QVERIFY(shown().isEmpty());
    QVERIFY(!m_pane->findChild<QToolButton *>(u"copyMessageToolButton"_s)->isEnabled());
}

QTEST_MAIN(TestMessagePane)
#include "tst_messagepane.moc"
