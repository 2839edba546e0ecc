#include "gui/request/TagsEditor.h"

#include "gui/request/TagsModel.h"
#include "gui/request/UndoActions.h"
#include "ui_TagsEditor.h"

#include <QAction>
#include <QHeaderView>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace callpad {

TagsEditor::TagsEditor(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::TagsEditor>()), m_undoStack(new QUndoStack(this)),
      m_model(new TagsModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"tagsEditor"_s);
    m_model->setUndoStack(m_undoStack);
    m_model->setPalette(palette());

    QTableView *view = m_ui->tagsTableView;
    view->setModel(m_model);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->resizeSection(TagsModel::KeyColumn, 180);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    auto *addAction = new QAction(view);
    addAction->setObjectName(u"addTagAction"_s);
    addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    auto *removeAction = new QAction(view);
    removeAction->setObjectName(u"removeTagAction"_s);
    removeAction->setShortcuts(QKeySequence::Delete);
    for (QAction *action : { addAction, removeAction }) {
        // Only while the table has focus: an open cell editor keeps its keys.
        action->setShortcutContext(Qt::WidgetShortcut);
        view->addAction(action);
    }
    connect(addAction, &QAction::triggered, this, &TagsEditor::addTag);
    connect(removeAction, &QAction::triggered, this, &TagsEditor::removeTags);
    addUndoRedoActions(this, m_undoStack, u"tags"_s);

    connect(m_ui->addTagPushButton, &QPushButton::clicked, this, &TagsEditor::addTag);
    connect(m_ui->removeTagPushButton, &QPushButton::clicked, this, &TagsEditor::removeTags);
    connect(m_model, &TextTableModel::cellTouched, this, &TagsEditor::selectCell);
    connect(m_model, &TextTableModel::problemsChanged, this, &TagsEditor::problemsChanged);
    connect(m_model, &TextTableModel::changed, this, [this] {
        updateButtons();
        Q_EMIT changed();
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TagsEditor::updateButtons);
    updateButtons();
}

TagsEditor::~TagsEditor()
{
    // Closing an open cell editor commits into the model while m_ui is already gone.
    m_model->disconnect(this);
    tableView()->selectionModel()->disconnect(this);
}

QTableView *TagsEditor::tableView() const
{
    return m_ui->tagsTableView;
}

QList<Tag> TagsEditor::tags() const
{
    return m_model->tags();
}

void TagsEditor::setTags(const QList<Tag> &tags)
{
    m_model->setTags(tags);
}

int TagsEditor::count() const
{
    return m_model->rowCount();
}

int TagsEditor::problemCount() const
{
    return m_model->errorCount();
}

QList<int> TagsEditor::selectedRows() const
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

void TagsEditor::addTag()
{
    const int row = count();
    m_model->addRows(row, { QStringList { QString(), QString() } }, tr("Add Tag"));
    selectCell(row, TagsModel::KeyColumn);
    tableView()->setFocus(Qt::OtherFocusReason);
    tableView()->edit(m_model->index(row, TagsModel::KeyColumn));
}

void TagsEditor::removeTags()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty()) {
        return;
    }
    const int column = qMax(0, tableView()->currentIndex().column());
    m_model->removeRowsAt(rows, tr("Remove %n Tag(s)", nullptr, int(rows.size())));
    selectCell(qMin(rows.constFirst(), count() - 1), column);
}

void TagsEditor::selectCell(int row, int column)
{
    const QModelIndex index = m_model->index(row, qBound(0, column, m_model->columnCount() - 1));
    if (!index.isValid()) {
        return;
    }
    tableView()->setCurrentIndex(index);
    tableView()->scrollTo(index);
}

void TagsEditor::updateButtons()
{
    m_ui->removeTagPushButton->setEnabled(count() > 0 && !selectedRows().isEmpty());
}

void TagsEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_model->setPalette(palette());
    } else if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
    }
}

} // namespace callpad
