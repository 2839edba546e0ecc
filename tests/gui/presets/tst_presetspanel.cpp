#include "gui/presets/PresetsPanel.h"

#include "core/presets/PresetFormat.h"
#include "core/presets/PresetStore.h"
#include "gui/presets/PresetListModel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace callpad;

namespace {

Preset preset(const QString &name, const QString &description, const QString &function)
{
    Preset p;
    p.name = name;
    p.description = description;
    p.functionName = function;
    p.request.inputText = u"{\n    \"name\": \"%1\"\n}"_s.arg(name);
    return p;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Answers the next modal QMessageBox by clicking the button with `buttonText` once it shows up;
// `seen` gets the box's objectName and text. Polls on the event loop, so the caller's exec()
// runs normally.
void answerNextMessageBox(QObject *context, const QString &buttonText, QString *seen)
{
    auto *poll = new QTimer(context);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, context, [poll, buttonText, seen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            return;
        }
        poll->stop();
        poll->deleteLater();
        *seen = box->objectName() + u": "_s + box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(u'&') == buttonText) {
                button->click();
                return;
            }
        }
        box->reject();
    });
    poll->start();
}

} // namespace

class TestPresetsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void objectNamesAndActions();
    void entriesListedAndFiltered_data();
    void entriesListedAndFiltered();
    void brokenFileShownWithError();
    void doubleClickOpens();
    void enterOpensAfterAskingAboutEdits();
    void deleteAsksForConfirmation();
    void newFileOnDiskAppears();
    void openPresetIsMarked();
    void openAnotherFolder();

private:
    QString writePreset(const QString &fileName, const Preset &p);
    QListView *listView() const;
    QStringList shownNames() const;

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PresetStore> m_store;
    std::unique_ptr<PresetSession> m_session;
    std::unique_ptr<PresetsPanel> m_panel;
    Preset m_form;
};

void TestPresetsPanel::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qunsetenv("XDG_DATA_HOME");
    QStandardPaths::setTestModeEnabled(true);
    // Where the trash goes; Qt does not create the data folder itself.
    QVERIFY(QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
}

void TestPresetsPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>(m_home.filePath(u"presets-XXXXXX"_s));
    QVERIFY(m_dir->isValid());
    writePreset(u"alpha.json"_s,
                preset(u"Alpha"_s, u"Summaries for triage"_s, u"support/summarize"_s));
    writePreset(u"beta.json"_s, preset(u"Beta"_s, u"Poems about otters"_s, u"writing/poem"_s));
    writePreset(u"gamma.json"_s, preset(u"Gamma"_s, QString(), u"extract/person"_s));
    m_store = std::make_unique<PresetStore>();
    QVERIFY(m_store->setFolder(m_dir->path()));
    m_session = std::make_unique<PresetSession>(m_store.get());
    m_form = Preset();
    m_session->setFormReader([this] { return m_form; });
    connect(m_session.get(), &PresetSession::applyPreset, this, [this](const Preset &p) {
        m_form = p;
        m_session->markDirty();
    });
    m_panel = std::make_unique<PresetsPanel>(m_session.get());
    m_panel->resize(320, 480);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestPresetsPanel::cleanup()
{
    m_panel.reset();
    m_session.reset();
    m_store.reset();
    m_dir.reset();
}

QString TestPresetsPanel::writePreset(const QString &fileName, const Preset &p)
{
    QString path = QFileInfo(m_dir->filePath(fileName)).absoluteFilePath();
    writeBytes(path, serializePreset(p));
    return path;
}

QListView *TestPresetsPanel::listView() const
{
    return m_panel->findChild<QListView *>(u"presetsListView"_s);
}

QStringList TestPresetsPanel::shownNames() const
{
    QStringList names;
    const QAbstractItemModel *model = listView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        names << model->index(row, 0).data().toString();
    }
    return names;
}

void TestPresetsPanel::objectNamesAndActions()
{
    for (const QString &name :
         { u"newPresetToolButton"_s, u"savePresetToolButton"_s, u"saveAsPresetToolButton"_s,
           u"renamePresetToolButton"_s, u"duplicatePresetToolButton"_s, u"deletePresetToolButton"_s,
           u"importPresetToolButton"_s, u"exportPresetToolButton"_s, u"openFolderToolButton"_s }) {
        auto *button = m_panel->findChild<QToolButton *>(name);
        if (button == nullptr) {
            QFAIL(qPrintable(name)); // an if the static analyzer can follow, unlike QVERIFY
        }
        QVERIFY2(button->defaultAction(), qPrintable(name));
        QVERIFY2(!button->toolTip().isEmpty(), qPrintable(name));
    }
    QVERIFY(m_panel->findChild<QLineEdit *>(u"presetSearchLineEdit"_s));
    QVERIFY(listView());
    auto *folder = m_panel->findChild<QLabel *>(u"presetFolderLabel"_s);
    QVERIFY(folder);
    QCOMPARE(folder->toolTip(), QDir::toNativeSeparators(m_store->folder()));
    QCOMPARE(m_panel->saveAction()->shortcut(), QKeySequence(QKeySequence::Save));
    QCOMPARE(m_panel->saveAsAction()->shortcut(), QKeySequence(QKeySequence::SaveAs));
    QCOMPARE(m_panel->renameAction()->shortcut(), QKeySequence(Qt::Key_F2));
    QCOMPARE(m_panel->deleteAction()->shortcut(), QKeySequence(QKeySequence::Delete));
    QVERIFY(m_panel->revealFolderAction()->isEnabled());
}

void TestPresetsPanel::entriesListedAndFiltered_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("no search lists all")
            << QString() << QStringList { u"Alpha"_s, u"Beta"_s, u"Gamma"_s };
    QTest::newRow("by name") << u"gam"_s << QStringList { u"Gamma"_s };
    QTest::newRow("by description, any case") << u"OTTERS"_s << QStringList { u"Beta"_s };
    QTest::newRow("by function name") << u"summarize"_s << QStringList { u"Alpha"_s };
    QTest::newRow("nothing matches") << u"zebra"_s << QStringList();
}

void TestPresetsPanel::entriesListedAndFiltered()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    QCOMPARE(shownNames(), (QStringList { u"Alpha"_s, u"Beta"_s, u"Gamma"_s }));
    auto *edit = m_panel->findChild<QLineEdit *>(u"presetSearchLineEdit"_s);
    QTest::keyClicks(edit, search);
    QCOMPARE(shownNames(), expected);
    edit->clear();
    QCOMPARE(shownNames().size(), 3);
}

void TestPresetsPanel::brokenFileShownWithError()
{
    writeBytes(m_dir->filePath(u"broken.json"_s), R"({ "format": "callpad-preset", "vers)"_ba);
    m_store->refresh();
    QCOMPARE(shownNames(), (QStringList { u"Alpha"_s, u"Beta"_s, u"broken"_s, u"Gamma"_s }));
    const QModelIndex broken = listView()->model()->index(2, 0);
    const QString error = broken.data(PresetListModel::ErrorRole).toString();
    QVERIFY(error.contains(u"broken.json"_s));
    QCOMPARE(broken.data(Qt::ToolTipRole).toString(), error);
    QVERIFY(!broken.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(listView()->model()->index(0, 0).data(Qt::DecorationRole).isNull());

    // Opening it says why, next to the list, and leaves the form alone.
    m_form = preset(u"Typed"_s, QString(), QString());
    listView()->setCurrentIndex(broken);
    QTest::keyClick(listView(), Qt::Key_Return);
    auto *errorLabel = m_panel->findChild<QLabel *>(u"presetErrorLabel"_s);
    QVERIFY(errorLabel->isVisible());
    QVERIFY2(errorLabel->text().endsWith(u"broken.json: line 1, column 31: Unterminated string"_s),
             qPrintable(errorLabel->text()));
    QVERIFY(m_session->currentPath().isEmpty());
    QCOMPARE(m_form.name, u"Typed"_s);
}

void TestPresetsPanel::doubleClickOpens()
{
    QListView *view = listView();
    const QModelIndex beta = view->model()->index(1, 0);
    const QPoint center = view->visualRect(beta).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, center);
    QTRY_COMPARE(m_session->currentPath(), m_dir->filePath(u"beta.json"_s));
    QCOMPARE(m_form, preset(u"Beta"_s, u"Poems about otters"_s, u"writing/poem"_s));
    QVERIFY(!m_session->isDirty());
    auto *label = m_panel->findChild<QLabel *>(u"currentPresetLabel"_s);
    QCOMPARE(label->text(), u"Beta"_s);
}

void TestPresetsPanel::enterOpensAfterAskingAboutEdits()
{
    QVERIFY(m_session->open(m_dir->filePath(u"alpha.json"_s)));
    m_form.request.inputText = u"{}"_s;
    m_session->markDirty();
    QListView *view = listView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(2, 0));

    // Cancel keeps the edited Alpha open.
    QString seen;
    answerNextMessageBox(this, u"Cancel"_s, &seen);
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(!seen.isEmpty());
    QVERIFY2(seen.startsWith(u"unsavedPresetMessageBox: "_s), qPrintable(seen));
    QCOMPARE(m_session->currentPath(), m_dir->filePath(u"alpha.json"_s));
    QCOMPARE(m_form.request.inputText, u"{}"_s);

    // Discard opens Gamma.
    seen.clear();
    answerNextMessageBox(this, u"Discard"_s, &seen);
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE(m_session->currentPath(), m_dir->filePath(u"gamma.json"_s));
    QCOMPARE(m_form.name, u"Gamma"_s);
    QVERIFY(!m_session->isDirty());
}

void TestPresetsPanel::deleteAsksForConfirmation()
{
    QListView *view = listView();
    view->setCurrentIndex(view->model()->index(0, 0));
    const QString alpha = m_dir->filePath(u"alpha.json"_s);

    QString seen;
    answerNextMessageBox(this, u"Cancel"_s, &seen);
    m_panel->findChild<QToolButton *>(u"deletePresetToolButton"_s)->click();
    QTRY_VERIFY(!seen.isEmpty());
    QVERIFY2(seen.startsWith(u"deletePresetMessageBox: "_s), qPrintable(seen));
    QVERIFY2(seen.contains(u"Alpha"_s), qPrintable(seen));
    QVERIFY(QFile::exists(alpha));
    QCOMPARE(shownNames().size(), 3);

    seen.clear();
    answerNextMessageBox(this, u"Delete"_s, &seen);
    // The Delete shortcut works only while the panel has the focus, in the active window.
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_VERIFY(!QFile::exists(alpha));
    QCOMPARE(shownNames(), (QStringList { u"Beta"_s, u"Gamma"_s }));
}

void TestPresetsPanel::newFileOnDiskAppears()
{
    writePreset(u"delta.json"_s, preset(u"Delta"_s, u"Added by git pull"_s, QString()));
    // No refresh(): the store's watcher must notice by itself.
    QTRY_COMPARE(shownNames(), (QStringList { u"Alpha"_s, u"Beta"_s, u"Delta"_s, u"Gamma"_s }));
    QVERIFY(QFile::remove(m_dir->filePath(u"beta.json"_s)));
    QTRY_COMPARE(shownNames(), (QStringList { u"Alpha"_s, u"Delta"_s, u"Gamma"_s }));
}

void TestPresetsPanel::openPresetIsMarked()
{
    QVERIFY(m_session->open(m_dir->filePath(u"gamma.json"_s)));
    const QAbstractItemModel *model = listView()->model();
    QVERIFY(model->index(2, 0).data(PresetListModel::IsCurrentRole).toBool());
    QVERIFY(!model->index(0, 0).data(PresetListModel::IsCurrentRole).toBool());
    QVERIFY(!model->index(2, 0).data(PresetListModel::IsDirtyRole).toBool());
    m_session->markDirty();
    QVERIFY(model->index(2, 0).data(PresetListModel::IsDirtyRole).toBool());

    // Save As from the toolbar asks for a name and lists the new file as the open one.
    m_form.description.clear();
    QString dialogSeen;
    auto *poll = new QTimer(this);
    poll->setInterval(10);
    connect(poll, &QTimer::timeout, this, [poll, &dialogSeen] {
        QWidget *dialog = QApplication::activeModalWidget();
        auto *edit = dialog ? dialog->findChild<QLineEdit *>() : nullptr;
        if (!edit) {
            return;
        }
        poll->stop();
        dialogSeen = edit->text();
        edit->setText(u"Gamma Two"_s);
        QTest::keyClick(edit, Qt::Key_Return);
    });
    poll->start();
    m_panel->findChild<QToolButton *>(u"saveAsPresetToolButton"_s)->click();
    QCOMPARE(dialogSeen, u"Gamma"_s); // the open preset's name is suggested
    QCOMPARE(m_session->currentName(), u"Gamma Two"_s);
    QVERIFY(!m_session->isDirty());
    const int row = shownNames().indexOf(u"Gamma Two"_s);
    QVERIFY(row >= 0);
    QVERIFY(model->index(row, 0).data(PresetListModel::IsCurrentRole).toBool());
    QCOMPARE(listView()->currentIndex().row(), row);
}

void TestPresetsPanel::openAnotherFolder()
{
    QTemporaryDir repository(m_home.filePath(u"repo-XXXXXX"_s));
    QVERIFY(repository.isValid());
    const QString folder = repository.filePath(u"presets"_s);
    QVERIFY(QDir().mkpath(folder));
    writeBytes(folder + u"/team.json"_s, serializePreset(preset(u"Team"_s, QString(), QString())));
    // Other JSON in a repository is not a preset and is not listed.
    writeBytes(folder + u"/package.json"_s, R"({ "name": "web" })"_ba);

    QSignalSpy changed(m_panel.get(), &PresetsPanel::folderChanged);
    QVERIFY(m_panel->openFolder(folder));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), QFileInfo(folder).absoluteFilePath());
    QCOMPARE(shownNames(), QStringList { u"Team"_s });
    auto *label = m_panel->findChild<QLabel *>(u"presetFolderLabel"_s);
    QCOMPARE(label->toolTip(), QDir::toNativeSeparators(QFileInfo(folder).absoluteFilePath()));

    // A folder that cannot be made is reported in the panel and changes nothing.
    const QString blocked = repository.filePath(u"file"_s);
    writeBytes(blocked, "x"_ba);
    QVERIFY(!m_panel->openFolder(blocked + u"/presets"_s));
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_panel->findChild<QLabel *>(u"presetErrorLabel"_s)->isVisible());
    QCOMPARE(shownNames(), QStringList { u"Team"_s });
}

QTEST_MAIN(TestPresetsPanel)
#include "tst_presetspanel.moc"
