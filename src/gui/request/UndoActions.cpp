#include "gui/request/UndoActions.h"

#include <QAction>
#include <QUndoStack>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace callpad {

QList<QAction *> addUndoRedoActions(QWidget *owner, QUndoStack *stack, const QString &namePrefix)
{
    QAction *undo = stack->createUndoAction(owner);
    undo->setObjectName(namePrefix + u"UndoAction"_s);
    undo->setShortcuts(QKeySequence::Undo);

    QAction *redo = stack->createRedoAction(owner);
    redo->setObjectName(namePrefix + u"RedoAction"_s);
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!redoKeys.contains(ctrlShiftZ)) {
        redoKeys << ctrlShiftZ;
    }
    redo->setShortcuts(redoKeys);

    for (QAction *action : { undo, redo }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        owner->addAction(action);
    }
    return { undo, redo };
}

} // namespace callpad
