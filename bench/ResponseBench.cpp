#include "bench/ResponseBench.h"

#include "bench/BenchClock.h"
#include "bench/PayloadGenerator.h"
#include "bench/ProcessMemory.h"

#include "app/Workbench.h"
#include "core/history/HistoryService.h"
#include "gui/results/ErrorBanner.h"
#include "gui/window/CallController.h"
#include "gui/window/HistoryDock.h"
#include "gui/window/MainWindow.h"

#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace callpad::bench {

namespace {
// How long the window must go without a 20 ms stall before a scenario counts as settled.
constexpr qint64 QuietUs = 500'000;
// Generous: before issue 9, 20 MB took up to 14 s; a message in Markdown could take longer.
constexpr int VisibleTimeoutMs = 300'000;
constexpr int SettleTimeoutMs = 60'000;

void complain(const QString &message)
{
    QTextStream(stderr) << "callpad-bench-responses: " << message << '\n';
}
} // namespace

ResponseBench::Sizes ResponseBench::fullSizes()
{
    constexpr qsizetype KiB = 1024;
    constexpr qsizetype MiB = KiB * KiB;
    return { KiB, { 10 * KiB, MiB, 5 * MiB, 20 * MiB }, 20 * MiB, 10 };
}

ResponseBench::Sizes ResponseBench::tinySizes()
{
    constexpr qsizetype KiB = 1024;
    return { KiB, { 2 * KiB, 4 * KiB, 6 * KiB, 8 * KiB }, 8 * KiB, 3 };
}

ResponseBench::ResponseBench(Sizes sizes) : m_sizes(std::move(sizes)) { }

bool ResponseBench::start()
{
    if (!m_server.start()) {
        complain(u"the loopback server could not listen"_s);
        return false;
    }
    if (!m_window.show()) {
        complain(u"the window was never shown"_s);
        return false;
    }
    QObject::connect(m_window.workbench()->history(), &HistoryService::recorded, m_window.window(),
                     [this](qint64 id) { m_recorded.append(id); });
    m_window.prepareCall(m_server.port());
    const Measured idle
            = call(PayloadGenerator::callResponse({}, PayloadGenerator::jsonPayload(m_sizes.small)),
                   Pane::Payload);
    if (!idle.ok) {
        complain(u"the first small call was never shown"_s);
        return false;
    }
    m_idleMiB = idle.settledMiB;
    return true;
}

ResponseBench::Measured ResponseBench::show(Pane pane, bool switchTab, Source source,
                                            const std::function<void()> &act)
{
    ResultsView *results = m_window.results();
    m_deliveryFailed = false;
    QObject context;
    const auto delivered = [this, results, pane, switchTab] {
        if (results->errorBanner()->isShowing()) {
            m_deliveryFailed = true;
            return;
        }
        if (switchTab) {
            results->setCurrentTab(PaneAdapter::tab(pane));
        }
        m_watch.setDelivered();
    };
    // Connected after the window's own handlers, so the panes already have the result.
    if (source == Source::Call) {
        QObject::connect(m_window.window()->controller(), &CallController::finished, &context,
                         delivered);
    } else {
        QObject::connect(m_window.historyDock(), &HistoryDock::showResult, &context, delivered);
    }
    const qsizetype recordedBefore = m_recorded.size();

    Measured measured;
    ProcessMemory::resetPeak();
    m_heartbeat.reset();
    measured.startUs = nowUs();
    m_watch.arm(PaneAdapter::pane(results, pane),
                [results, pane] { return PaneAdapter::isTextShown(results, pane); });
    act();
    measured.ok = waitFor([this] { return m_watch.visibleUs() != 0 || m_deliveryFailed; },
                          VisibleTimeoutMs)
            && !m_deliveryFailed;
    measured.visibleUs = m_watch.visibleUs();
    m_watch.disarm();
    if (source == Source::Call) {
        measured.lastByteUs = m_server.lastByteUs();
        // The call's history write belongs to this scenario, not to the next one.
        waitFor([this, recordedBefore] { return m_recorded.size() > recordedBefore; },
                SettleTimeoutMs);
    }
    settle(std::max(measured.startUs, measured.visibleUs), measured);
    return measured;
}

ResponseBench::Measured ResponseBench::interact(const std::function<void()> &act)
{
    Measured measured;
    ProcessMemory::resetPeak();
    m_heartbeat.reset();
    measured.startUs = nowUs();
    act();
    measured.ok = true;
    settle(nowUs(), measured);
    return measured;
}

void ResponseBench::settle(qint64 sinceUs, Measured &measured)
{
    waitFor(
            [this, sinceUs] {
                const qint64 now = nowUs();
                return now - std::max(sinceUs, m_heartbeat.lastStallEndUs()) >= QuietUs;
            },
            SettleTimeoutMs);
    measured.stallMs = m_heartbeat.longestStallMs();
    measured.peakMiB = ProcessMemory::peakMiB();
    measured.settledMiB = ProcessMemory::residentMiB();
}

ResponseBench::Measured ResponseBench::call(const QByteArray &body, Pane pane, bool switchTab)
{
    m_server.setCallBody(body);
    Measured measured = show(pane, switchTab, Source::Call, [this] { m_window.clickSend(); });
    // The server's copy is not the window's memory: drop it before reading the settled size.
    m_server.setCallBody({});
    measured.settledMiB = ProcessMemory::residentMiB();
    return measured;
}

BenchRow ResponseBench::callRow(const QString &scenario, qsizetype bytes, const Measured &measured,
                                const QString &note)
{
    BenchRow row;
    row.scenario = scenario;
    row.size = sizeLabel(bytes);
    row.failed = !measured.ok;
    if (measured.ok && measured.visibleUs > 0) {
        const qint64 from = measured.lastByteUs > 0 ? measured.lastByteUs : measured.startUs;
        row.visibleMs = double(measured.visibleUs - from) / 1000.0;
    }
    row.stallMs = measured.stallMs;
    row.peakMiB = measured.peakMiB;
    row.settledMiB = measured.settledMiB;
    row.note = note;
    return row;
}

qint64 ResponseBench::recordedId(int index) const
{
    return index >= 0 && index < m_recorded.size() ? m_recorded.at(index) : 0;
}

} // namespace callpad::bench
