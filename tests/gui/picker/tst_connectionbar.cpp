#include "gui/common/FieldMarker.h"
#include "gui/picker/ConnectionBar.h"

#include <QAction>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using callpad::ConnectionBar;

class TestConnectionBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void baseUrlValidatedAsTyped_data();
    void baseUrlValidatedAsTyped();
    void keyIsMaskedUntilShown();
    void keyNeverReachesSettings();
    void connectionChangedAfterTypingPauses_data();
    void connectionChangedAfterTypingPauses();
    void settersAnnounceOnlyRealChanges();
    void undoneEditStaysSilent();
    void demoBadgeFollowsDemoMode();

private:
    QLineEdit *urlEdit() const;
    QLineEdit *keyEdit() const;
    static void replaceText(QLineEdit *edit, const QString &text);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<ConnectionBar> m_bar;
};

void TestConnectionBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    // Keep every QSettings file of this run inside the temporary directory.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"CallpadTests"_s);
    QCoreApplication::setApplicationName(u"tst_connectionbar"_s);
}

void TestConnectionBar::init()
{
    m_bar = std::make_unique<ConnectionBar>();
    m_bar->setBaseUrl(QUrl(u"https://api.opper.ai/v2"_s));
    m_bar->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_bar.get()));
    QVERIFY(urlEdit());
    QVERIFY(keyEdit());
}

void TestConnectionBar::cleanup()
{
    m_bar.reset();
}

QLineEdit *TestConnectionBar::urlEdit() const
{
    return m_bar->findChild<QLineEdit *>(u"baseUrlLineEdit"_s);
}

QLineEdit *TestConnectionBar::keyEdit() const
{
    return m_bar->findChild<QLineEdit *>(u"apiKeyLineEdit"_s);
}

void TestConnectionBar::replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestConnectionBar::baseUrlValidatedAsTyped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("https with path") << u"https://api.opper.ai/v2"_s << true;
    QTest::newRow("http on loopback") << u"http://127.0.0.1:8080/v2"_s << true;
    QTest::newRow("no scheme") << u"api.opper.ai/v2"_s << false;
    QTest::newRow("ftp scheme") << u"ftp://api.opper.ai/v2"_s << false;
    QTest::newRow("query") << u"https://api.opper.ai/v2?key=1"_s << false;
    QTest::newRow("no host") << u"https:///v2"_s << false;
    QTest::newRow("space in host") << u"https://api opper.ai"_s << false;
}

void TestConnectionBar::baseUrlValidatedAsTyped()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const QString normalToolTip = urlEdit()->toolTip();

    replaceText(urlEdit(), text);

    QCOMPARE(m_bar->isValid(), valid);
    QCOMPARE(callpad::fieldHasProblem(urlEdit()), !valid);
    QCOMPARE(m_bar->problem().isEmpty(), valid);
    if (valid) {
        QCOMPARE(urlEdit()->toolTip(), normalToolTip);
        QCOMPARE(m_bar->baseUrl(), QUrl(text));
    } else {
        QCOMPARE(urlEdit()->toolTip(), m_bar->problem());
        QVERIFY(urlEdit()->palette().color(QPalette::Base)
                != m_bar->palette().color(QPalette::Base));
    }
}

void TestConnectionBar::keyIsMaskedUntilShown()
{
    const QString key = u"sk-secret-123"_s;
    QTest::keyClicks(keyEdit(), key);
    QCOMPARE(m_bar->apiKey(), key);
    QCOMPARE(keyEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(!keyEdit()->displayText().contains(u"secret"_s));
    QCOMPARE(keyEdit()->placeholderText(), u"OPPER_API_KEY"_s);

    auto *toggle = m_bar->findChild<QToolButton *>(u"showApiKeyToolButton"_s);
    QVERIFY(toggle);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(keyEdit()->echoMode(), QLineEdit::Normal);
    QCOMPARE(keyEdit()->displayText(), key);
    QVERIFY(m_bar->showApiKeyAction()->isChecked());

    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(keyEdit()->echoMode(), QLineEdit::Password);
}

void TestConnectionBar::keyNeverReachesSettings()
{
    // Something else writes settings in the same run; the key must not be among them.
    {
        QSettings settings;
        settings.setValue(u"test/sentinel"_s, u"present"_s);
    }
    const QString key = u"sk-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSignalSpy changed(m_bar.get(), &ConnectionBar::connectionChanged);
    QTest::keyClicks(keyEdit(), key);
    QTest::keyClick(keyEdit(), Qt::Key_Return);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_bar->apiKey(), key);
    m_bar.reset();

    QSettings settings;
    settings.sync();
    QCOMPARE(settings.value(u"test/sentinel"_s).toString(), u"present"_s);
    const QString settingsFile = settings.fileName();
    QVERIFY2(settingsFile.startsWith(m_settingsDir.path()), qPrintable(settingsFile));
    for (const QString &name : settings.allKeys()) {
        QVERIFY(!settings.value(name).toString().contains(key));
    }
    // Scan every file written under the settings directory, not just the one we know.
    int scanned = 0;
    QDirIterator files(m_settingsDir.path(), QDir::Files | QDir::Hidden,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(key.toUtf8()), qPrintable(file.fileName()));
        ++scanned;
    }
    QVERIFY(scanned >= 1);
}

void TestConnectionBar::connectionChangedAfterTypingPauses_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::newRow("base URL") << u"baseUrlLineEdit"_s << u"/extra"_s;
    QTest::newRow("API key") << u"apiKeyLineEdit"_s << u"k"_s;
}

void TestConnectionBar::connectionChangedAfterTypingPauses()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    auto *edit = m_bar->findChild<QLineEdit *>(field);
    QVERIFY(edit);
    QSignalSpy changed(m_bar.get(), &ConnectionBar::connectionChanged);
    edit->setFocus();
    edit->end(false);
    QTest::keyClicks(edit, text);
    // Debounced: nothing while typing, one signal once typing pauses.
    QCOMPARE(changed.count(), 0);
    QVERIFY(changed.wait());
    QCOMPARE(changed.count(), 1);
    if (field == u"baseUrlLineEdit"_s) {
        QCOMPARE(m_bar->baseUrl(), QUrl(u"https://api.opper.ai/v2/extra"_s));
    } else {
        QCOMPARE(m_bar->apiKey(), text);
    }
}

void TestConnectionBar::settersAnnounceOnlyRealChanges()
{
    QSignalSpy changed(m_bar.get(), &ConnectionBar::connectionChanged);
    m_bar->setBaseUrl(QUrl(u"https://api.opper.ai/v2"_s));
    QCOMPARE(changed.count(), 0);
    m_bar->setBaseUrl(QUrl(u"http://127.0.0.1:9/v2"_s));
    QCOMPARE(changed.count(), 1);
    m_bar->setApiKey(u"  Bearer abc  "_s);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_bar->apiKey(), u"Bearer abc"_s);
    m_bar->setApiKey(u"Bearer abc"_s);
    QCOMPARE(changed.count(), 2);
}

void TestConnectionBar::undoneEditStaysSilent()
{
    QSignalSpy changed(m_bar.get(), &ConnectionBar::connectionChanged);
    urlEdit()->setFocus();
    urlEdit()->end(false);
    QTest::keyClick(urlEdit(), Qt::Key_X);
    QTest::keyClick(urlEdit(), Qt::Key_Backspace);
    // Return flushes the pending debounce at once: the value is what was announced before.
    QTest::keyClick(urlEdit(), Qt::Key_Return);
    QCOMPARE(changed.count(), 0);
    QTest::keyClick(urlEdit(), Qt::Key_Y);
    QTest::keyClick(urlEdit(), Qt::Key_Return);
    QCOMPARE(changed.count(), 1);
}

void TestConnectionBar::demoBadgeFollowsDemoMode()
{
    auto *badge = m_bar->findChild<QLabel *>(u"demoBadgeLabel"_s);
    QVERIFY(badge);
    QVERIFY(!badge->isVisible());
    m_bar->setDemoMode(true);
    QVERIFY(badge->isVisible());
    QVERIFY(m_bar->isDemoMode());
    m_bar->setDemoMode(false);
    QVERIFY(!badge->isVisible());
}

QTEST_MAIN(TestConnectionBar)
#include "tst_connectionbar.moc"
