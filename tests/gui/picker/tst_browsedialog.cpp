#include "core/client/ApiClient.h"
#include "gui/picker/BrowseDialog.h"
#include "gui/picker/FunctionListModel.h"
#include "gui/picker/RevisionListModel.h"
#include "support/DemoFixture.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using callpad::ApiClient;
using callpad::BrowseDialog;
namespace DemoIds = callpad::DemoIds;

class TestBrowseDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void allPagesLoadWithoutBlocking();
    void searchFiltersLocally_data();
    void searchFiltersLocally();
    void selectingAFunctionListsItsRevisionsNewestFirst();
    void selectingARevisionAndAcceptingGivesTheIds();
    void doubleClickingARevisionAccepts();
    void currentIdsArePreselected();
    void unauthorizedShowsErrorAndRetryRecovers();

private:
    void openDialog();
    QTreeView *view(const QString &name) const;
    QLabel *statusLabel() const;
    QPushButton *okButton() const;
    QModelIndex functionRow(const QString &name) const;
    QModelIndex revisionRow(const QString &id) const;

    std::unique_ptr<callpad::test::DemoFixture> m_demo;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<BrowseDialog> m_dialog;
};

void TestBrowseDialog::init()
{
    m_demo = std::make_unique<callpad::test::DemoFixture>();
    QVERIFY(m_demo->isListening());
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(m_demo->baseUrl());
    m_client->setApiKey(u"k"_s);
}

void TestBrowseDialog::cleanup()
{
    m_dialog.reset();
    m_client.reset();
    m_demo.reset();
}

void TestBrowseDialog::openDialog()
{
    m_dialog = std::make_unique<BrowseDialog>(m_client.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QVERIFY(view(u"functionsView"_s));
    QVERIFY(view(u"revisionsView"_s));
    QVERIFY(statusLabel());
    QVERIFY(okButton());
}

QTreeView *TestBrowseDialog::view(const QString &name) const
{
    return m_dialog->findChild<QTreeView *>(name);
}

QLabel *TestBrowseDialog::statusLabel() const
{
    return m_dialog->findChild<QLabel *>(u"browseStatusLabel"_s);
}

QPushButton *TestBrowseDialog::okButton() const
{
    auto *box = m_dialog->findChild<QDialogButtonBox *>(u"dialogButtonBox"_s);
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

QModelIndex TestBrowseDialog::functionRow(const QString &name) const
{
    const QAbstractItemModel *model = view(u"functionsView"_s)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(callpad::FunctionListModel::NameRole).toString() == name) {
            return index;
        }
    }
    return {};
}

QModelIndex TestBrowseDialog::revisionRow(const QString &id) const
{
    const QAbstractItemModel *model = view(u"revisionsView"_s)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(callpad::RevisionListModel::IdRole).toString() == id) {
            return index;
        }
    }
    return {};
}

void TestBrowseDialog::allPagesLoadWithoutBlocking()
{
    m_demo->server().setExtraFunctionCount(250);
    openDialog();
    callpad::FunctionListModel *model = m_dialog->functionModel();
    QStringList statusWhileLoading;
    int pages = 0;
    // Owns the connections below, so nothing queued outlives this function's locals.
    QObject guard;
    connect(model, &QAbstractItemModel::rowsInserted, &guard, [&] {
        ++pages;
        // Read the status once this page's handling is over, before the next page lands.
        QMetaObject::invokeMethod(
                &guard, [&] { statusWhileLoading.append(statusLabel()->text()); },
                Qt::QueuedConnection);
    });
    // The constructor only starts the first request: the event loop is free meanwhile.
    QVERIFY(m_dialog->isLoadingFunctions());
    QCOMPARE(model->rowCount(), 0);

    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isLoadingFunctions(), 20000);
    QCOMPARE(model->rowCount(), 254);
    QCOMPARE(view(u"functionsView"_s)->model()->rowCount(), 254);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    QVERIFY2(statusLabel()->text().contains(u"254"_s), qPrintable(statusLabel()->text()));
    QVERIFY(!statusLabel()->text().contains(u"Loading"_s));
    QVERIFY(!m_dialog->findChild<QPushButton *>(u"retryPushButton"_s)->isVisible());
    QTRY_VERIFY(!statusWhileLoading.isEmpty());
    QVERIFY2(statusWhileLoading.first().contains(u"Loading… 100 of 254"_s),
             qPrintable(statusWhileLoading.join(u" | "_s)));
    // Every row has the columns the list shows.
    const QModelIndex first = model->index(0, callpad::FunctionListModel::ModelColumn);
    QVERIFY(!first.data().toString().isEmpty());
}

void TestBrowseDialog::searchFiltersLocally_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("everything") << QString()
                                << QStringList { u"demo/extract-person"_s, u"demo/image-painter"_s,
                                                 u"demo/markdown-writer"_s, u"demo/storyteller"_s };
    QTest::newRow("name, any case") << u"PAINTER"_s << QStringList { u"demo/image-painter"_s };
    QTest::newRow("description only") << u"free text"_s << QStringList { u"demo/extract-person"_s };
    QTest::newRow("name or description")
            << u"markdown"_s << QStringList { u"demo/markdown-writer"_s, u"demo/storyteller"_s };
    QTest::newRow("no match") << u"zzz"_s << QStringList {};
}

void TestBrowseDialog::searchFiltersLocally()
{
    QFETCH(QString, search);
    QFETCH(QStringList, names);
    openDialog();
    QTRY_VERIFY(!m_dialog->isLoadingFunctions());
    QCOMPARE(m_dialog->functionModel()->rowCount(), 4);
    const qsizetype requestsBefore = m_demo->server().requests().size();

    auto *searchEdit = m_dialog->findChild<QLineEdit *>(u"functionSearchLineEdit"_s);
    QVERIFY(searchEdit);
    QTest::keyClicks(searchEdit, search);

    QStringList shown;
    const QAbstractItemModel *model = view(u"functionsView"_s)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        shown.append(model->index(row, 0).data().toString());
    }
    shown.sort();
    QCOMPARE(shown, names);
    // Searching is local: no request was made for it.
    QCOMPARE(m_demo->server().requests().size(), requestsBefore);
    if (!search.isEmpty()) {
        QVERIFY2(statusLabel()->text().contains(u"match"_s), qPrintable(statusLabel()->text()));
    }
}

void TestBrowseDialog::selectingAFunctionListsItsRevisionsNewestFirst()
{
    openDialog();
    QVERIFY(!okButton()->isEnabled());
    QTRY_VERIFY(functionRow(u"demo/markdown-writer"_s).isValid());
    view(u"functionsView"_s)->setCurrentIndex(functionRow(u"demo/markdown-writer"_s));

    QTRY_VERIFY(!m_dialog->isLoadingRevisions());
    const QAbstractItemModel *revisions = view(u"revisionsView"_s)->model();
    QCOMPARE(revisions->rowCount(), 3);
    QCOMPARE(revisions->index(0, 0).data(callpad::RevisionListModel::IdRole).toString(),
             QString(DemoIds::markdownWriterLatest));
    QCOMPARE(revisions->index(2, 0).data(callpad::RevisionListModel::IdRole).toString(),
             QString(DemoIds::markdownWriterFirst));
    for (int row = 1; row < revisions->rowCount(); ++row) {
        const auto newer = revisions->index(row - 1, 0)
                                   .data(callpad::RevisionListModel::CreatedAtRole)
                                   .toDateTime();
        const auto older = revisions->index(row, 0)
                                   .data(callpad::RevisionListModel::CreatedAtRole)
                                   .toDateTime();
        QVERIFY(newer > older);
    }
    // Created time in the user's locale, a short id beside it.
    const QModelIndex top = revisions->index(0, callpad::RevisionListModel::CreatedColumn);
    QCOMPARE(top.data().toString(),
             QLocale().toString(
                     top.data(callpad::RevisionListModel::CreatedAtRole).toDateTime().toLocalTime(),
                     QLocale::ShortFormat));
    const QModelIndex shortId = revisions->index(0, callpad::RevisionListModel::IdColumn);
    QCOMPARE(shortId.data().toString(), QString(DemoIds::markdownWriterLatest).left(8));
    // The newest revision is selected for you.
    QCOMPARE(m_dialog->selectedRevision().id, QString(DemoIds::markdownWriterLatest));
    QVERIFY(okButton()->isEnabled());
}

void TestBrowseDialog::selectingARevisionAndAcceptingGivesTheIds()
{
    openDialog();
    QTRY_VERIFY(functionRow(u"demo/markdown-writer"_s).isValid());
    view(u"functionsView"_s)->setCurrentIndex(functionRow(u"demo/markdown-writer"_s));
    QTRY_VERIFY(revisionRow(QString(DemoIds::markdownWriterFirst)).isValid());
    view(u"revisionsView"_s)->setCurrentIndex(revisionRow(QString(DemoIds::markdownWriterFirst)));
    QVERIFY(okButton()->isEnabled());

    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->selectedFunction().id, QString(DemoIds::markdownWriter));
    QCOMPARE(m_dialog->selectedFunction().name, u"demo/markdown-writer"_s);
    QCOMPARE(m_dialog->selectedRevision().id, QString(DemoIds::markdownWriterFirst));
    QVERIFY(m_dialog->selectedRevision().createdAt.isValid());
}

void TestBrowseDialog::doubleClickingARevisionAccepts()
{
    openDialog();
    QTRY_VERIFY(functionRow(u"demo/extract-person"_s).isValid());
    view(u"functionsView"_s)->setCurrentIndex(functionRow(u"demo/extract-person"_s));
    QTRY_COMPARE(view(u"revisionsView"_s)->model()->rowCount(), 2);

    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTreeView *revisions = view(u"revisionsView"_s);
    const QModelIndex older = revisions->model()->index(1, 0);
    const QPoint center = revisions->visualRect(older).center();
    // A double-click is a press/release pair followed by a double-click event.
    QTest::mouseClick(revisions->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(revisions->viewport(), Qt::LeftButton, {}, center);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(m_dialog->selectedFunction().id, QString(DemoIds::extractPerson));
    QCOMPARE(m_dialog->selectedRevision().id,
             older.data(callpad::RevisionListModel::IdRole).toString());
    QVERIFY(m_dialog->selectedRevision().id != QString(DemoIds::extractPersonLatest));
}

void TestBrowseDialog::currentIdsArePreselected()
{
    openDialog();
    m_dialog->setCurrentIds(QString(DemoIds::markdownWriter),
                            QString(DemoIds::markdownWriterFirst));
    QTRY_COMPARE(m_dialog->selectedFunction().id, QString(DemoIds::markdownWriter));
    QTRY_COMPARE(m_dialog->selectedRevision().id, QString(DemoIds::markdownWriterFirst));
    QTRY_VERIFY(!m_dialog->isLoadingRevisions());
    // Selecting the newest for you did not override the wish.
    QCOMPARE(m_dialog->selectedRevision().id, QString(DemoIds::markdownWriterFirst));
}

void TestBrowseDialog::unauthorizedShowsErrorAndRetryRecovers()
{
    m_client->setApiKey(QString());
    openDialog();
    auto *retry = m_dialog->findChild<QPushButton *>(u"retryPushButton"_s);
    QVERIFY(retry);
    QVERIFY(!retry->isVisible());
    QTRY_VERIFY(!m_dialog->isLoadingFunctions());
    QVERIFY2(statusLabel()->text().contains(u"HTTP 401"_s), qPrintable(statusLabel()->text()));
    QVERIFY(retry->isVisible());
    QCOMPARE(m_dialog->functionModel()->rowCount(), 0);

    m_client->setApiKey(u"k"_s);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(!retry->isVisible());
    QTRY_VERIFY(!m_dialog->isLoadingFunctions());
    QCOMPARE(m_dialog->functionModel()->rowCount(), 4);
    QVERIFY(!statusLabel()->text().contains(u"401"_s));
    QVERIFY2(statusLabel()->text().contains(u"4"_s), qPrintable(statusLabel()->text()));
}

QTEST_MAIN(TestBrowseDialog)
#include "tst_browsedialog.moc"
