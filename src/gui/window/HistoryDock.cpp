#include "HistoryDock.h"

#include "CallRecorder.h"
#include "costs/CostPane.h"
#include "history/HistoryCallsView.h"
#include "history/HistoryEntry.h"
#include "history/HistoryFilterBar.h"
#include "history/HistoryStore.h"
#include "history/HistoryTableModel.h"
#include "picker/LocalTime.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace callpad {

HistoryDock::HistoryDock(const QString &databasePath, QWidget *parent)
    : QDockWidget(tr("History"), parent), m_store(new HistoryStore(this)),
      m_recorder(new CallRecorder(m_store, this))
{
    setObjectName(u"historyDockWidget"_s);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    if (!m_store->open(databasePath)) {
        // Calls still work; the user learns why nothing is kept.
        auto *problem = new QLabel(
                tr("The history could not be opened: %1").arg(m_store->lastError()), body);
        problem->setObjectName(u"historyProblemLabel"_s);
        problem->setWordWrap(true);
        layout->addWidget(problem);
        setWidget(body);
        return;
    }
    m_filterBar = new HistoryFilterBar(m_store, body);
    m_tabs = new QTabWidget(body);
    m_tabs->setObjectName(u"historyTabWidget"_s);
    // The chart and tables would otherwise claim a tall minimum and make the window taller
    // than a laptop screen; they scroll or shrink instead.
    m_tabs->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_tabs->setMinimumHeight(140);
    m_calls = new HistoryCallsView(m_store, m_tabs);
    m_costs = new CostPane(m_store, m_tabs);
    m_tabs->addTab(m_calls, tr("Calls"));
    m_tabs->addTab(m_costs, tr("Costs"));
    layout->addWidget(m_filterBar);
    layout->addWidget(m_tabs, 1);
    setWidget(body);

    connect(m_filterBar, &HistoryFilterBar::filterChanged, this, &HistoryDock::applyFilter);
    connect(m_calls, &HistoryCallsView::entrySelected, this, &HistoryDock::showEntry);
    connect(m_calls, &HistoryCallsView::restoreRequested, this, &HistoryDock::restoreEntry);
    connect(m_calls, &HistoryCallsView::failed, this, &HistoryDock::statusMessage);
    connect(m_calls, &HistoryCallsView::retentionChosen, this, [this](const Retention &retention) {
        m_recorder->setRetention(retention);
        Q_EMIT retentionChanged(retention);
    });
    applyFilter();

    // The CLI (or another window) writes the same file; the list notices its commits.
    connect(m_calls->model(), &HistoryTableModel::externallyChanged, this, [this] {
        m_filterBar->refreshFacets();
        m_costs->setFilter(m_filterBar->filter());
    });
}

HistoryDock::~HistoryDock() = default;

void HistoryDock::applyFilter()
{
    const HistoryFilter filter = m_filterBar->filter();
    m_calls->setFilter(filter);
    m_costs->setFilter(filter);
}

} // namespace callpad

namespace callpad {

bool HistoryDock::showEntry(qint64 id)
{
    const auto entry = m_store->entry(id);
    if (!entry) {
        Q_EMIT statusMessage(tr("That call is no longer in the history"));
        return false;
    }
    Q_EMIT showResult(toCallResult(*entry));
    Q_EMIT statusMessage(
            tr("Showing the call of %1 from the history")
                    .arg(formatLocalTime(entry->time.toLocalTime(), QLocale::ShortFormat)));
    return true;
}

bool HistoryDock::restoreEntry(qint64 id)
{
    const auto entry = m_store->entry(id);
    if (!entry) {
        Q_EMIT statusMessage(tr("That call is no longer in the history"));
        return false;
    }
    Q_EMIT restoreDraft(callpad::restoreDraft(*entry), entry->functionName, entry->stream);
    Q_EMIT statusMessage(tr("Restored the request into the form"));
    return true;
}

} // namespace callpad
