#include "gui/window/RequestPage.h"

#include "core/Memory.h"
#include "core/client/ApiClient.h"
#include "core/presets/Preset.h"
#include "gui/common/LocalTime.h"
#include "gui/common/UsageFormat.h"
#include "gui/costs/BudgetDialog.h"
#include "gui/costs/BudgetMonitor.h"
#include "gui/picker/FunctionPicker.h"
#include "gui/picker/RevisionInfoPanel.h"
#include "gui/presets/PresetSession.h"
#include "gui/request/RequestForm.h"
#include "gui/results/ResultsView.h"
#include "gui/window/CallController.h"
#include "gui/window/RequestPageSettings.h"
#include "gui/window/SendBar.h"

#include <QAction>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

// A shown response at least this large gives its memory back once it is replaced.
constexpr qsizetype LargeResultBytes = qsizetype(1) * 1024 * 1024;

} // namespace

RequestPage::RequestPage(const WindowContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_controller(new CallController(context.client, this))
{
    setObjectName(u"requestPage"_s);
    buildActions();
    buildLayout();
    wire();
    m_runningTicker.setInterval(100);
    connect(&m_runningTicker, &QTimer::timeout, this, [this] {
        Q_EMIT callStatusChanged(
                formatRunning(m_controller->elapsedMs(), m_controller->bytesReceived()));
    });
}

RequestPage::~RequestPage() = default;

void RequestPage::buildActions()
{
    m_sendAction = new QAction(QIcon(u":/icons/send.svg"_s), tr("&Send"), this);
    m_sendAction->setObjectName(u"sendAction"_s);
    m_sendAction->setShortcuts(
            { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    m_sendAction->setShortcutContext(Qt::WindowShortcut);
    m_sendAction->setStatusTip(tr("Call the selected revision with this request"));
    m_sendAction->setToolTip(tr("Send the request (Ctrl+Enter)"));
    connect(m_sendAction, &QAction::triggered, this, &RequestPage::send);

    m_cancelAction = new QAction(QIcon(u":/icons/cancel.svg"_s), tr("&Cancel"), this);
    m_cancelAction->setObjectName(u"cancelAction"_s);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WindowShortcut);
    m_cancelAction->setStatusTip(tr("Stop the running call"));
    m_cancelAction->setToolTip(tr("Cancel the running call (Esc)"));
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, &RequestPage::cancel);

    m_streamAction = new QAction(QIcon(u":/icons/stream.svg"_s), tr("S&tream"), this);
    m_streamAction->setObjectName(u"streamAction"_s);
    m_streamAction->setCheckable(true);
    m_streamAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_streamAction->setStatusTip(
            tr("Use the streaming endpoint and show the answer as it arrives"));
}

void RequestPage::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_picker = new FunctionPicker(m_context.client, this);
    layout->addWidget(m_picker);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(u"mainSplitter"_s);
    m_mainSplitter->setChildrenCollapsible(false);
    // The request and its answer keep the room; docks get what is left.
    m_mainSplitter->setMinimumHeight(420);

    m_workSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_workSplitter->setObjectName(u"workSplitter"_s);
    m_revisionInfo = new RevisionInfoPanel(m_workSplitter);
    auto *requestSide = new QWidget(m_workSplitter);
    auto *requestLayout = new QVBoxLayout(requestSide);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    m_form = new RequestForm(requestSide);
    requestLayout->addWidget(m_form, 1);
    requestLayout->addWidget(
            new SendBar(m_sendAction, m_cancelAction, m_streamAction, requestSide));
    m_workSplitter->setStretchFactor(1, 1);

    m_results = new ResultsView(m_context.client, m_mainSplitter);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 1);
    layout->addWidget(m_mainSplitter, 1);
}

void RequestPage::wire()
{
    connect(m_picker, &FunctionPicker::detailsLoaded, this, &RequestPage::onDetailsLoaded);
    connect(m_picker, &FunctionPicker::revisionCreatedAtChanged, m_revisionInfo,
            &RevisionInfoPanel::setRevisionCreatedAt);
    connect(m_picker, &FunctionPicker::idsChanged, this, [this] {
        if (!m_picker->details()) {
            m_revisionInfo->clear();
            m_form->setInputSchema(std::nullopt);
            m_outputSchema.reset();
        }
    });
    connect(m_results, &ResultsView::statusMessage, this,
            [this](const QString &message) { Q_EMIT statusMessage(message, 4000); });
    connect(m_controller, &CallController::started, this, &RequestPage::onCallStarted);
    connect(m_controller, &CallController::streamUpdated, m_results,
            &ResultsView::applyStreamUpdate);
    connect(m_controller, &CallController::finished, this, &RequestPage::onCallFinished);
    // Every finished call is kept, failed ones too.
    connect(m_controller, &CallController::finished, m_context.history,
            &HistoryService::recordCall);

    // Any edit of what a preset holds.
    connect(m_form, &RequestForm::changed, this, &RequestPage::edited);
    connect(m_picker, &FunctionPicker::idsChanged, this, &RequestPage::edited);
    connect(m_streamAction, &QAction::toggled, this, &RequestPage::edited);
}

void RequestPage::onDetailsLoaded(const FunctionDetails &details)
{
    m_revisionInfo->setDetails(details);
    m_form->setInputSchema(details.inputSchema);
    m_outputSchema = details.outputSchema;
}

void RequestPage::send()
{
    if (m_controller->isRunning() || (m_gate && !m_gate())) {
        return;
    }
    if (!confirmBudget()) {
        Q_EMIT callStatusChanged(tr("Not sent: over budget"));
        return;
    }
    const QList<ApiError> problems
            = m_controller->send(draft(), m_streamAction->isChecked(), callContext());
    if (!problems.isEmpty()) {
        showProblems(problems);
    }
}

bool RequestPage::confirmBudget()
{
    return m_context.budget == nullptr || confirmSendOverBudget(this, m_context.budget->state());
}

void RequestPage::cancel()
{
    m_controller->cancel();
}

void RequestPage::showProblems(const QList<ApiError> &problems)
{
    Q_EMIT callStatusChanged(tr("Not sent: %n problem(s) to fix. %1", nullptr, int(problems.size()))
                                     .arg(problems.constFirst().summary()));
    QList<ApiError> formProblems;
    for (const ApiError &problem : problems) {
        if (problem.field == u"function_id"_s || problem.field == u"revision_id"_s) {
            m_picker->setFocus();
        } else {
            formProblems.append(problem);
        }
    }
    if (!formProblems.isEmpty()) {
        m_form->showProblems(formProblems);
    }
}

void RequestPage::onCallStarted(bool streamed)
{
    m_results->beginCall(streamed);
    replacedShown(0);
    m_sendAction->setEnabled(false);
    m_cancelAction->setEnabled(true);
    m_runningTicker.start();
    Q_EMIT callStatusChanged(formatRunning(0, 0));
}

void RequestPage::onCallFinished(const CallResult &result)
{
    m_runningTicker.stop();
    m_sendAction->setEnabled(true);
    m_cancelAction->setEnabled(false);
    m_results->showResult(result, m_outputSchema);
    replacedShown(result.body.size());
    if (const auto &cost = result.response.cost; cost && cost->total && m_context.budget) {
        m_context.budget->addSpend(*cost->total);
    }
    Q_EMIT callStatusChanged(formatCallSummary(result));
}

void RequestPage::showResult(const CallResult &result)
{
    m_results->showResult(result, std::nullopt);
    replacedShown(result.body.size());
}

void RequestPage::replacedShown(qsizetype bodyBytes)
{
    if (m_shownBytes >= LargeResultBytes) {
        releaseFreedMemory();
    }
    m_shownBytes = bodyBytes;
}

CallContext RequestPage::callContext() const
{
    return { m_picker->functionName(), revisionLabel(),
             m_context.session ? m_context.session->currentName() : QString(),
             m_context.client->baseUrl() };
}

void RequestPage::setDraft(const CallDraft &draft, const QString &functionName)
{
    m_picker->setIds(draft.functionId, draft.revisionId, functionName);
    m_form->setDraft(draft);
}

CallDraft RequestPage::draft() const
{
    CallDraft draft = m_form->draft();
    draft.functionId = m_picker->functionId();
    draft.revisionId = m_picker->revisionId();
    return draft;
}

Preset RequestPage::currentPreset() const
{
    Preset preset;
    preset.request = draft();
    preset.stream = m_streamAction->isChecked();
    preset.functionName = m_picker->functionName();
    preset.revisionLabel = revisionLabel();
    return preset;
}

void RequestPage::applyPreset(const Preset &preset)
{
    setDraft(preset.request, preset.functionName);
    m_streamAction->setChecked(preset.stream);
}

QString RequestPage::revisionLabel() const
{
    const QDateTime created = m_picker->revisionCreatedAt();
    return created.isValid() ? formatLocalTime(created, QLocale::ShortFormat) : QString();
}

void RequestPage::restoreState(Settings *settings)
{
    const RequestPageSettings keys(settings);
    m_mainSplitter->restoreState(keys.mainSplitter.get());
    m_workSplitter->restoreState(keys.workSplitter.get());
    m_revisionInfo->setExpanded(keys.revisionInfoExpanded.get());
    m_streamAction->setChecked(keys.stream.get());
    const QString functionId = keys.functionId.get();
    if (!functionId.isEmpty()) {
        m_picker->setIds(functionId, keys.revisionId.get(), keys.functionName.get());
    }
}

void RequestPage::saveState(Settings *settings, bool rememberFunction) const
{
    RequestPageSettings keys(settings);
    keys.mainSplitter.set(m_mainSplitter->saveState());
    keys.workSplitter.set(m_workSplitter->saveState());
    keys.revisionInfoExpanded.set(m_revisionInfo->isExpanded());
    keys.stream.set(m_streamAction->isChecked());
    if (rememberFunction) {
        keys.functionId.set(m_picker->functionId());
        keys.revisionId.set(m_picker->revisionId());
        keys.functionName.set(m_picker->details() ? m_picker->details()->name : QString());
    }
}

} // namespace callpad
