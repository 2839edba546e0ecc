#pragma once

#include <QDialog>

class QTableWidget;

namespace callpad {

// Help › Keyboard Shortcuts: every action in a window that has a shortcut, read from the
// actions themselves so the sheet can never disagree with what the keys do.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    ShortcutsDialog(const QWidget *window, QWidget *parent = nullptr);

    int rowCount() const;
    // The shortcut text shown for an action's text (without '&'), empty when absent.
    QString shortcutFor(const QString &actionText) const;

private:
    QTableWidget *m_table;
};

} // namespace callpad
