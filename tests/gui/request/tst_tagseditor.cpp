#include "core/protocol/CallRequest.h"
#include "gui/request/TagsEditor.h"
#include "gui/request/TagsModel.h"

#include <QApplication>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using callpad::ProblemLevel;
using callpad::Tag;
using callpad::TagsEditor;
using callpad::TagsModel;

class TestTagsEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void keysFlagged_data();
    void keysFlagged();
    void addEditAndUndo();
    void removeAndUndo_data();
    void removeAndUndo();
    void fixingADuplicateClearsBothRows();

private:
    QTableView *view() const;

    std::unique_ptr<TagsEditor> m_editor;
};

void TestTagsEditor::init()
{
    m_editor = std::make_unique<TagsEditor>();
    m_editor->resize(480, 300);
    m_editor->show();
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    QVERIFY(view());
}

void TestTagsEditor::cleanup()
{
    m_editor.reset();
}

QTableView *TestTagsEditor::view() const
{
    return m_editor->findChild<QTableView *>(u"tagsTableView"_s);
}

void TestTagsEditor::keysFlagged_data()
{
    QTest::addColumn<QList<Tag>>("tags");
    QTest::addColumn<QStringList>("tooltips"); // per row; empty = not flagged

    QTest::newRow("all fine") << QList<Tag> { { u"env"_s, u"prod"_s }, { u"team"_s, QString() } }
                              << QStringList { QString(), QString() };
    QTest::newRow("empty key") << QList<Tag> { { QString(), u"x"_s }, { u"env"_s, u"prod"_s } }
                               << QStringList { u"The tag key is empty"_s, QString() };
    QTest::newRow("whitespace key")
            << QList<Tag> { { u"  "_s, u"x"_s } } << QStringList { u"The tag key is empty"_s };
    QTest::newRow("duplicate keys")
            << QList<Tag> { { u"env"_s, u"a"_s }, { u"team"_s, u"b"_s }, { u"env"_s, u"c"_s } }
            << QStringList { u"Duplicate key \"env\""_s, QString(), u"Duplicate key \"env\""_s };
    QTest::newRow("three of a kind and an empty one")
            << QList<Tag> { { u"k"_s, {} }, { u"k"_s, {} }, { {}, {} }, { u"k"_s, {} } }
            << QStringList { u"Duplicate key \"k\""_s, u"Duplicate key \"k\""_s,
                             u"The tag key is empty"_s, u"Duplicate key \"k\""_s };
    QTest::newRow("keys differing in case or space are distinct")
            << QList<Tag> { { u"env"_s, {} }, { u"Env"_s, {} }, { u"env "_s, {} } }
            << QStringList { QString(), QString(), QString() };
}

void TestTagsEditor::keysFlagged()
{
    QFETCH(QList<Tag>, tags);
    QFETCH(QStringList, tooltips);

    m_editor->setTags(tags);
    QCOMPARE(m_editor->tags(), tags);
    QCOMPARE(m_editor->count(), tags.size());

    int flagged = 0;
    QSet<int> flaggedRows;
    for (int row = 0; row < tags.size(); ++row) {
        const QModelIndex key = m_editor->model()->index(row, TagsModel::KeyColumn);
        const bool expectFlag = !tooltips.at(row).isEmpty();
        QCOMPARE(m_editor->model()->cellProblem(row, TagsModel::KeyColumn).level,
                 expectFlag ? ProblemLevel::Error : ProblemLevel::None);
        QCOMPARE(m_editor->model()->data(key, Qt::BackgroundRole).isValid(), expectFlag);
        if (expectFlag) {
            QCOMPARE(m_editor->model()->data(key, Qt::ToolTipRole).toString(), tooltips.at(row));
            ++flagged;
            flaggedRows.insert(row);
        }
    }
    QCOMPARE(m_editor->problemCount(), flagged);

    // The core's checkDraft() agrees: it fails exactly when rows are flagged, and every row it
    // names is one of them.
    callpad::CallDraft draft;
    draft.tags = m_editor->tags();
    const callpad::DraftCheck check = callpad::checkDraft(draft);
    static const QRegularExpression tagField(uR"(^tags\[(\d+)\]\.key$)"_s);
    int tagProblems = 0;
    for (const callpad::ApiError &problem : check.problems) {
        const QRegularExpressionMatch match = tagField.match(problem.field);
        if (match.hasMatch()) {
            ++tagProblems;
            QVERIFY2(flaggedRows.contains(match.captured(1).toInt()), qPrintable(problem.field));
        }
    }
    QCOMPARE(tagProblems > 0, flagged > 0);
}

void TestTagsEditor::addEditAndUndo()
{
    auto *add = m_editor->findChild<QPushButton *>(u"addTagPushButton"_s);
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_editor->count(), 1);
    QCOMPARE(m_editor->problemCount(), 1); // a new tag has no key yet

    // The new key is being edited: type it.
    QWidget *keyEditor = QApplication::focusWidget();
    QVERIFY(keyEditor && keyEditor != view());
    QTest::keyClicks(keyEditor, u"env"_s);
    QTest::keyClick(keyEditor, Qt::Key_Tab); // commits and moves to the value
    QTRY_COMPARE(m_editor->tags().constFirst().key, u"env"_s);
    QCOMPARE(m_editor->problemCount(), 0);

    // A second tag with the same key, through the keyboard.
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Insert);
    QWidget *secondEditor = QApplication::focusWidget();
    QVERIFY(secondEditor && secondEditor != view());
    QTest::keyClicks(secondEditor, u"env"_s);
    QTest::keyClick(secondEditor, Qt::Key_Return);
    QTRY_COMPARE(m_editor->problemCount(), 2);

    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier); // the second key
    QCOMPARE(m_editor->tags(), (QList<Tag> { { u"env"_s, {} }, { {}, {} } }));
    QCOMPARE(m_editor->problemCount(), 1);
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier); // the second row
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier); // the first key
    QCOMPARE(m_editor->tags(), (QList<Tag> { { {}, {} } }));
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_editor->tags(), (QList<Tag> { { u"env"_s, {} } }));
}

void TestTagsEditor::removeAndUndo_data()
{
    QTest::addColumn<bool>("useKey");
    QTest::addColumn<QList<int>>("selected");
    QTest::addColumn<QStringList>("remaining");

    QTest::newRow("button, one row") << false << QList<int> { 1 } << QStringList { u"a"_s, u"c"_s };
    QTest::newRow("Delete key, two rows") << true << QList<int> { 0, 2 } << QStringList { u"b"_s };
}

void TestTagsEditor::removeAndUndo()
{
    QFETCH(bool, useKey);
    QFETCH(QList<int>, selected);
    QFETCH(QStringList, remaining);

    const QList<Tag> initial { { u"a"_s, u"1"_s }, { u"b"_s, u"2"_s }, { u"c"_s, u"3"_s } };
    m_editor->setTags(initial);
    view()->setFocus();
    view()->clearSelection();
    for (int row : selected) {
        view()->selectionModel()->select(m_editor->model()->index(row, 0),
                                         QItemSelectionModel::Select);
    }
    view()->selectionModel()->setCurrentIndex(m_editor->model()->index(selected.constFirst(), 0),
                                              QItemSelectionModel::NoUpdate);
    if (useKey) {
        QTest::keyClick(view(), Qt::Key_Delete);
    } else {
        QTest::mouseClick(m_editor->findChild<QPushButton *>(u"removeTagPushButton"_s),
                          Qt::LeftButton);
    }
    QStringList keys;
    for (const Tag &tag : m_editor->tags()) {
        keys << tag.key;
    }
    QCOMPARE(keys, remaining);

    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->tags(), initial);
}

void TestTagsEditor::fixingADuplicateClearsBothRows()
{
    m_editor->setTags({ { u"env"_s, u"a"_s }, { u"env"_s, u"b"_s } });
    QCOMPARE(m_editor->problemCount(), 2);
    QVERIFY(m_editor->model()->setData(m_editor->model()->index(1, TagsModel::KeyColumn),
                                       u"region"_s, Qt::EditRole));
    QCOMPARE(m_editor->problemCount(), 0);
    QVERIFY(!m_editor->model()->data(m_editor->model()->index(0, 0), Qt::BackgroundRole).isValid());
    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->problemCount(), 2);
}

QTEST_MAIN(TestTagsEditor)
#include "tst_tagseditor.moc"
