#include "gui/request/ExamplesJsonl.h"
#include "gui/request/ExamplesModel.h"

#include <QColor>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using callpad::ExampleDraft;
using callpad::ExamplesModel;
using callpad::ProblemLevel;

namespace {

QList<ExampleDraft> rowsNamed(const QStringList &comments)
{
    QList<ExampleDraft> rows;
    for (const QString &comment : comments) {
        rows << ExampleDraft { comment, u"{\"q\": \"%1\"}"_s.arg(comment),
                               u"\"%1\""_s.arg(comment) };
    }
    return rows;
}

QStringList comments(const ExamplesModel &model)
{
    QStringList list;
    for (const ExampleDraft &example : model.examples()) {
        list << example.comment;
    }
    return list;
}

QJsonObject textSchema()
{
    return QJsonObject { { u"type"_s, u"object"_s },
                         { u"properties"_s,
                           QJsonObject {
                                   { u"text"_s, QJsonObject { { u"type"_s, u"string"_s } } } } },
                         { u"required"_s, QJsonArray { u"text"_s } } };
}

} // namespace

class TestExamplesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsUndoAndRedo_data();
    void editsUndoAndRedo();
    void inlineEditIsOneUndoStep();
    void cellsValidated_data();
    void cellsValidated();
    void schemaWarnings();
    void displayIsCompact();
    void onlyCommentEditsInPlace();
    void jsonl_data();
    void jsonl();
};

void TestExamplesModel::editsUndoAndRedo_data()
{
    QTest::addColumn<QStringList>("initial");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QList<int>>("rows");
    QTest::addColumn<QStringList>("expected");

    const QStringList abc { u"a"_s, u"b"_s, u"c"_s };
    QTest::newRow("add in the middle") << abc << u"add"_s << QList<int> { 1 }
                                       << QStringList { u"a"_s, u"new"_s, u"b"_s, u"c"_s };
    QTest::newRow("add to empty") << QStringList() << u"add"_s << QList<int> { 0 }
                                  << QStringList { u"new"_s };
    QTest::newRow("remove one") << abc << u"remove"_s << QList<int> { 1 }
                                << QStringList { u"a"_s, u"c"_s };
    QTest::newRow("remove two apart")
            << abc << u"remove"_s << QList<int> { 2, 0 } << QStringList { u"b"_s };
    QTest::newRow("move down") << abc << u"move"_s << QList<int> { 0, 1 }
                               << QStringList { u"b"_s, u"a"_s, u"c"_s };
    QTest::newRow("move up from the end")
            << abc << u"move"_s << QList<int> { 2, 1 } << QStringList { u"a"_s, u"c"_s, u"b"_s };
    QTest::newRow("edit a comment")
            << abc << u"edit"_s << QList<int> { 2 } << QStringList { u"a"_s, u"b"_s, u"edited"_s };
    QTest::newRow("replace all") << abc << u"replace"_s << QList<int>()
                                 << QStringList { u"x"_s, u"y"_s };
    QTest::newRow("append many") << abc << u"append"_s << QList<int>()
                                 << QStringList { u"a"_s, u"b"_s, u"c"_s, u"x"_s, u"y"_s };
}

void TestExamplesModel::editsUndoAndRedo()
{
    QFETCH(QStringList, initial);
    QFETCH(QString, operation);
    QFETCH(QList<int>, rows);
    QFETCH(QStringList, expected);

    ExamplesModel model;
    model.setExamples(rowsNamed(initial)); // no stack yet: not undoable
    QUndoStack stack;
    model.setUndoStack(&stack);
    QSignalSpy changed(&model, &ExamplesModel::changed);

    if (operation == u"add") {
        model.addRows(rows.at(0), { ExamplesModel::toRow(rowsNamed({ u"new"_s }).constFirst()) },
                      u"Add"_s);
    } else if (operation == u"remove") {
        model.removeRowsAt(rows, u"Remove"_s);
    } else if (operation == u"move") {
        model.moveRowTo(rows.at(0), rows.at(1), u"Move"_s);
    } else if (operation == u"edit") {
        model.editCell(rows.at(0), ExamplesModel::CommentColumn, u"edited"_s);
    } else if (operation == u"replace") {
        model.setExamples(rowsNamed({ u"x"_s, u"y"_s }));
    } else if (operation == u"append") {
        model.addRows(model.rowCount(),
                      { ExamplesModel::toRow(rowsNamed({ u"x"_s }).constFirst()),
                        ExamplesModel::toRow(rowsNamed({ u"y"_s }).constFirst()) },
                      u"Paste"_s);
    }

    QCOMPARE(comments(model), expected);
    QCOMPARE(stack.count(), 1);
    QVERIFY(!changed.isEmpty());
    // The rows travel whole: inputs and outputs follow their comments.
    if (operation != u"edit") {
        QCOMPARE(model.examples(), rowsNamed(expected));
    }

    stack.undo();
    QCOMPARE(comments(model), initial);
    QCOMPARE(model.examples(), rowsNamed(initial));
    stack.redo();
    QCOMPARE(comments(model), expected);
}

void TestExamplesModel::inlineEditIsOneUndoStep()
{
    ExamplesModel model;
    QUndoStack stack;
    model.setUndoStack(&stack);
    model.setExamples(rowsNamed({ u"a"_s }));
    QCOMPARE(stack.count(), 1);

    QVERIFY(model.setData(model.index(0, ExamplesModel::CommentColumn), u"typed"_s, Qt::EditRole));
    QCOMPARE(model.examples().constFirst().comment, u"typed"_s);
    QCOMPARE(stack.count(), 2);
    // Setting the same text again is no edit at all.
    model.setData(model.index(0, ExamplesModel::CommentColumn), u"typed"_s, Qt::EditRole);
    QCOMPARE(stack.count(), 2);

    stack.undo();
    QCOMPARE(model.examples().constFirst().comment, u"a"_s);
    stack.undo();
    QCOMPARE(model.rowCount(), 0);
}

void TestExamplesModel::cellsValidated_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::addColumn<int>("inputLevel");
    QTest::addColumn<int>("outputLevel");
    QTest::addColumn<QString>("tooltip");

    const int none = int(ProblemLevel::None);
    const int error = int(ProblemLevel::Error);
    QTest::newRow("valid") << u"{\"a\": 1}"_s << u"\"yes\""_s << none << none << QString();
    QTest::newRow("scalars are JSON too") << u"3"_s << u"null"_s << none << none << QString();
    QTest::newRow("empty input") << QString() << u"1"_s << error << none
                                 << u"The example's input is empty"_s;
    QTest::newRow("blank output") << u"1"_s << u" \n "_s << none << error
                                  << u"The example's output is empty"_s;
    QTest::newRow("broken output")
            << u"1"_s << u"{\n  \"a\": }"_s << none << error << u"Line 2, column 8"_s;
    QTest::newRow("both broken") << u"[1,"_s << u"tru"_s << error << error << u"Line 1"_s;
}

void TestExamplesModel::cellsValidated()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QFETCH(int, inputLevel);
    QFETCH(int, outputLevel);
    QFETCH(QString, tooltip);

    ExamplesModel model;
    QSignalSpy problems(&model, &ExamplesModel::problemsChanged);
    model.setExamples({ ExampleDraft { u"c"_s, input, output } });

    QCOMPARE(int(model.cellProblem(0, ExamplesModel::InputColumn).level), inputLevel);
    QCOMPARE(int(model.cellProblem(0, ExamplesModel::OutputColumn).level), outputLevel);
    const int errors = (inputLevel != 0 ? 1 : 0) + (outputLevel != 0 ? 1 : 0);
    QCOMPARE(model.errorCount(), errors);
    QCOMPARE(problems.isEmpty(), errors == 0);

    for (int column : { int(ExamplesModel::InputColumn), int(ExamplesModel::OutputColumn) }) {
        const QModelIndex cell = model.index(0, column);
        const bool flagged = model.cellProblem(0, column).level != ProblemLevel::None;
        QCOMPARE(model.data(cell, Qt::BackgroundRole).isValid(), flagged);
        if (flagged) {
            QVERIFY(model.data(cell, Qt::BackgroundRole).value<QColor>().isValid());
            QVERIFY2(model.data(cell, Qt::ToolTipRole).toString().contains(tooltip),
                     qPrintable(model.data(cell, Qt::ToolTipRole).toString()));
        }
    }

    // Fixing the cells clears the flags.
    model.editCell(0, ExamplesModel::InputColumn, u"{}"_s);
    model.editCell(0, ExamplesModel::OutputColumn, u"{}"_s);
    QCOMPARE(model.errorCount(), 0);
    QVERIFY(!model.data(model.index(0, 1), Qt::BackgroundRole).isValid());
}

void TestExamplesModel::schemaWarnings()
{
    ExamplesModel model;
    model.setExamples({ ExampleDraft { {}, u"{\"text\": 5}"_s, u"1"_s },
                        ExampleDraft { {}, u"{\"text\": \"fine\"}"_s, u"1"_s },
                        ExampleDraft { {}, u"{\"text\": "_s, u"1"_s } });
    QCOMPARE(model.warningCount(), 0);
    QCOMPARE(model.errorCount(), 1);

    model.setInputSchema(textSchema());
    const callpad::CellProblem warned = model.cellProblem(0, ExamplesModel::InputColumn);
    QCOMPARE(warned.level, ProblemLevel::Warning);
    QVERIFY2(warned.message.contains(u"/text: "_s), qPrintable(warned.message));
    QCOMPARE(model.cellProblem(1, ExamplesModel::InputColumn).level, ProblemLevel::None);
    // A broken cell stays an error: there is nothing to check against the schema.
    QCOMPARE(model.cellProblem(2, ExamplesModel::InputColumn).level, ProblemLevel::Error);
    QCOMPARE(model.warningCount(), 1);
    QCOMPARE(model.errorCount(), 1);
    // Outputs are never checked against the input schema.
    QCOMPARE(model.cellProblem(0, ExamplesModel::OutputColumn).level, ProblemLevel::None);

    model.setInputSchema(std::nullopt);
    QCOMPARE(model.warningCount(), 0);
    QCOMPARE(model.cellProblem(0, ExamplesModel::InputColumn).level, ProblemLevel::None);
}

void TestExamplesModel::displayIsCompact()
{
    ExamplesModel model;
    const QString big = u"\"%1\""_s.arg(QString(5000, u'x'));
    model.setExamples({ ExampleDraft { u"two\nlines"_s, u"{\n    \"a\": [1, 2]\n}"_s, big } });
    QCOMPARE(model.data(model.index(0, ExamplesModel::InputColumn), Qt::DisplayRole).toString(),
             u"{\"a\":[1,2]}"_s);
    QCOMPARE(model.data(model.index(0, ExamplesModel::InputColumn), Qt::EditRole).toString(),
             u"{\n    \"a\": [1, 2]\n}"_s);
    QCOMPARE(model.data(model.index(0, ExamplesModel::CommentColumn), Qt::DisplayRole).toString(),
             u"two lines"_s);
    const QString shown
            = model.data(model.index(0, ExamplesModel::OutputColumn), Qt::DisplayRole).toString();
    QVERIFY(shown.size() < 1000);
    QVERIFY(shown.endsWith(QChar(0x2026)));
}

void TestExamplesModel::onlyCommentEditsInPlace()
{
    ExamplesModel model;
    model.setExamples(rowsNamed({ u"a"_s }));
    QVERIFY(model.flags(model.index(0, ExamplesModel::CommentColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, ExamplesModel::InputColumn)) & Qt::ItemIsEditable));
    QVERIFY(!(model.flags(model.index(0, ExamplesModel::OutputColumn)) & Qt::ItemIsEditable));
    QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), u"Input"_s);
}

void TestExamplesModel::jsonl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("error");

    QTest::newRow("two lines")
            << u"{\"input\": {\"t\": 1}, \"output\": 2}\n{\"input\": 3, \"output\": 4, \"comment\": \"c\"}"_s
            << 2 << QString();
    QTest::newRow("blank lines and CRLF skipped")
            << u"\r\n{\"input\": 1, \"output\": 2}\r\n   \r\n{\"input\": 1, \"output\": null}\r\n"_s
            << 2 << QString();
    QTest::newRow("bad JSON on line 2")
            << u"{\"input\": 1, \"output\": 2}\n{\"input\": 1, \"output\": }\n"_s << 0
            << u"Line 2, column 24"_s;
    QTest::newRow("missing output on line 3")
            << u"{\"input\": 1, \"output\": 2}\n\n{\"input\": 1}"_s << 0
            << u"Line 3: The example has no \"output\""_s;
    QTest::newRow("not an object") << u"[1, 2]"_s << 0 << u"Line 1: "_s;
    QTest::newRow("comment not a string")
            << u"{\"input\": 1, \"output\": 2, \"comment\": 3}"_s << 0 << u"Line 1: "_s;
    QTest::newRow("nothing") << u"\n  \n"_s << 0 << u"no examples"_s;
}

void TestExamplesModel::jsonl()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(QString, error);

    const auto drafts = callpad::parseExamplesJsonl(text);
    QCOMPARE(drafts.ok(), count > 0);
    if (drafts) {
        QCOMPARE(drafts->size(), count);
        QVERIFY(drafts.error().isEmpty());
        ExamplesModel model;
        for (const ExampleDraft &draft : *drafts) {
            model.addRows(model.rowCount(), { ExamplesModel::toRow(draft) }, {});
        }
        QCOMPARE(model.errorCount(), 0); // every pasted cell is valid JSON
    } else {
        QVERIFY2(drafts.error().contains(error), qPrintable(drafts.error()));
    }
}

QTEST_MAIN(TestExamplesModel)
#include "tst_examplesmodel.moc"
