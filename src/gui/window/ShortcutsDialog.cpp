#include "gui/window/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMap>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(u'&');
    if (text.endsWith(u"…"_s) || text.endsWith(u"..."_s)) {
        text = text.chopped(text.endsWith(u'…') ? 1 : 3);
    }
    return text;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QWidget *window, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));

    // Sorted by name, one row per action text; child widgets' actions (editors, panes) included.
    QMap<QString, QStringList> rows;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || plainText(action).isEmpty()) {
            continue;
        }
        QStringList &keys = rows[plainText(action)];
        for (const QKeySequence &sequence : action->shortcuts()) {
            const QString key = sequence.toString(QKeySequence::NativeText);
            if (!keys.contains(key)) {
                keys.append(key);
            }
        }
    }

    m_table->setObjectName(u"shortcutsTableWidget"_s);
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({ tr("Action"), tr("Shortcut") });
    m_table->setRowCount(int(rows.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    int row = 0;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it, ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_table->setItem(row, 1, new QTableWidgetItem(it.value().join(tr(" or "))));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(520, 560);
}

int ShortcutsDialog::rowCount() const
{
    return m_table->rowCount();
}

QString ShortcutsDialog::shortcutFor(const QString &actionText) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->text() == actionText) {
            return m_table->item(row, 1)->text();
        }
    }
    return {};
}

} // namespace callpad
