#include "BudgetIndicator.h"

#include "BudgetDialog.h"
#include "CostQuery.h"
#include "Palette.h"
#include "history/HistoryStore.h"

#include <QFutureWatcher>
#include <QMetaMethod>
#include <QMouseEvent>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

constexpr int ChangeDelayMs = 250;
constexpr int ClockIntervalMs = 60 * 1000;

struct SpendResult
{
    std::optional<Spend> spend;
    QString error;
};

} // namespace

BudgetIndicator::BudgetIndicator(HistoryStore *store, QWidget *parent)
    : QLabel(parent), m_store(store), m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(u"budgetIndicatorLabel"_s);
    setCursor(Qt::PointingHandCursor);
    setStatusTip(tr("Spend against your budget; click to change the budget"));

    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(ChangeDelayMs);
    connect(&m_changeTimer, &QTimer::timeout, this, &BudgetIndicator::refresh);
    m_clockTimer.setInterval(ClockIntervalMs);
    connect(&m_clockTimer, &QTimer::timeout, this, &BudgetIndicator::refresh);
    if (m_store != nullptr) {
        connect(m_store, &HistoryStore::changed, &m_changeTimer, qOverload<>(&QTimer::start));
    }
    m_clockTimer.start();
    showSpend({});
    refresh();
}

BudgetIndicator::~BudgetIndicator() = default;

void BudgetIndicator::setBudget(const Budget &budget)
{
    m_state = evaluate(m_spend, budget);
    showState();
}

void BudgetIndicator::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    refresh();
}

void BudgetIndicator::setClock(std::function<QDateTime()> now)
{
    if (now) {
        m_now = std::move(now);
    }
    refresh();
}

void BudgetIndicator::showSpend(const Spend &spend)
{
    m_spend = spend;
    m_state = evaluate(spend, m_state.budget);
    showState();
}

void BudgetIndicator::refresh()
{
    if (m_store == nullptr || !m_store->isOpen()) {
        return;
    }
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<SpendResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation) {
            return;
        }
        m_shownGeneration = generation;
        const SpendResult result = watcher->result();
        if (result.spend) {
            showSpend(*result.spend);
        } else {
            setToolTip(tr("Cannot read today's spend: %1").arg(result.error));
        }
    });
    watcher->setFuture(QtConcurrent::run(
            [location = HistoryLocation::of(*m_store), now = m_now(), zone = m_zone] {
                SpendResult result;
                result.spend = querySpend(location, now, zone, &result.error);
                return result;
            }));
}

void BudgetIndicator::showState()
{
    setText(m_state.shortSummary());
    QString tip = m_state.summary();
    if (m_state.over()) {
        tip += u'\n' + tr("The budget is reached: Callpad asks before sending another call.");
    } else if (m_state.near()) {
        tip += u'\n' + tr("Over 80% of the budget is spent.");
    }
    setToolTip(tip + u'\n' + tr("Click to change the budget."));
    applyTint();
    Q_EMIT stateChanged(m_state);
}

void BudgetIndicator::applyTint()
{
    m_tinting = true;
    // An empty palette inherits everything, so the label follows a theme change; only the text
    // colour is set when the spend needs attention.
    QPalette tinted;
    const QColor background = parentWidget() != nullptr
            ? parentWidget()->palette().color(QPalette::Window)
            : QPalette().color(QPalette::Window);
    if (m_state.over()) {
        tinted.setColor(QPalette::WindowText, errorColor(background));
    } else if (m_state.near()) {
        tinted.setColor(QPalette::WindowText, warningColor(background));
    }
    setPalette(tinted);
    m_tinting = false;
}

BudgetDialog *BudgetIndicator::openBudgetDialog()
{
    auto *dialog = new BudgetDialog(this);
    dialog->setObjectName(u"budgetDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setBudget(m_state.budget);
    dialog->setSpend(m_spend);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        setBudget(dialog->budget());
        Q_EMIT budgetChanged(m_state.budget);
    });
    dialog->open();
    return dialog;
}

void BudgetIndicator::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        event->accept();
        Q_EMIT clicked();
        if (!isSignalConnected(QMetaMethod::fromSignal(&BudgetIndicator::clicked))) {
            openBudgetDialog();
        }
        return;
    }
    QLabel::mouseReleaseEvent(event);
}

void BudgetIndicator::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::ParentChange
        || (event->type() == QEvent::PaletteChange && !m_tinting)) {
        applyTint();
    }
}

} // namespace callpad
