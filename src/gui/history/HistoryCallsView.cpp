#include "gui/history/HistoryCallsView.h"

#include "core/history/HistoryService.h"
#include "gui/history/HistoryRetentionDialog.h"
#include "gui/history/HistoryTableModel.h"
#include "ui_HistoryCallsView.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

constexpr int DefaultClearDays = 30;
constexpr int MaxClearDays = 36500;

} // namespace

HistoryCallsView::HistoryCallsView(HistoryService *history, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::HistoryCallsView>()), m_history(history),
      m_model(new HistoryTableModel(history, this))
{
    m_ui->setupUi(this);
    setObjectName(u"historyCallsView"_s);
    buildActions();
    setUpTable();

    connect(m_ui->historyTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryCallsView::onSelectionChanged);
    // A reset drops the selection without selectionChanged().
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryCallsView::onSelectionChanged);
    connect(m_model, &HistoryTableModel::countChanged, this, [this] {
        updateCountLabel();
        if (const auto reselect = std::exchange(m_reselect, std::nullopt)) {
            reselectNear(reselect->first, reselect->second);
        }
    });
    // A selected row whose page was still on its way is announced when the page arrives.
    connect(m_model, &HistoryTableModel::rowsLoaded, this, &HistoryCallsView::onSelectionChanged);
    updateCountLabel();
    updateActions();
}

HistoryCallsView::~HistoryCallsView()
{
    // The table and its selection model outlive m_ui while QWidget's destructor runs; their
    // signals must not reach this half-destroyed object.
    m_ui->historyTableView->selectionModel()->disconnect(this);
    m_model->disconnect(this);
}

QTableView *HistoryCallsView::tableView() const
{
    return m_ui->historyTableView;
}

void HistoryCallsView::buildActions()
{
    m_restoreAction = new QAction(tr("&Restore into Form"), this);
    m_restoreAction->setObjectName(u"restoreAction"_s);
    m_restoreAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_restoreAction->setToolTip(tr("Put this call's request back into the form (Ctrl+R)"));
    m_restoreAction->setStatusTip(
            tr("Replace the form's input, instructions, examples and tags with this call's"));
    connect(m_restoreAction, &QAction::triggered, this, &HistoryCallsView::requestRestore);

    m_deleteAction = new QAction(tr("&Delete…"), this);
    m_deleteAction->setObjectName(u"deleteAction"_s);
    m_deleteAction->setShortcuts(QKeySequence::Delete);
    m_deleteAction->setToolTip(tr("Delete the selected calls from the history (Delete)"));
    m_deleteAction->setStatusTip(tr("Delete the selected calls from the history, after asking"));
    connect(m_deleteAction, &QAction::triggered, this, [this] { removeSelected(true); });

    m_clearOlderAction = new QAction(tr("Clear &Older Than…"), this);
    m_clearOlderAction->setObjectName(u"clearOlderAction"_s);
    m_clearOlderAction->setToolTip(tr("Delete every call older than a number of days"));
    m_clearOlderAction->setStatusTip(m_clearOlderAction->toolTip());
    connect(m_clearOlderAction, &QAction::triggered, this, &HistoryCallsView::askClearOlder);

    m_retentionAction = new QAction(tr("Re&tention…"), this);
    m_retentionAction->setObjectName(u"retentionAction"_s);
    m_retentionAction->setToolTip(tr("Choose how much history to keep"));
    m_retentionAction->setStatusTip(tr("Keep all calls, the last N days or the newest N calls"));
    connect(m_retentionAction, &QAction::triggered, this, &HistoryCallsView::askRetention);

    for (QAction *action : { m_restoreAction, m_deleteAction }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    m_ui->historyRestoreToolButton->setDefaultAction(m_restoreAction);
    m_ui->historyDeleteToolButton->setDefaultAction(m_deleteAction);
    auto *more = new QMenu(m_ui->historyMoreToolButton);
    more->setObjectName(u"historyCleanupMenu"_s);
    more->addAction(m_clearOlderAction);
    more->addAction(m_retentionAction);
    m_ui->historyMoreToolButton->setMenu(more);
}

void HistoryCallsView::setUpTable()
{
    QTableView *table = m_ui->historyTableView;
    table->setModel(m_model);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *separator = new QAction(table);
    separator->setSeparator(true);
    table->addActions(
            { m_restoreAction, m_deleteAction, separator, m_clearOlderAction, m_retentionAction });

    // Fixed row heights keep scrolling over 100,000 rows cheap: no row is measured.
    QHeaderView *rows = table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 6);

    QHeaderView *columns = table->horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics metrics = fontMetrics();
    const auto width
            = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 16; };
    const struct
    {
        int column;
        QString sample;
    } samples[] = {
        { HistoryTableModel::TimeColumn, u"2000-12-31 23:59 PM"_s },
        { HistoryTableModel::FunctionColumn, u"extract_person_details"_s },
        { HistoryTableModel::RevisionColumn, u"0123abcd"_s },
        { HistoryTableModel::StatusColumn, u"Connection refused"_s },
        { HistoryTableModel::LatencyColumn, u"12.34 s"_s },
        { HistoryTableModel::TokensColumn, u"1,234,567"_s },
        { HistoryTableModel::CostColumn, u"$0.000123"_s },
        { HistoryTableModel::CachedColumn, tr("Cached") },
        { HistoryTableModel::PresetColumn, u"My preset name"_s },
    };
    for (const auto &sample : samples) {
        columns->resizeSection(sample.column, width(sample.sample));
    }
}

void HistoryCallsView::setFilter(const HistoryFilter &filter)
{
    m_model->setFilter(filter);
    m_ui->historyTableView->scrollToTop();
}

HistoryFilter HistoryCallsView::filter() const
{
    return m_model->filter();
}

qint64 HistoryCallsView::currentId() const
{
    // Walks the selection only until a second row shows up, so a select-all stays cheap.
    int onlyRow = -1;
    const QItemSelection selection = m_ui->historyTableView->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        if (range.top() != range.bottom() || (onlyRow >= 0 && range.top() != onlyRow)) {
            return 0;
        }
        onlyRow = range.top();
    }
    return onlyRow >= 0 ? m_model->idAt(onlyRow) : 0;
}

QList<qint64> HistoryCallsView::selectedIds() const
{
    QModelIndexList rows = m_ui->historyTableView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows)) {
        if (const qint64 id = m_model->idAt(row.row()); id != 0) {
            ids << id;
        }
    }
    return ids;
}

bool HistoryCallsView::removeSelected(bool confirm)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_history) {
        return false;
    }
    if (confirm && !confirmRemoval(ids.size())) {
        return false;
    }
    QModelIndexList rows = m_ui->historyTableView->selectionModel()->selectedRows();
    const int firstRow = std::min_element(rows.cbegin(), rows.cend(),
                                          [](const QModelIndex &a, const QModelIndex &b) {
                                              return a.row() < b.row();
                                          })
                                 ->row();
    const int scroll = m_ui->historyTableView->verticalScrollBar()->value();
    m_history->remove(ids, this, [this, firstRow, scroll](const Result<qint64> &removed) {
        if (!removed) {
            Q_EMIT failed(tr("Cannot delete the calls: %1").arg(removed.error()));
            return;
        }
        m_reselect = { firstRow, scroll };
        Q_EMIT this->removed(*removed);
    });
    return true;
}

bool HistoryCallsView::clearOlderThan(int days)
{
    if (!m_history || days < 1) {
        return false;
    }
    const int scroll = m_ui->historyTableView->verticalScrollBar()->value();
    m_history->clearOlderThan(
            QDateTime::currentDateTimeUtc().addDays(-days), this,
            [this, scroll](const Result<qint64> &removed) {
                if (!removed) {
                    Q_EMIT failed(tr("Cannot clear the history: %1").arg(removed.error()));
                    return;
                }
                m_ui->historyTableView->verticalScrollBar()->setValue(scroll);
                Q_EMIT this->removed(*removed);
            });
    return true;
}

QByteArray HistoryCallsView::saveState() const
{
    return m_ui->historyTableView->horizontalHeader()->saveState();
}

bool HistoryCallsView::restoreState(const QByteArray &state)
{
    return m_ui->historyTableView->horizontalHeader()->restoreState(state);
}

void HistoryCallsView::onSelectionChanged()
{
    updateActions();
    const qint64 id = currentId();
    if (id == 0 || id == m_announcedId) {
        m_announcedId = id;
        return;
    }
    m_announcedId = id;
    Q_EMIT entrySelected(id);
}

void HistoryCallsView::updateActions()
{
    const bool any = m_ui->historyTableView->selectionModel()->hasSelection();
    m_restoreAction->setEnabled(any && currentId() != 0);
    m_deleteAction->setEnabled(any);
    m_clearOlderAction->setEnabled(m_history != nullptr);
    m_retentionAction->setEnabled(m_history != nullptr);
}

void HistoryCallsView::updateCountLabel()
{
    const qint64 count = m_model->rowCount();
    m_ui->historyCountLabel->setText(count == 1 ? tr("1 call")
                                                : tr("%1 calls").arg(QLocale().toString(count)));
}

void HistoryCallsView::requestRestore()
{
    if (const qint64 id = currentId(); id != 0) {
        Q_EMIT restoreRequested(id);
    }
}

void HistoryCallsView::askClearOlder()
{
    QInputDialog dialog(this);
    dialog.setObjectName(u"historyClearOlderInputDialog"_s);
    dialog.setWindowTitle(tr("Clear Older Than"));
    dialog.setLabelText(tr("Delete every call made more than this many days ago:"));
    dialog.setInputMode(QInputDialog::IntInput);
    dialog.setIntRange(1, MaxClearDays);
    dialog.setIntValue(DefaultClearDays);
    dialog.setOkButtonText(tr("&Delete"));
    if (dialog.exec() == QDialog::Accepted) {
        clearOlderThan(dialog.intValue());
    }
}

void HistoryCallsView::askRetention()
{
    HistoryRetentionDialog dialog(m_retention, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    m_retention = dialog.retention();
    Q_EMIT retentionChosen(m_retention);
}

bool HistoryCallsView::confirmRemoval(qint64 count)
{
    QMessageBox box(QMessageBox::Question, tr("Delete Calls"),
                    tr("Delete %n call(s) from the history? This cannot be undone.", nullptr,
                       int(qMin<qint64>(count, INT_MAX))),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"historyDeleteMessageBox"_s);
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"historyDeletePushButton"_s);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"historyCancelDeletePushButton"_s);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == remove;
}

void HistoryCallsView::reselectNear(int row, int scrollValue)
{
    // The model reset with the removal; keep the user's place and select the call that took the
    // deleted one's row, so Delete can be pressed again.
    QTableView *table = m_ui->historyTableView;
    table->verticalScrollBar()->setValue(scrollValue);
    const int rowCount = m_model->rowCount();
    if (rowCount > 0) {
        table->selectRow(std::clamp(row, 0, rowCount - 1));
    }
}

} // namespace callpad
