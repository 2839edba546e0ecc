#include "core/client/ApiClient.h"
#include "gui/common/FieldMarker.h"
#include "gui/picker/BrowseDialog.h"
#include "gui/picker/FunctionPicker.h"
#include "support/DemoFixture.h"

#include <QAbstractItemModel>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using callpad::ApiClient;
using callpad::FunctionPicker;
namespace DemoIds = callpad::DemoIds;

class TestFunctionPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void invalidIdIsFlaggedAsTyped_data();
    void invalidIdIsFlaggedAsTyped();
    void pastedIdIsCleaned_data();
    void pastedIdIsCleaned();
    void typedIdsLoadDetails();
    void setIdsShowsNameAndCreatedTime();
    void missingRevisionShowsErrorAndRetries();
    void changingIdsCancelsTheStaleRequest();
    void browsePicksARevision();

private:
    QLineEdit *functionEdit() const;
    QLineEdit *revisionEdit() const;
    QLabel *label(const QString &name) const;

    std::unique_ptr<callpad::test::DemoFixture> m_demo;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<FunctionPicker> m_picker;
};

void TestFunctionPicker::init()
{
    m_demo = std::make_unique<callpad::test::DemoFixture>();
    QVERIFY(m_demo->isListening());
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(m_demo->baseUrl());
    m_client->setApiKey(u"k"_s);
    m_picker = std::make_unique<FunctionPicker>(m_client.get());
    m_picker->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_picker.get()));
    QVERIFY(functionEdit());
    QVERIFY(revisionEdit());
}

void TestFunctionPicker::cleanup()
{
    m_picker.reset();
    m_client.reset();
    m_demo.reset();
}

QLineEdit *TestFunctionPicker::functionEdit() const
{
    return m_picker->findChild<QLineEdit *>(u"functionIdLineEdit"_s);
}

QLineEdit *TestFunctionPicker::revisionEdit() const
{
    return m_picker->findChild<QLineEdit *>(u"revisionIdLineEdit"_s);
}

QLabel *TestFunctionPicker::label(const QString &name) const
{
    return m_picker->findChild<QLabel *>(name);
}

void TestFunctionPicker::invalidIdIsFlaggedAsTyped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("canonical UUID") << QString(DemoIds::markdownWriter) << false;
    QTest::newRow("upper-case UUID") << QString(DemoIds::markdownWriter).toUpper() << false;
    QTest::newRow("half typed") << u"0f000001-0000"_s << true;
    QTest::newRow("not hex") << u"zf000001-0000-4000-8000-000000000001"_s << true;
    QTest::newRow("32 digits without dashes") << u"0f000001000040008000000000000001"_s << true;
    QTest::newRow("a name") << u"demo/markdown-writer"_s << true;
}

void TestFunctionPicker::invalidIdIsFlaggedAsTyped()
{
    QFETCH(QString, text);
    QFETCH(bool, flagged);
    const QString normalToolTip = functionEdit()->toolTip();
    QTest::keyClicks(functionEdit(), text);
    QCOMPARE(functionEdit()->text(), text);
    QCOMPARE(callpad::fieldHasProblem(functionEdit()), flagged);
    if (flagged) {
        QVERIFY(functionEdit()->toolTip() != normalToolTip);
        QVERIFY(functionEdit()->toolTip().contains(u"UUID"_s));
    } else {
        QCOMPARE(functionEdit()->toolTip(), normalToolTip);
    }
    QVERIFY(!callpad::fieldHasProblem(revisionEdit()));
    QVERIFY(!m_picker->hasValidIds());
}

void TestFunctionPicker::pastedIdIsCleaned_data()
{
    QTest::addColumn<QString>("pasted");
    const QString id(DemoIds::markdownWriter);
    QTest::newRow("braces") << u"{"_s + id + u"}"_s;
    QTest::newRow("double quotes") << u"\""_s + id + u"\""_s;
    QTest::newRow("quotes inside braces") << u"{ '"_s + id + u"' }"_s;
    QTest::newRow("whitespace and newline") << u"  "_s + id + u"\n"_s;
}

void TestFunctionPicker::pastedIdIsCleaned()
{
    QFETCH(QString, pasted);
    QGuiApplication::clipboard()->setText(pasted);
    QCOMPARE(QGuiApplication::clipboard()->text(), pasted);
    QSignalSpy changed(m_picker.get(), &FunctionPicker::idsChanged);
    functionEdit()->setFocus();
    QTest::keySequence(functionEdit(), QKeySequence::Paste);
    QCOMPARE(functionEdit()->text(), QString(DemoIds::markdownWriter));
    QCOMPARE(m_picker->functionId(), QString(DemoIds::markdownWriter));
    QVERIFY(!callpad::fieldHasProblem(functionEdit()));
    QVERIFY(changed.count() >= 1);
}

void TestFunctionPicker::typedIdsLoadDetails()
{
    QSignalSpy loaded(m_picker.get(), &FunctionPicker::detailsLoaded);
    QTest::keyClicks(functionEdit(), QString(DemoIds::extractPerson));
    QCOMPARE(loaded.count(), 0);
    QVERIFY(!m_picker->isLoading());
    QTest::keyClicks(revisionEdit(), QString(DemoIds::extractPersonLatest));
    QVERIFY(m_picker->hasValidIds());
    QVERIFY(m_picker->isLoading());

    QVERIFY(loaded.wait());
    QCOMPARE(loaded.count(), 1);
    const auto details = loaded.first().first().value<callpad::FunctionDetails>();
    QCOMPARE(details.name, u"demo/extract-person"_s);
    QCOMPARE(details.revisionId, QString(DemoIds::extractPersonLatest));
    QVERIFY(details.inputSchema.has_value());
    QVERIFY(m_picker->details().has_value());
    QCOMPARE(m_picker->details()->name, details.name);
    QCOMPARE(label(u"functionNameLabel"_s)->text(), u"demo/extract-person"_s);
    QVERIFY(!label(u"detailsStatusLabel"_s)->isVisible());
    // Typed ids carry no time: the picker looks it up in the revision list.
    QTRY_VERIFY(m_picker->revisionCreatedAt().isValid());
    QVERIFY(!label(u"revisionTimeLabel"_s)->text().isEmpty());
}

void TestFunctionPicker::setIdsShowsNameAndCreatedTime()
{
    QSignalSpy changed(m_picker.get(), &FunctionPicker::idsChanged);
    QSignalSpy loaded(m_picker.get(), &FunctionPicker::detailsLoaded);
    m_picker->setIds(QString(DemoIds::markdownWriter), QString(DemoIds::markdownWriterFirst),
                     u"known name"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(label(u"functionNameLabel"_s)->text(), u"known name"_s);
    QVERIFY(loaded.wait());
    QCOMPARE(label(u"functionNameLabel"_s)->text(), u"demo/markdown-writer"_s);
    QCOMPARE(m_picker->details()->revisionId, QString(DemoIds::markdownWriterFirst));
    QTRY_VERIFY(!label(u"revisionTimeLabel"_s)->text().isEmpty());
    // The same ids again change nothing and load nothing.
    m_picker->setIds(QString(DemoIds::markdownWriter), QString(DemoIds::markdownWriterFirst));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_picker->isLoading());
}

void TestFunctionPicker::missingRevisionShowsErrorAndRetries()
{
    QSignalSpy failed(m_picker.get(), &FunctionPicker::detailsFailed);
    QSignalSpy loaded(m_picker.get(), &FunctionPicker::detailsLoaded);
    const QString missing = u"0e000001-0000-4000-8000-0000000000ff"_s;
    m_picker->setIds(QString(DemoIds::markdownWriter), missing);
    QVERIFY(failed.wait());
    const auto error = failed.first().first().value<callpad::ApiError>();
    QCOMPARE(error.httpStatus, 404);
    QVERIFY(!m_picker->details().has_value());

    QLabel *status = label(u"detailsStatusLabel"_s);
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(u"HTTP 404 · Function revision not found"_s),
             qPrintable(status->text()));
    QVERIFY(status->text().contains(u"Retry"_s));

    // Fixing the id replaces the error with the details.
    revisionEdit()->selectAll();
    QTest::keyClicks(revisionEdit(), QString(DemoIds::markdownWriterLatest));
    QVERIFY(loaded.wait());
    QVERIFY(!status->isVisible());
    QCOMPARE(failed.count(), 1);
}

void TestFunctionPicker::changingIdsCancelsTheStaleRequest()
{
    QSignalSpy loaded(m_picker.get(), &FunctionPicker::detailsLoaded);
    m_picker->setIds(QString(DemoIds::markdownWriter), QString(DemoIds::markdownWriterLatest));
    QVERIFY(m_picker->isLoading());
    m_picker->setIds(QString(DemoIds::storyteller), QString(DemoIds::storytellerLatest));
    QVERIFY(loaded.wait());
    QTRY_VERIFY(!m_picker->isLoading());
    // Only the current ids' details ever arrive.
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().first().value<callpad::FunctionDetails>().name, u"demo/storyteller"_s);
}

void TestFunctionPicker::browsePicksARevision()
{
    QSignalSpy loaded(m_picker.get(), &FunctionPicker::detailsLoaded);
    auto *browse = m_picker->findChild<QPushButton *>(u"browsePushButton"_s);
    QVERIFY(browse);
    QTest::mouseClick(browse, Qt::LeftButton);
    auto *dialog = m_picker->findChild<callpad::BrowseDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    auto *functions = dialog->findChild<QTreeView *>(u"functionsView"_s);
    QVERIFY(functions);
    QTRY_COMPARE(functions->model()->rowCount(), 4);
    QModelIndex imagePainter;
    for (int row = 0; row < functions->model()->rowCount(); ++row) {
        const QModelIndex index = functions->model()->index(row, 0);
        if (index.data().toString() == u"demo/image-painter"_s) {
            imagePainter = index;
        }
    }
    QVERIFY(imagePainter.isValid());
    functions->setCurrentIndex(imagePainter);
    // The newest revision is chosen for you once the list lands.
    auto *ok = dialog->findChild<QDialogButtonBox *>(u"dialogButtonBox"_s)
                       ->button(QDialogButtonBox::Ok);
    QTRY_VERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    QCOMPARE(m_picker->functionId(), QString(DemoIds::imagePainter));
    QCOMPARE(m_picker->revisionId(), QString(DemoIds::imagePainterLatest));
    QCOMPARE(label(u"functionNameLabel"_s)->text(), u"demo/image-painter"_s);
    QVERIFY(m_picker->revisionCreatedAt().isValid());
    QVERIFY(loaded.wait());
    QCOMPARE(m_picker->details()->name, u"demo/image-painter"_s);
}

QTEST_MAIN(TestFunctionPicker)
#include "tst_functionpicker.moc"
