#include "bench/BenchWindow.h"

#include "app/Workbench.h"
#include "core/protocol/CallRequest.h"
#include "gui/picker/ConnectionBar.h"
#include "gui/results/ResultsView.h"
#include "gui/settings/Settings.h"
#include "gui/window/MainWindow.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QPushButton>
#include <QUrl>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace callpad::bench {

namespace {
// Any well-formed ids: the benchmark server answers every call the same way.
const auto FunctionId = u"0f0b0e0c-0000-4000-8000-00000000be01"_s;
const auto RevisionId = u"0e0b0e0c-0000-4000-8000-00000000be02"_s;
} // namespace

BenchWindow::BenchWindow()
{
    m_settings = std::make_unique<Settings>(m_dir.filePath(u"callpad.ini"_s));
    m_workbench = std::make_unique<Workbench>(m_settings.get(), AppPaths::inFolder(m_dir.path()));
    m_window = std::make_unique<MainWindow>(m_workbench->context());
}

// The window goes before the services it was given (Workbench's rule).
BenchWindow::~BenchWindow()
{
    m_window.reset();
    m_workbench.reset();
}

bool BenchWindow::show()
{
    m_window->show();
    return waitFor(
            [this] {
                return m_window->isVisible() && m_window->windowHandle() != nullptr
                        && m_window->windowHandle()->isExposed();
            },
            10000);
}

void BenchWindow::prepareCall(quint16 port)
{
    auto *connection = m_window->findChild<ConnectionBar *>();
    connection->setBaseUrl(QUrl(u"http://127.0.0.1:%1/v2"_s.arg(port)));
    connection->setApiKey(u"bench"_s);
    CallDraft draft;
    draft.functionId = FunctionId;
    draft.revisionId = RevisionId;
    draft.inputText = u"{\"topic\": \"benchmark\"}"_s;
    m_window->setDraft(draft);
}

void BenchWindow::clickSend()
{
    m_window->findChild<QPushButton *>(u"sendPushButton"_s)->click();
}

ResultsView *BenchWindow::results() const
{
    return m_window->findChild<ResultsView *>();
}

HistoryDock *BenchWindow::historyDock() const
{
    return m_window->historyDock();
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired()) {
            return false;
        }
        // The heartbeat ticks every 5 ms, so this never sleeps long.
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

} // namespace callpad::bench
