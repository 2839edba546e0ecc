#include "core/protocol/JsonText.h"
#include "gui/json/JsonEditor.h"
#include "gui/json/JsonEditorDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using callpad::JsonEditor;
using callpad::JsonEditorDialog;

class TestJsonEditorDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void okFollowsValidity_data();
    void okFollowsValidity();
    void fixingTextEnablesOkAndAccepts();
    void acceptChecksTextNotYetValidated();
    void formatButtonFormats();
    void plainStringModeAcceptsAnything();

private:
    QPushButton *okButton() const;
    JsonEditor *editor() const;
    QLabel *statusLabel() const;

    std::unique_ptr<JsonEditorDialog> m_dialog;
};

void TestJsonEditorDialog::init()
{
    m_dialog = std::make_unique<JsonEditorDialog>();
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QVERIFY(editor());
    QVERIFY(okButton());
    QVERIFY(statusLabel());
}

QPushButton *TestJsonEditorDialog::okButton() const
{
    auto *box = m_dialog->findChild<QDialogButtonBox *>(u"dialogButtonBox"_s);
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

JsonEditor *TestJsonEditorDialog::editor() const
{
    return m_dialog->findChild<JsonEditor *>(u"valueJsonEditor"_s);
}

QLabel *TestJsonEditorDialog::statusLabel() const
{
    return m_dialog->findChild<QLabel *>(u"statusLabel"_s);
}

void TestJsonEditorDialog::okFollowsValidity_data()
{
    QTest::addColumn<bool>("allowEmpty");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("okEnabled");
    QTest::addColumn<QString>("status");

    QTest::newRow("valid object") << false << u"{\"a\": 1}"_s << true << u"Valid JSON"_s;
    QTest::newRow("unfinished object") << false << u"{\"a\": "_s << false << u"Line 1, column 7"_s;
    QTest::newRow("trailing text") << false << u"[1] x"_s << false << u"Line 1, column 5"_s;
    QTest::newRow("empty not allowed") << false << QString() << false << u"Enter a JSON value"_s;
    QTest::newRow("empty allowed") << true << QString() << true << u"Empty"_s;
    QTest::newRow("blank allowed") << true << u"   "_s << true << u"Empty"_s;
}

void TestJsonEditorDialog::okFollowsValidity()
{
    QFETCH(bool, allowEmpty);
    QFETCH(QString, typed);
    QFETCH(bool, okEnabled);
    QFETCH(QString, status);

    m_dialog->setAllowEmpty(allowEmpty);
    QTest::keyClicks(editor(), typed);

    QTRY_COMPARE(okButton()->isEnabled(), okEnabled);
    QTRY_VERIFY2(statusLabel()->text().contains(status), qPrintable(statusLabel()->text()));
}

void TestJsonEditorDialog::fixingTextEnablesOkAndAccepts()
{
    QTest::keyClicks(editor(), u"{\"answer\": [4"_s);
    QTRY_VERIFY(!editor()->isValidationPending());
    QVERIFY(!okButton()->isEnabled());

    QTest::keyClicks(editor(), u"2]}"_s);
    QTRY_VERIFY(okButton()->isEnabled());

    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), static_cast<int>(QDialog::Accepted));
    QCOMPARE(m_dialog->jsonValue(), callpad::parseJsonText(u"{\"answer\": [42]}").value);
}

void TestJsonEditorDialog::acceptChecksTextNotYetValidated()
{
    m_dialog->setJsonValue(callpad::parseJsonText(u"{\"a\": 1}").value);
    QVERIFY(okButton()->isEnabled());

    // Typed faster than the validation delay: OK still looks enabled, accept() must re-check.
    editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor(), u" x"_s);
    m_dialog->accept();

    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), static_cast<int>(QDialog::Rejected));
    QVERIFY(!okButton()->isEnabled());
}

void TestJsonEditorDialog::formatButtonFormats()
{
    m_dialog->setText(u"{\"a\":[1,2]}"_s);
    auto *format = m_dialog->findChild<QPushButton *>(u"formatPushButton"_s);
    QVERIFY(format);
    QTRY_VERIFY(format->isEnabled());

    QTest::mouseClick(format, Qt::LeftButton);

    QCOMPARE(m_dialog->text(),
             callpad::toJsonText(callpad::parseJsonText(u"{\"a\":[1,2]}").value, true));
    QVERIFY(okButton()->isEnabled());
}

void TestJsonEditorDialog::plainStringModeAcceptsAnything()
{
    m_dialog->setPlainStringMode(true);
    QTest::keyClicks(editor(), u"{ not json"_s);
    QVERIFY(okButton()->isEnabled());

    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), static_cast<int>(QDialog::Accepted));
    QCOMPARE(m_dialog->jsonValue(), QJsonValue(u"{ not json"_s));
}

QTEST_MAIN(TestJsonEditorDialog)
#include "tst_jsoneditordialog.moc"
