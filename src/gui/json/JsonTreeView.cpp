#include "gui/json/JsonTreeView.h"

#include "gui/json/JsonTreeModel.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>

#include <deque>

using namespace Qt::StringLiterals;

namespace callpad {

JsonTreeView::JsonTreeView(QWidget *parent)
    : QTreeView(parent), m_model(new JsonTreeModel(this)),
      m_copyValueAction(new QAction(tr("Copy &Value"), this)),
      m_copyPathAction(new QAction(tr("Copy &Path"), this)),
      m_copyPointerAction(new QAction(tr("Copy JSON &Pointer"), this)),
      m_expandSubtreeAction(new QAction(tr("&Expand Subtree"), this)),
      m_collapseSubtreeAction(new QAction(tr("C&ollapse Subtree"), this))
{
    setObjectName(u"jsonTreeView"_s);
    setModel(m_model);
    // Uniform heights let the view skip measuring every row of a long array.
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::Interactive);
    header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(JsonTreeModel::TypeColumn, QHeaderView::Interactive);
    header()->resizeSection(JsonTreeModel::KeyColumn, fontMetrics().horizontalAdvance(u'M') * 16);
    header()->resizeSection(JsonTreeModel::TypeColumn, fontMetrics().horizontalAdvance(u'M') * 6);

    m_copyValueAction->setObjectName(u"copyValueAction"_s);
    m_copyValueAction->setShortcut(QKeySequence::Copy);
    m_copyPathAction->setObjectName(u"copyPathAction"_s);
    m_copyPathAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyPointerAction->setObjectName(u"copyPointerAction"_s);
    m_copyPointerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_expandSubtreeAction->setObjectName(u"expandSubtreeAction"_s);
    m_expandSubtreeAction->setShortcut(QKeySequence(Qt::Key_Asterisk));
    m_collapseSubtreeAction->setObjectName(u"collapseSubtreeAction"_s);
    m_collapseSubtreeAction->setShortcut(QKeySequence(Qt::Key_Slash));
    connect(m_copyValueAction, &QAction::triggered, this, &JsonTreeView::copyValue);
    connect(m_copyPathAction, &QAction::triggered, this, &JsonTreeView::copyPath);
    connect(m_copyPointerAction, &QAction::triggered, this, &JsonTreeView::copyPointer);
    connect(m_expandSubtreeAction, &QAction::triggered, this, &JsonTreeView::expandCurrentSubtree);
    connect(m_collapseSubtreeAction, &QAction::triggered, this,
            &JsonTreeView::collapseCurrentSubtree);

    connect(m_model, &QAbstractItemModel::modelReset, this, &JsonTreeView::updateActions);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &JsonTreeView::fetchMoreAtBottom);
    connect(this, &QTreeView::expanded, this, &JsonTreeView::fetchFirstChunk);
    updateActions();
}

JsonTreeView::~JsonTreeView() = default;

void JsonTreeView::setSelectionModel(QItemSelectionModel *selectionModel)
{
    // setModel() replaces the selection model too, so the actions follow whichever is current.
    QTreeView::setSelectionModel(selectionModel);
    connect(selectionModel, &QItemSelectionModel::currentChanged, this,
            &JsonTreeView::updateActions);
    updateActions();
}

void JsonTreeView::setJson(const QJsonValue &value)
{
    m_model->setJson(value);
    // Lay out now rather than on the next event loop pass, so expand() right after this call
    // takes effect (and fetches) immediately.
    executeDelayedItemsLayout();
}

void JsonTreeView::fetchFirstChunk(const QModelIndex &index)
{
    // While a layout is pending QTreeView::expand() only records the state; fetch here so the
    // children exist as soon as expand() returns.
    QAbstractItemModel *itemModel = model();
    if (itemModel && itemModel->rowCount(index) == 0 && itemModel->canFetchMore(index)) {
        itemModel->fetchMore(index);
    }
}

void JsonTreeView::copyRole(int role)
{
    const QModelIndex index = currentIndex();
    if (!index.isValid()) {
        return;
    }
    QGuiApplication::clipboard()->setText(index.siblingAtColumn(0).data(role).toString());
}

void JsonTreeView::copyValue()
{
    copyRole(JsonTreeModel::FullValueRole);
}

void JsonTreeView::copyPath()
{
    copyRole(JsonTreeModel::JsonPathRole);
}

void JsonTreeView::copyPointer()
{
    copyRole(JsonTreeModel::JsonPointerRole);
}

void JsonTreeView::expandCurrentSubtree()
{
    const QModelIndex index = currentIndex();
    if (index.isValid()) {
        expandSubtree(index.siblingAtColumn(0));
    }
}

void JsonTreeView::collapseCurrentSubtree()
{
    const QModelIndex index = currentIndex();
    if (index.isValid()) {
        collapseSubtree(index.siblingAtColumn(0));
    }
}

int JsonTreeView::expandSubtree(const QModelIndex &index, int rowLimit)
{
    QAbstractItemModel *itemModel = model();
    if (!itemModel) {
        return 0;
    }
    // Breadth-first, so a limited expansion shows the upper levels completely.
    std::deque<QPersistentModelIndex> queue { QPersistentModelIndex(index) };
    int revealed = 0;
    while (!queue.empty() && revealed < rowLimit) {
        const QModelIndex current = queue.front();
        queue.pop_front();
        if (!current.isValid() || !itemModel->hasChildren(current)) {
            continue;
        }
        if (itemModel->rowCount(current) == 0 && itemModel->canFetchMore(current)) {
            itemModel->fetchMore(current);
        }
        expand(current);
        const int rows = itemModel->rowCount(current);
        revealed += rows;
        for (int row = 0; row < rows; ++row) {
            const QModelIndex child = itemModel->index(row, 0, current);
            if (itemModel->hasChildren(child)) {
                queue.emplace_back(child);
            }
        }
    }
    return revealed;
}

void JsonTreeView::collapseSubtree(const QModelIndex &index)
{
    QAbstractItemModel *itemModel = model();
    if (!itemModel || !index.isValid()) {
        return;
    }
    // Only expanded items can have expanded descendants, so this visits what is on screen.
    const int rows = isExpanded(index) ? itemModel->rowCount(index) : 0;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex child = itemModel->index(row, 0, index);
        if (isExpanded(child)) {
            collapseSubtree(child);
        }
    }
    collapse(index);
}

void JsonTreeView::fetchMoreAtBottom(int scrollValue)
{
    // QTreeView fetches more rows only for the root; children of a big expanded array are
    // fetched here when the user scrolls to the end of what is built.
    QAbstractItemModel *itemModel = model();
    if (!itemModel || scrollValue < verticalScrollBar()->maximum()) {
        return;
    }
    const QModelIndex last = indexAt(QPoint(1, viewport()->height() - 2));
    for (QModelIndex item = last; item.isValid(); item = item.parent()) {
        const QModelIndex parentIndex = item.parent();
        if (parentIndex.isValid() && itemModel->canFetchMore(parentIndex)) {
            itemModel->fetchMore(parentIndex);
            return;
        }
    }
}

QAction *JsonTreeView::actionForKey(const QKeyEvent *event) const
{
    const QList<QAction *> actions { m_copyValueAction, m_copyPathAction, m_copyPointerAction,
                                     m_expandSubtreeAction, m_collapseSubtreeAction };
    const auto key = Qt::Key(event->key());
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const auto find = [&actions](const QKeySequence &sequence) -> QAction * {
        for (QAction *action : actions) {
            if (action->isEnabled() && action->shortcuts().contains(sequence)) {
                return action;
            }
        }
        return nullptr;
    };
    if (QAction *action = find(QKeySequence(QKeyCombination(modifiers, key)))) {
        return action;
    }
    // '*' and '/' need Shift on some layouts; for letters Shift is a real modifier.
    const bool letter = key >= Qt::Key_A && key <= Qt::Key_Z;
    if (!letter && modifiers.testFlag(Qt::ShiftModifier)) {
        return find(QKeySequence(QKeyCombination(modifiers & ~Qt::ShiftModifier, key)));
    }
    return nullptr;
}

bool JsonTreeView::event(QEvent *event)
{
    // Claim our shortcuts while focused so window-level actions do not take them.
    if (event->type() == QEvent::ShortcutOverride
        && actionForKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QTreeView::event(event);
}

void JsonTreeView::keyPressEvent(QKeyEvent *event)
{
    if (QAction *action = actionForKey(event)) {
        action->trigger();
        event->accept();
        return;
    }
    QTreeView::keyPressEvent(event);
}

void JsonTreeView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (index.isValid()) {
        setCurrentIndex(index);
    }
    updateActions();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_copyValueAction);
    menu->addAction(m_copyPathAction);
    menu->addAction(m_copyPointerAction);
    menu->addSeparator();
    menu->addAction(m_expandSubtreeAction);
    menu->addAction(m_collapseSubtreeAction);
    menu->popup(event->globalPos());
}

void JsonTreeView::updateActions()
{
    const QModelIndex index = currentIndex();
    const bool hasItem = index.isValid();
    const bool hasChildRows
            = hasItem && model() != nullptr && model()->hasChildren(index.siblingAtColumn(0));
    m_copyValueAction->setEnabled(hasItem);
    m_copyPathAction->setEnabled(hasItem);
    m_copyPointerAction->setEnabled(hasItem);
    m_expandSubtreeAction->setEnabled(hasChildRows);
    m_collapseSubtreeAction->setEnabled(hasChildRows);
}

} // namespace callpad
