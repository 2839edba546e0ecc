#pragma once

#include "core/protocol/ApiError.h"
#include "core/protocol/FunctionInfo.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class BrowseDialog;
}

namespace callpad {

class ApiClient;
class FunctionListModel;
class ListHandle;
class RevisionListModel;

// Picks a function revision from the account: every function (all pages, filling in while
// the rest loads, searchable by name and description), then the chosen function's revisions,
// newest first. Failures show in the status lines with a Retry button; nothing blocks.
class BrowseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowseDialog)

public:
    // Starts loading the function list at once.
    explicit BrowseDialog(ApiClient *client, QWidget *parent = nullptr);
    ~BrowseDialog() override;

    // Selects this function and revision as soon as they have loaded.
    void setCurrentIds(const QString &functionId, const QString &revisionId);

    // The function whose revisions are listed; empty id when none.
    [[nodiscard]] FunctionSummary selectedFunction() const { return m_function; }
    // The selected revision; empty id when none (OK is disabled then).
    [[nodiscard]] RevisionSummary selectedRevision() const;

    [[nodiscard]] FunctionListModel *functionModel() const { return m_functions; }
    [[nodiscard]] RevisionListModel *revisionModel() const { return m_revisions; }
    [[nodiscard]] bool isLoadingFunctions() const { return !m_functionsHandle.isNull(); }
    [[nodiscard]] bool isLoadingRevisions() const { return !m_revisionsHandle.isNull(); }

public Q_SLOTS:
    // Loads the function list again from the first page.
    void reload();
    // Loads the listed function's revisions again.
    void reloadRevisions();
    // Accepts only while a revision is selected.
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFunctionsPage(const ListHandle &handle, int firstRow, int rowCount);
    void onFunctionsFinished(const ListHandle &handle);
    void onFunctionSelectionChanged();
    void showRevisionsOf(const FunctionSummary &function);
    void onRevisionsPage(const ListHandle &handle, int firstRow, int rowCount);
    void onRevisionsFinished(const ListHandle &handle);
    void selectWantedFunction();
    void selectWantedRevision(bool orNewest);
    void updateFunctionsStatus();
    void updateOkButton();
    void cancelFunctions();
    void cancelRevisions();

    std::unique_ptr<Ui::BrowseDialog> m_ui;
    ApiClient *m_client;
    FunctionListModel *m_functions;
    QSortFilterProxyModel *m_functionsProxy;
    RevisionListModel *m_revisions;
    QSortFilterProxyModel *m_revisionsProxy;
    QPointer<ListHandle> m_functionsHandle;
    QPointer<ListHandle> m_revisionsHandle;
    ApiError m_functionsError;
    qint64 m_functionsTotal = 0;
    FunctionSummary m_function;
    // Ids to select when they arrive (from setCurrentIds); cleared once applied.
    QString m_wantedFunctionId;
    QString m_wantedRevisionId;
};

} // namespace callpad
