#pragma once

#include <QList>

class QAction;
class QString;
class QUndoStack;
class QWidget;

namespace callpad {

// Undo and Redo actions for `stack`, with the platform's shortcuts plus Ctrl+Shift+Z, added to
// `owner` and active while the focus is inside it. Text editors inside the owner keep their
// own undo: they take the same keys first.
QList<QAction *> addUndoRedoActions(QWidget *owner, QUndoStack *stack, const QString &namePrefix);

} // namespace callpad
