#include "gui/picker/FunctionPicker.h"

#include "core/client/ApiClient.h"
#include "core/protocol/Uuid.h"
#include "gui/common/FieldMarker.h"
#include "gui/common/InlineError.h"
#include "gui/common/LocalTime.h"
#include "gui/picker/BrowseDialog.h"
#include "gui/picker/PastedId.h"
#include "ui_FunctionPicker.h"

#include <QEvent>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

constexpr QLatin1StringView retryLink { "#retry" };

QString exampleId()
{
    return u"123e4567-e89b-12d3-a456-426614174000"_s;
}

} // namespace

FunctionPicker::FunctionPicker(ApiClient *client, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::FunctionPicker>()), m_client(client)
{
    m_ui->setupUi(this);
    setObjectName(u"functionPicker"_s);

    // Room for a whole UUID, so a pasted id can be checked at a glance.
    for (QLineEdit *edit : { m_ui->functionIdLineEdit, m_ui->revisionIdLineEdit }) {
        const int uuidWidth = edit->fontMetrics().horizontalAdvance(exampleId());
        edit->setMinimumWidth(uuidWidth + 4 * edit->fontMetrics().averageCharWidth());
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { onIdEdited(edit); });
        connect(edit, &QLineEdit::textChanged, this, &FunctionPicker::onIdsChanged);
    }
    connect(m_ui->browsePushButton, &QPushButton::clicked, this, &FunctionPicker::browse);
    connect(m_ui->detailsStatusLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == retryLink) {
            reload();
        }
    });
    m_ui->detailsStatusLabel->setVisible(false);
    updateMarks();
}

FunctionPicker::~FunctionPicker()
{
    // The children outlive m_ui while QWidget's destructor runs (focus moves, models go);
    // none of their signals may reach this half-destroyed object.
    for (QObject *child : findChildren<QObject *>()) {
        child->disconnect(this);
    }
    cancelLoading();
}

QString FunctionPicker::functionId() const
{
    return m_ui->functionIdLineEdit->text().trimmed();
}

QString FunctionPicker::revisionId() const
{
    return m_ui->revisionIdLineEdit->text().trimmed();
}

bool FunctionPicker::hasValidIds() const
{
    return isUuid(functionId()) && isUuid(revisionId());
}

bool FunctionPicker::isLoading() const
{
    return !m_detailsHandle.isNull();
}

void FunctionPicker::setIds(const QString &functionId, const QString &revisionId,
                            const QString &functionName)
{
    applyIds(functionId, revisionId, functionName, {});
}

void FunctionPicker::applyIds(const QString &functionId, const QString &revisionId,
                              const QString &functionName, const QDateTime &createdAt)
{
    {
        const QScopedValueRollback guard(m_applyingIds, true);
        m_ui->functionIdLineEdit->setText(cleanPastedId(functionId));
        m_ui->revisionIdLineEdit->setText(cleanPastedId(revisionId));
    }
    const bool functionChanged = this->functionId() != m_functionId;
    const bool changed = functionChanged || this->revisionId() != m_revisionId;
    if (changed) {
        cancelLoading();
        m_details.reset();
        m_functionId = this->functionId();
        m_revisionId = this->revisionId();
    }
    updateMarks();
    // What the caller knows is shown at once; the loaded details confirm it later.
    if (!functionName.isEmpty() || functionChanged) {
        setFunctionName(functionName);
    }
    if (createdAt.isValid() || changed) {
        setCreatedAt(createdAt);
    }
    if (changed) {
        startLoading();
        Q_EMIT idsChanged();
    }
}

void FunctionPicker::reload()
{
    cancelLoading();
    startLoading();
}

void FunctionPicker::browse()
{
    auto *dialog = new BrowseDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCurrentIds(functionId(), revisionId());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const FunctionSummary function = dialog->selectedFunction();
        const RevisionSummary revision = dialog->selectedRevision();
        if (!function.id.isEmpty() && !revision.id.isEmpty()) {
            applyIds(function.id, revision.id, function.name, revision.createdAt);
        }
    });
    dialog->open();
}

void FunctionPicker::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateMarks();
    }
}

void FunctionPicker::onIdEdited(QLineEdit *edit)
{
    // Only a paste that becomes a valid id once unwrapped is rewritten, so typing a brace or
    // a quote by hand is never fought with.
    const QString cleaned = cleanPastedId(edit->text());
    if (cleaned != edit->text() && isUuid(cleaned)) {
        edit->setText(cleaned);
    }
}

void FunctionPicker::onIdsChanged()
{
    if (m_applyingIds) {
        return;
    }
    updateMarks();
    if (functionId() == m_functionId && revisionId() == m_revisionId) {
        return;
    }
    const bool sameFunction = functionId() == m_functionId;
    m_functionId = functionId();
    m_revisionId = revisionId();
    cancelLoading();
    m_details.reset();
    if (!sameFunction) {
        setFunctionName({});
    }
    setCreatedAt({});
    startLoading();
    Q_EMIT idsChanged();
}

void FunctionPicker::updateMarks()
{
    const QString fid = functionId();
    const QString rid = revisionId();
    markFieldProblem(m_ui->functionIdLineEdit,
                     fid.isEmpty() || isUuid(fid)
                             ? QString()
                             : tr("Not a function id: ids are UUIDs such as %1").arg(exampleId()));
    markFieldProblem(m_ui->revisionIdLineEdit,
                     rid.isEmpty() || isUuid(rid)
                             ? QString()
                             : tr("Not a revision id: ids are UUIDs such as %1").arg(exampleId()));
}

void FunctionPicker::startLoading()
{
    if (!hasValidIds() || !m_client) {
        showStatus({});
        return;
    }
    showStatus(tr("Loading the revision's details…"));
    m_detailsHandle = m_client->revision(
            m_functionId, m_revisionId, this,
            [this](const DetailsHandle &handle) { onDetailsFinished(handle); });
}

void FunctionPicker::cancelLoading()
{
    abandon(m_detailsHandle, this);
    stopLookUp();
}

void FunctionPicker::onDetailsFinished(const DetailsHandle &handle)
{
    m_detailsHandle = nullptr;
    if (handle.error().isError()) {
        const ApiError &error = handle.error();
        showStatus(tr("%1 · <a href=\"%2\">Retry</a>")
                           .arg(inlineErrorText(error).toHtmlEscaped(), retryLink),
                   inlineErrorToolTip(error), true);
        Q_EMIT detailsFailed(error);
        return;
    }
    m_details = handle.details();
    showStatus({});
    setFunctionName(m_details->name);
    if (!m_createdAt.isValid()) {
        lookUpCreatedAt();
    }
    Q_EMIT detailsLoaded(*m_details);
}

void FunctionPicker::lookUpCreatedAt()
{
    stopLookUp();
    // Not finding it (or failing) leaves the time unknown: the details are what matter.
    m_lookUpHandle = startWith(m_client->listRevisions(m_functionId), this,
                               [this](const ListHandle &) { m_lookUpHandle = nullptr; });
    connect(m_lookUpHandle, &ListHandle::pageReceived, this,
            [this, handle = m_lookUpHandle.data()](int firstRow, int rowCount) {
                onRevisionPage(*handle, firstRow, rowCount);
            });
}

void FunctionPicker::onRevisionPage(const ListHandle &handle, int firstRow, int rowCount)
{
    const QList<RevisionSummary> &revisions = handle.revisions();
    for (int row = firstRow; row < firstRow + rowCount && row < revisions.size(); ++row) {
        if (revisions.at(row).id.compare(m_revisionId, Qt::CaseInsensitive) == 0) {
            setCreatedAt(revisions.at(row).createdAt);
            stopLookUp(); // no further pages
            return;
        }
    }
}

void FunctionPicker::stopLookUp()
{
    abandon(m_lookUpHandle, this);
}

void FunctionPicker::setFunctionName(const QString &name)
{
    m_functionName = name;
    m_ui->functionNameLabel->setText(name);
    m_ui->functionNameLabel->setToolTip(name);
}

void FunctionPicker::setCreatedAt(const QDateTime &createdAt)
{
    if (createdAt == m_createdAt) {
        return;
    }
    m_createdAt = createdAt;
    m_ui->revisionTimeLabel->setText(
            createdAt.isValid() ? tr("created %1").arg(formatLocalTime(createdAt)) : QString());
    m_ui->revisionTimeLabel->setToolTip(formatLocalTime(createdAt, QLocale::LongFormat));
    Q_EMIT revisionCreatedAtChanged(createdAt);
}

void FunctionPicker::showStatus(const QString &text, const QString &toolTip, bool error)
{
    m_ui->detailsStatusLabel->setText(text);
    m_ui->detailsStatusLabel->setToolTip(toolTip);
    m_ui->detailsStatusLabel->setVisible(!text.isEmpty());
    markTextAsError(m_ui->detailsStatusLabel, error);
}

} // namespace callpad
