#include "gui/picker/BrowseDialog.h"

#include "core/client/ApiClient.h"
#include "gui/common/FieldMarker.h"
#include "gui/common/InlineError.h"
#include "gui/picker/FunctionListModel.h"
#include "gui/picker/RevisionListModel.h"
#include "ui_BrowseDialog.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

namespace callpad {

BrowseDialog::BrowseDialog(ApiClient *client, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BrowseDialog>()), m_client(client),
      m_functions(new FunctionListModel(this)), m_functionsProxy(new QSortFilterProxyModel(this)),
      m_revisions(new RevisionListModel(this)), m_revisionsProxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"browseDialog"_s);

    m_functionsProxy->setSourceModel(m_functions);
    m_functionsProxy->setFilterRole(FunctionListModel::SearchTextRole);
    m_functionsProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_functionsProxy->setFilterKeyColumn(FunctionListModel::NameColumn);
    m_ui->functionsView->setModel(m_functionsProxy);
    m_ui->functionsView->header()->resizeSection(FunctionListModel::NameColumn, 220);
    m_ui->functionsView->header()->resizeSection(FunctionListModel::ModelColumn, 160);

    // The API promises newest first; sorting here keeps that true whatever a server sends.
    m_revisionsProxy->setSourceModel(m_revisions);
    m_revisionsProxy->setSortRole(RevisionListModel::CreatedAtRole);
    m_revisionsProxy->sort(RevisionListModel::CreatedColumn, Qt::DescendingOrder);
    m_ui->revisionsView->setModel(m_revisionsProxy);
    m_ui->revisionsView->header()->setSectionResizeMode(RevisionListModel::CreatedColumn,
                                                        QHeaderView::ResizeToContents);

    m_ui->browseSplitter->setStretchFactor(0, 3);
    m_ui->browseSplitter->setStretchFactor(1, 2);
    m_ui->functionSearchLineEdit->installEventFilter(this);
    m_ui->retryPushButton->setVisible(false);
    m_ui->revisionsRetryPushButton->setVisible(false);
    m_ui->revisionsStatusLabel->setText(tr("Choose a function to see its revisions."));

    QPushButton *ok = m_ui->dialogButtonBox->button(QDialogButtonBox::Ok);
    ok->setToolTip(tr("Use the selected revision"));
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::accepted, this, &BrowseDialog::accept);
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::rejected, this, &BrowseDialog::reject);
    connect(m_ui->functionSearchLineEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) {
                m_functionsProxy->setFilterFixedString(text.trimmed());
                updateFunctionsStatus();
            });
    connect(m_ui->functionsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BrowseDialog::onFunctionSelectionChanged);
    connect(m_ui->revisionsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BrowseDialog::updateOkButton);
    // Double-clicking a function takes its newest revision once that is listed.
    connect(m_ui->functionsView, &QAbstractItemView::doubleClicked, this, &BrowseDialog::accept);
    connect(m_ui->revisionsView, &QAbstractItemView::doubleClicked, this, &BrowseDialog::accept);
    connect(m_ui->retryPushButton, &QPushButton::clicked, this, &BrowseDialog::reload);
    connect(m_ui->revisionsRetryPushButton, &QPushButton::clicked, this,
            &BrowseDialog::reloadRevisions);

    updateOkButton();
    reload();
}

BrowseDialog::~BrowseDialog()
{
    // The children outlive m_ui while QWidget's destructor runs (focus moves, models go);
    // none of their signals may reach this half-destroyed object.
    for (QObject *child : findChildren<QObject *>()) {
        child->disconnect(this);
    }
    cancelFunctions();
    cancelRevisions();
}

void BrowseDialog::setCurrentIds(const QString &functionId, const QString &revisionId)
{
    m_wantedFunctionId = functionId.trimmed();
    m_wantedRevisionId = revisionId.trimmed();
    selectWantedFunction();
}

RevisionSummary BrowseDialog::selectedRevision() const
{
    const QModelIndexList rows = m_ui->revisionsView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return {};
    }
    return m_revisions->revision(m_revisionsProxy->mapToSource(rows.first()).row());
}

void BrowseDialog::reload()
{
    cancelFunctions();
    m_functions->clear();
    m_functionsError = {};
    m_functionsTotal = 0;
    m_ui->retryPushButton->setVisible(false);
    if (!m_client) {
        return;
    }
    m_functionsHandle
            = startWith(m_client->listFunctions(), this,
                        [this](const ListHandle &handle) { onFunctionsFinished(handle); });
    connect(m_functionsHandle, &ListHandle::pageReceived, this,
            [this, handle = m_functionsHandle.data()](int firstRow, int rowCount) {
                onFunctionsPage(*handle, firstRow, rowCount);
            });
    updateFunctionsStatus();
}

void BrowseDialog::reloadRevisions()
{
    if (!m_function.id.isEmpty()) {
        showRevisionsOf(m_function);
    }
}

void BrowseDialog::accept()
{
    if (selectedRevision().id.isEmpty()) {
        return;
    }
    QDialog::accept();
}

bool BrowseDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search field walks into the results, like a browser's address bar.
    if (watched == m_ui->functionSearchLineEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_PageDown) && m_functionsProxy->rowCount() > 0) {
            m_ui->functionsView->setFocus(Qt::TabFocusReason);
            if (!m_ui->functionsView->selectionModel()->hasSelection()) {
                m_ui->functionsView->setCurrentIndex(m_functionsProxy->index(0, 0));
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void BrowseDialog::onFunctionsPage(const ListHandle &handle, int firstRow, int rowCount)
{
    m_functions->append(handle.functions().mid(firstRow, rowCount));
    m_functionsTotal = handle.totalCount();
    updateFunctionsStatus();
    selectWantedFunction();
}

void BrowseDialog::onFunctionsFinished(const ListHandle &handle)
{
    m_functionsHandle = nullptr;
    m_functionsError = handle.error();
    m_ui->retryPushButton->setVisible(m_functionsError.isError());
    updateFunctionsStatus();
}

void BrowseDialog::onFunctionSelectionChanged()
{
    // A function hidden by the search keeps its revisions listed: the search is for finding,
    // not for undoing a choice.
    const QModelIndexList rows = m_ui->functionsView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return;
    }
    const FunctionSummary &function
            = m_functions->function(m_functionsProxy->mapToSource(rows.first()).row());
    if (function.id != m_function.id) {
        showRevisionsOf(function);
    }
}

void BrowseDialog::showRevisionsOf(const FunctionSummary &function)
{
    cancelRevisions();
    m_revisions->clear();
    m_function = function;
    m_ui->revisionsTitleLabel->setText(tr("Revisions of %1").arg(function.name));
    m_ui->revisionsTitleLabel->setToolTip(function.id);
    m_ui->revisionsRetryPushButton->setVisible(false);
    m_ui->revisionsStatusLabel->setText(tr("Loading revisions…"));
    m_ui->revisionsStatusLabel->setToolTip({});
    markTextAsError(m_ui->revisionsStatusLabel, false);
    updateOkButton();
    if (!m_client) {
        return;
    }
    m_revisionsHandle
            = startWith(m_client->listRevisions(function.id), this,
                        [this](const ListHandle &handle) { onRevisionsFinished(handle); });
    connect(m_revisionsHandle, &ListHandle::pageReceived, this,
            [this, handle = m_revisionsHandle.data()](int firstRow, int rowCount) {
                onRevisionsPage(*handle, firstRow, rowCount);
            });
}

void BrowseDialog::onRevisionsPage(const ListHandle &handle, int firstRow, int rowCount)
{
    m_revisions->append(handle.revisions().mid(firstRow, rowCount));
    m_ui->revisionsStatusLabel->setText(
            tr("Loading… %L1 of %L2").arg(m_revisions->rowCount()).arg(handle.totalCount()));
    selectWantedRevision(true);
}

void BrowseDialog::onRevisionsFinished(const ListHandle &handle)
{
    m_revisionsHandle = nullptr;
    const ApiError &error = handle.error();
    m_ui->revisionsRetryPushButton->setVisible(error.isError());
    markTextAsError(m_ui->revisionsStatusLabel, error.isError());
    if (error.isError()) {
        m_ui->revisionsStatusLabel->setText(inlineErrorText(error));
        m_ui->revisionsStatusLabel->setToolTip(inlineErrorToolTip(error));
        return;
    }
    m_ui->revisionsStatusLabel->setText(
            tr("%n revision(s), newest first", nullptr, m_revisions->rowCount()));
    m_ui->revisionsStatusLabel->setToolTip({});
}

void BrowseDialog::selectWantedFunction()
{
    if (m_wantedFunctionId.isEmpty()) {
        return;
    }
    const int row = m_functions->rowOf(m_wantedFunctionId);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_functionsProxy->mapFromSource(m_functions->index(row, 0));
    m_wantedFunctionId.clear();
    if (!index.isValid()) {
        return;
    }
    // The revision wish belongs to this function; it is honoured when its revisions land.
    m_ui->functionsView->setCurrentIndex(index);
    m_ui->functionsView->scrollTo(index);
}

void BrowseDialog::selectWantedRevision(bool orNewest)
{
    int row = m_wantedRevisionId.isEmpty() ? -1 : m_revisions->rowOf(m_wantedRevisionId);
    QModelIndex index;
    if (row >= 0) {
        m_wantedRevisionId.clear();
        index = m_revisionsProxy->mapFromSource(m_revisions->index(row, 0));
    } else if (orNewest && !m_ui->revisionsView->selectionModel()->hasSelection()) {
        // Newest first: the top row is the latest revision, the usual choice.
        index = m_revisionsProxy->index(0, 0);
    }
    if (index.isValid()) {
        m_ui->revisionsView->setCurrentIndex(index);
        m_ui->revisionsView->scrollTo(index);
    }
}

void BrowseDialog::updateFunctionsStatus()
{
    const int loaded = m_functions->rowCount();
    const int shown = m_functionsProxy->rowCount();
    const bool filtered = !m_functionsProxy->filterRegularExpression().pattern().isEmpty();
    QString text;
    if (m_functionsError.isError()) {
        text = inlineErrorText(m_functionsError);
    } else if (m_functionsHandle && loaded == 0) {
        text = tr("Loading functions…");
    } else if (m_functionsHandle) {
        text = filtered
                ? tr("Loading… %L1 of %L2 · %L3 match").arg(loaded).arg(m_functionsTotal).arg(shown)
                : tr("Loading… %L1 of %L2").arg(loaded).arg(m_functionsTotal);
    } else if (filtered) {
        text = tr("%L1 of %n function(s) match", nullptr, loaded).arg(shown);
    } else {
        text = tr("%n function(s)", nullptr, loaded);
    }
    m_ui->browseStatusLabel->setText(text);
    m_ui->browseStatusLabel->setToolTip(
            m_functionsError.isError() ? inlineErrorToolTip(m_functionsError) : QString());
    markTextAsError(m_ui->browseStatusLabel, m_functionsError.isError());
}

void BrowseDialog::updateOkButton()
{
    m_ui->dialogButtonBox->button(QDialogButtonBox::Ok)
            ->setEnabled(!selectedRevision().id.isEmpty());
}

void BrowseDialog::cancelFunctions()
{
    abandon(m_functionsHandle, this);
}

void BrowseDialog::cancelRevisions()
{
    abandon(m_revisionsHandle, this);
}

} // namespace callpad
