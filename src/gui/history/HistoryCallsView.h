#pragma once

#include "core/history/HistoryFilter.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>
#include <utility>

class QAction;
class QTableView;

namespace Ui {
class HistoryCallsView;
}

namespace callpad {

class HistoryService;
class HistoryTableModel;

// The History panel's list of recorded calls, newest first, with the actions on them. Selecting
// one call announces it (the window shows it in the result panes); the filter comes from the
// shared HistoryFilterBar through setFilter().
//
// Shortcuts (while the list has focus): Ctrl+R restores the selected call into the form, Delete
// deletes the selected calls after a confirmation.
class HistoryCallsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryCallsView)

public:
    explicit HistoryCallsView(HistoryService *history, QWidget *parent = nullptr);
    ~HistoryCallsView() override;

    [[nodiscard]] HistoryTableModel *model() const { return m_model; }
    [[nodiscard]] QTableView *tableView() const;

    void setFilter(const HistoryFilter &filter);
    [[nodiscard]] HistoryFilter filter() const;

    // The current row's call id when exactly one call is selected; 0 otherwise.
    [[nodiscard]] qint64 currentId() const;
    // The selected calls' ids, newest first.
    [[nodiscard]] QList<qint64> selectedIds() const;

    // Deletes the selected calls on the history's thread, asking first when `confirm` is set.
    // False when nothing was selected or the user declined; else removed() or failed() follows,
    // and the call that took the first deleted one's row is selected.
    bool removeSelected(bool confirm);
    // Deletes the calls made more than `days` days ago; removed() or failed() follows.
    bool clearOlderThan(int days);

    // The retention the Retention… dialog starts from; the window keeps it in the settings.
    [[nodiscard]] Retention retention() const { return m_retention; }
    void setRetention(const Retention &retention) { m_retention = retention; }

    // Column widths and order, for the window to persist.
    [[nodiscard]] QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

    [[nodiscard]] QAction *restoreAction() const { return m_restoreAction; }
    [[nodiscard]] QAction *deleteAction() const { return m_deleteAction; }
    [[nodiscard]] QAction *clearOlderAction() const { return m_clearOlderAction; }
    [[nodiscard]] QAction *retentionAction() const { return m_retentionAction; }

Q_SIGNALS:
    // Exactly one call became selected.
    void entrySelected(qint64 id);
    void restoreRequested(qint64 id);
    // The user chose a new retention in the dialog; the window saves it (HistorySettings) and
    // the history follows the setting.
    void retentionChosen(const callpad::Retention &retention);
    // A delete or clear went through: how many calls went.
    void removed(qint64 count);
    // A delete or clear failed; the message is for a status bar.
    void failed(const QString &message);

private:
    void buildActions();
    void setUpTable();
    void onSelectionChanged();
    void updateActions();
    void updateCountLabel();
    void requestRestore();
    void askClearOlder();
    void askRetention();
    bool confirmRemoval(qint64 count);
    void reselectNear(int row, int scrollValue);

    std::unique_ptr<Ui::HistoryCallsView> m_ui;
    QPointer<HistoryService> m_history;
    HistoryTableModel *m_model = nullptr;
    // Where to put the selection and scroll position once the list has been counted again.
    std::optional<std::pair<int, int>> m_reselect;
    QAction *m_restoreAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_clearOlderAction = nullptr;
    QAction *m_retentionAction = nullptr;
    Retention m_retention;
    qint64 m_announcedId = 0; // the call entrySelected() last named
};

} // namespace callpad
