#include "gui/request/ExamplesEditor.h"

#include "core/schema/SchemaTemplate.h"
#include "gui/json/JsonEditorDialog.h"
#include "gui/request/ExamplesJsonl.h"
#include "gui/request/ExamplesModel.h"
#include "gui/request/UndoActions.h"
#include "ui_ExamplesEditor.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace callpad {

ExamplesEditor::ExamplesEditor(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ExamplesEditor>()),
      m_undoStack(new QUndoStack(this)), m_model(new ExamplesModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"examplesEditor"_s);
    m_model->setUndoStack(m_undoStack);
    m_model->setPalette(palette());

    QTableView *view = m_ui->examplesTableView;
    view->setModel(m_model);
    view->setTextElideMode(Qt::ElideRight);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->resizeSection(ExamplesModel::CommentColumn, 140);
    view->horizontalHeader()->resizeSection(ExamplesModel::InputColumn, 240);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->installEventFilter(this);

    const auto addViewAction = [this, view](const QString &name, const QList<QKeySequence> &keys,
                                            void (ExamplesEditor::*slot)()) {
        auto *action = new QAction(view);
        action->setObjectName(name);
        action->setShortcuts(keys);
        // Only while the table itself has focus: an inline editor keeps Delete and Insert.
        action->setShortcutContext(Qt::WidgetShortcut);
        view->addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    addViewAction(u"addExampleAction"_s, { QKeySequence(Qt::Key_Insert) },
                  &ExamplesEditor::addExample);
    addViewAction(u"removeExampleAction"_s, QKeySequence::keyBindings(QKeySequence::Delete),
                  &ExamplesEditor::removeExamples);
    addViewAction(u"duplicateExampleAction"_s, { QKeySequence(Qt::CTRL | Qt::Key_D) },
                  &ExamplesEditor::duplicateExamples);
    addViewAction(u"moveExampleUpAction"_s, { QKeySequence(Qt::ALT | Qt::Key_Up) },
                  &ExamplesEditor::moveExampleUp);
    addViewAction(u"moveExampleDownAction"_s, { QKeySequence(Qt::ALT | Qt::Key_Down) },
                  &ExamplesEditor::moveExampleDown);
    addUndoRedoActions(this, m_undoStack, u"examples"_s);

    connect(m_ui->addExamplePushButton, &QPushButton::clicked, this, &ExamplesEditor::addExample);
    connect(m_ui->duplicateExamplePushButton, &QPushButton::clicked, this,
            &ExamplesEditor::duplicateExamples);
    connect(m_ui->removeExamplePushButton, &QPushButton::clicked, this,
            &ExamplesEditor::removeExamples);
    connect(m_ui->moveExampleUpPushButton, &QPushButton::clicked, this,
            &ExamplesEditor::moveExampleUp);
    connect(m_ui->moveExampleDownPushButton, &QPushButton::clicked, this,
            &ExamplesEditor::moveExampleDown);
    connect(m_ui->pasteJsonlPushButton, &QPushButton::clicked, this, &ExamplesEditor::pasteJsonl);
    connect(m_ui->sendExamplesCheckBox, &QCheckBox::toggled, this, [this] {
        Q_EMIT problemsChanged();
        Q_EMIT changed();
    });

    // Mouse: a double-click on a JSON cell opens the dialog (the comment edits in place through
    // the view's own trigger). Enter is handled in eventFilter().
    connect(view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != ExamplesModel::CommentColumn) {
            editCell(index.row(), index.column());
        }
    });
    connect(m_model, &TextTableModel::cellTouched, this, &ExamplesEditor::selectCell);
    connect(m_model, &TextTableModel::problemsChanged, this, &ExamplesEditor::problemsChanged);
    connect(m_model, &TextTableModel::changed, this, [this] {
        showMessage({});
        updateButtons();
        Q_EMIT changed();
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ExamplesEditor::updateButtons);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ExamplesEditor::updateButtons);
    updateButtons();
}

ExamplesEditor::~ExamplesEditor()
{
    // Closing an open cell editor commits into the model while m_ui is already gone.
    m_model->disconnect(this);
    tableView()->selectionModel()->disconnect(this);
}

QTableView *ExamplesEditor::tableView() const
{
    return m_ui->examplesTableView;
}

JsonEditorDialog *ExamplesEditor::cellDialog() const
{
    return m_cellDialog;
}

QList<ExampleDraft> ExamplesEditor::examples() const
{
    return m_model->examples();
}

void ExamplesEditor::setExamples(const QList<ExampleDraft> &examples)
{
    m_model->setExamples(examples);
}

int ExamplesEditor::count() const
{
    return m_model->rowCount();
}

bool ExamplesEditor::sendExamples() const
{
    return m_ui->sendExamplesCheckBox->isChecked();
}

void ExamplesEditor::setSendExamples(bool send)
{
    m_ui->sendExamplesCheckBox->setChecked(send);
}

void ExamplesEditor::setInputSchema(const std::optional<QJsonObject> &schema)
{
    m_model->setInputSchema(schema);
}

int ExamplesEditor::problemCount() const
{
    // Rows that are not sent cannot make the call fail; checkDraft() skips them too.
    return sendExamples() ? m_model->errorCount() : 0;
}

int ExamplesEditor::warningCount() const
{
    return sendExamples() ? m_model->warningCount() : 0;
}

QList<int> ExamplesEditor::selectedRows() const
{
    QList<int> rows;
    const QItemSelectionModel *selection = tableView()->selectionModel();
    for (const QModelIndex &index : selection->selectedIndexes()) {
        rows << index.row();
    }
    if (rows.isEmpty() && selection->currentIndex().isValid()) {
        rows << selection->currentIndex().row();
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

void ExamplesEditor::addExample()
{
    const QModelIndex current = tableView()->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : count();
    QStringList cells { QString(), QString(), QString() };
    if (m_model->inputSchema()) {
        // A skeleton of the input is a better start than an empty (and so flagged) cell.
        cells[ExamplesModel::InputColumn]
                = QString::fromUtf8(templateTextFromSchema(*m_model->inputSchema()));
    }
    m_model->addRows(row, { cells }, tr("Add Example"));
    selectCell(row, ExamplesModel::InputColumn);
}

void ExamplesEditor::duplicateExamples()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty()) {
        return;
    }
    QList<QStringList> copies;
    for (int row : rows) {
        copies << m_model->textRows().at(row);
    }
    const int at = rows.constLast() + 1;
    m_model->addRows(at, copies, tr("Duplicate %n Example(s)", nullptr, int(copies.size())));
    selectCell(at,
               tableView()->currentIndex().isValid() ? tableView()->currentIndex().column() : 0);
}

void ExamplesEditor::removeExamples()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty()) {
        return;
    }
    const int column = qMax(0, tableView()->currentIndex().column());
    m_model->removeRowsAt(rows, tr("Remove %n Example(s)", nullptr, int(rows.size())));
    selectCell(qMin(rows.constFirst(), count() - 1), column);
}

void ExamplesEditor::moveExampleUp()
{
    moveCurrent(-1);
}

void ExamplesEditor::moveExampleDown()
{
    moveCurrent(1);
}

void ExamplesEditor::moveCurrent(int delta)
{
    const QModelIndex current = tableView()->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const int to = current.row() + delta;
    if (to < 0 || to >= count()) {
        return;
    }
    m_model->moveRowTo(current.row(), to,
                       delta < 0 ? tr("Move Example Up") : tr("Move Example Down"));
    selectCell(to, current.column());
}

void ExamplesEditor::pasteJsonl()
{
    if (const Result<int> added = appendJsonl(QGuiApplication::clipboard()->text()); !added) {
        showMessage(added.error());
    }
}

Result<int> ExamplesEditor::appendJsonl(const QString &text)
{
    const Result<QList<ExampleDraft>> drafts = parseExamplesJsonl(text);
    if (!drafts) {
        return Result<int>::failure(drafts.error());
    }
    QList<QStringList> rows;
    for (const ExampleDraft &draft : *drafts) {
        rows << ExamplesModel::toRow(draft);
    }
    const int first = count();
    m_model->addRows(first, rows, tr("Paste %n Example(s)", nullptr, int(rows.size())));
    selectCell(first, ExamplesModel::InputColumn);
    return int(rows.size());
}

void ExamplesEditor::editCell(int row, int column)
{
    const QModelIndex index = m_model->index(row, column);
    if (!index.isValid()) {
        return;
    }
    selectCell(row, column);
    if (column == ExamplesModel::CommentColumn) {
        tableView()->edit(index);
        return;
    }
    if (m_cellDialog) {
        m_cellDialog->raise();
        m_cellDialog->activateWindow();
        return;
    }
    auto *dialog = new JsonEditorDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"exampleCellJsonEditorDialog"_s);
    const bool isInput = column == ExamplesModel::InputColumn;
    dialog->setWindowTitle(isInput ? tr("Example %1: Input").arg(row + 1)
                                   : tr("Example %1: Output").arg(row + 1));
    dialog->setPrompt(isInput ? tr("The input of example %1, as JSON.").arg(row + 1)
                              : tr("The expected output of example %1, as JSON.").arg(row + 1));
    dialog->setText(m_model->cellText(row, column));
    // Rows can be removed or moved (by undo) while the dialog is open; follow the cell.
    const QPersistentModelIndex cell(index);
    connect(dialog, &QDialog::accepted, this, [this, dialog, cell] {
        if (cell.isValid()) {
            m_model->editCell(cell.row(), cell.column(), dialog->text());
        }
    });
    m_cellDialog = dialog;
    dialog->open();
}

void ExamplesEditor::selectCell(int row, int column)
{
    const QModelIndex index = m_model->index(row, qBound(0, column, m_model->columnCount() - 1));
    if (!index.isValid()) {
        return;
    }
    tableView()->setCurrentIndex(index);
    tableView()->scrollTo(index);
}

void ExamplesEditor::showMessage(const QString &message)
{
    m_ui->examplesMessageLabel->setText(message);
    m_ui->examplesMessageLabel->setVisible(!message.isEmpty());
}

void ExamplesEditor::updateButtons()
{
    const QModelIndex current = tableView()->currentIndex();
    const bool hasRows = count() > 0 && (current.isValid() || !selectedRows().isEmpty());
    m_ui->duplicateExamplePushButton->setEnabled(hasRows);
    m_ui->removeExamplePushButton->setEnabled(hasRows);
    m_ui->moveExampleUpPushButton->setEnabled(current.isValid() && current.row() > 0);
    m_ui->moveExampleDownPushButton->setEnabled(current.isValid() && current.row() < count() - 1);
}

void ExamplesEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_model->setPalette(palette());
    } else if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
    }
}

bool ExamplesEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == tableView() && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const QModelIndex current = tableView()->currentIndex();
        // A comment's inline editor lets Enter through to the view once it has committed.
        if (enter && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && current.isValid()
            && tableView()->hasFocus()) {
            editCell(current.row(), current.column());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace callpad
