#include "gui/window/HistoryDock.h"

#include "core/history/HistoryEntry.h"
#include "core/history/HistoryFilter.h"
#include "core/history/HistoryService.h"
#include "gui/common/LocalTime.h"
#include "gui/costs/CostPane.h"
#include "gui/history/HistoryCallsView.h"
#include "gui/history/HistoryFilterBar.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace callpad {

HistoryDock::HistoryDock(HistoryService *history, QWidget *parent)
    : QDockWidget(tr("History"), parent), m_history(history)
{
    setObjectName(u"historyDockWidget"_s);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_problem = new QLabel(body);
    m_problem->setObjectName(u"historyProblemLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_filterBar = new HistoryFilterBar(m_history, body);
    m_tabs = new QTabWidget(body);
    m_tabs->setObjectName(u"historyTabWidget"_s);
    // The chart and tables would otherwise claim a tall minimum and make the window taller
    // than a laptop screen; they scroll or shrink instead.
    m_tabs->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_tabs->setMinimumHeight(140);
    m_calls = new HistoryCallsView(m_history, m_tabs);
    m_costs = new CostPane(m_history, m_tabs);
    m_tabs->addTab(m_calls, tr("Calls"));
    m_tabs->addTab(m_costs, tr("Costs"));
    layout->addWidget(m_problem);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_tabs, 1);
    setWidget(body);

    connect(m_filterBar, &HistoryFilterBar::filterChanged, this, &HistoryDock::applyFilter);
    connect(m_calls, &HistoryCallsView::entrySelected, this, &HistoryDock::showEntry);
    connect(m_calls, &HistoryCallsView::restoreRequested, this, &HistoryDock::restoreEntry);
    connect(m_calls, &HistoryCallsView::failed, this, &HistoryDock::statusMessage);
    connect(m_history, &HistoryService::openFailed, this, &HistoryDock::showProblem);
    if (m_history->state() == HistoryService::State::Failed) {
        showProblem(m_history->openError());
    }
    applyFilter();
}

HistoryDock::~HistoryDock() = default;

void HistoryDock::showProblem(const QString &error)
{
    m_problem->setText(tr("The history could not be opened: %1").arg(error));
    m_problem->show();
    m_filterBar->hide();
    m_tabs->hide();
}

void HistoryDock::applyFilter()
{
    const HistoryFilter filter = m_filterBar->filter();
    m_calls->setFilter(filter);
    m_costs->setFilter(filter);
}

namespace {

// What the history thread makes of a stored call for each use; only this crosses threads.
struct ShownCall
{
    CallResult result;
    QDateTime time;
};

struct RestoredCall
{
    CallDraft draft;
    QString functionName;
    bool stream = false;
};

} // namespace

template<typename Value, typename Use> auto HistoryDock::whenFound(Use use)
{
    return [this, use = std::move(use)](const Result<std::optional<Value>> &answer) {
        if (!answer) {
            Q_EMIT statusMessage(tr("Cannot read the call: %1").arg(answer.error()));
        } else if (!answer->has_value()) {
            Q_EMIT statusMessage(tr("That call is no longer in the history"));
        } else {
            use(**answer);
        }
    };
}

void HistoryDock::showEntry(qint64 id)
{
    m_history->readEntry(
            id, this,
            [](const HistoryEntry &entry) {
                return ShownCall { toCallResult(entry), entry.time };
            },
            m_shown.wrap(whenFound<ShownCall>([this](const ShownCall &shown) {
                Q_EMIT showResult(shown.result);
                Q_EMIT statusMessage(tr("Showing the call of %1 from the history")
                                             .arg(formatLocalTime(shown.time.toLocalTime(),
                                                                  QLocale::ShortFormat)));
            })));
}

void HistoryDock::restoreEntry(qint64 id)
{
    m_history->readEntry(
            id, this,
            [](const HistoryEntry &entry) {
                return RestoredCall { callpad::restoreDraft(entry), entry.functionName,
                                      entry.stream };
            },
            whenFound<RestoredCall>([this](const RestoredCall &restored) {
                Q_EMIT restoreDraft(restored.draft, restored.functionName, restored.stream);
                Q_EMIT statusMessage(tr("Restored the request into the form"));
            }));
}

} // namespace callpad
