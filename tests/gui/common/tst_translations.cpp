#include "core/Translations.h"
#include "core/protocol/CallRequest.h"
#include "gui/request/RequestForm.h"

#include <QLocale>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;
using callpad::CallDraft;
using callpad::ExampleDraft;
using callpad::RequestForm;

Q_DECLARE_METATYPE(QLocale)

namespace {

// A draft with `count` examples whose output is not JSON: one problem each.
CallDraft draftWithBadExamples(int count)
{
    CallDraft draft;
    draft.inputText = u"{}"_s;
    for (int i = 0; i < count; ++i) {
        draft.examples << ExampleDraft { QString(), u"{\"n\": %1}"_s.arg(i), u"{"_s };
    }
    return draft;
}

// The Examples tab's tool tip, the real code path of one %n message of the window.
QString examplesToolTip(int problems)
{
    RequestForm form;
    form.setDraft(draftWithBadExamples(problems));
    return form.tabWidget()->tabToolTip(RequestForm::ExamplesTab);
}

} // namespace

// The translator both executables install (callpad::installTranslations), and what it does
// to the plural messages: English forms in any locale without a translation of its own.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void withoutTranslatorTheSourceTextShows();
    void pluralsReadAsEnglish_data();
    void pluralsReadAsEnglish();
};

void TestTranslations::cleanup()
{
    QLocale::setDefault(QLocale::system());
}

void TestTranslations::withoutTranslatorTheSourceTextShows()
{
    // What the English file fixes: the source text is written for every count at once.
    QCOMPARE(examplesToolTip(1), u"1 problem(s) to fix before sending"_s);
}

void TestTranslations::pluralsReadAsEnglish_data()
{
    QTest::addColumn<QLocale>("locale");

    QTest::newRow("English (United States)") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("German, which has no file of its own") << QLocale(QLocale::German);
    QTest::newRow("Polish, three plural forms and no file") << QLocale(QLocale::Polish);
    QTest::newRow("the C locale") << QLocale::c();
}

void TestTranslations::pluralsReadAsEnglish()
{
    QFETCH(QLocale, locale);

    QLocale::setDefault(locale);
    const std::unique_ptr<QTranslator> translator(callpad::installTranslations(locale));
    QVERIFY(translator);
    QCOMPARE(translator->language(), u"en_US"_s);
    QCOMPARE(translator->parent(), QCoreApplication::instance());

    QCOMPARE(examplesToolTip(1), u"1 problem to fix before sending"_s);
    QCOMPARE(examplesToolTip(2), u"2 problems to fix before sending"_s);
    QCOMPARE(examplesToolTip(5), u"5 problems to fix before sending"_s);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
