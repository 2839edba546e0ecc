#pragma once

#include "bench/BenchServer.h"
#include "bench/BenchTable.h"
#include "bench/BenchWindow.h"
#include "bench/Heartbeat.h"
#include "bench/PaintWatch.h"
#include "bench/PaneAdapter.h"

#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace callpad::bench {

// The response benchmarks of issue 9: the real window against a loopback server answering with
// payloads and messages of growing size, each scenario measured from the user's action (or the
// server's last byte) until the window has drawn the text and gone quiet again.
class ResponseBench
{
public:
    struct Sizes
    {
        qsizetype small; // the "small call" the idle and after-figures are taken with
        QList<qsizetype> payloads; // json_payload in the Payload tab, smallest first
        qsizetype large; // the raw, message, history, interaction and repeat scenarios
        int repeats;
    };
    static Sizes fullSizes();
    static Sizes tinySizes();
    // The scenario groups, in the order they run; `only` picks some of them.
    static QStringList groupNames();

    explicit ResponseBench(Sizes sizes);

    // Starts the server, shows the window and takes the idle figure; false (and why, on
    // stderr) when any of that failed.
    bool start();
    // Runs the groups in `only` (all when empty); every measured line, in order.
    QList<BenchRow> run(const QSet<QString> &only);
    // See Heartbeat::traceStallsFrom().
    void traceStallsFrom(int ms) { m_heartbeat.traceStallsFrom(ms); }

private:
    enum class Source { Call, History };
    struct Measured
    {
        bool ok = false;
        qint64 startUs = 0;
        qint64 visibleUs = 0;
        qint64 lastByteUs = 0; // when the server finished writing the answer; 0 for no call
        double stallMs = 0;
        double peakMiB = 0;
        double settledMiB = 0;
    };

    // One call (or one history selection) shown in `pane`; `switchTab` switches to the pane's
    // tab when the result arrives, as a user would for a tab the window did not pick.
    Measured show(Pane pane, bool switchTab, Source source, const std::function<void()> &act);
    // One user action on the text already shown.
    Measured interact(const std::function<void()> &act);
    void settle(qint64 sinceUs, Measured &measured);
    Measured call(const QByteArray &body, Pane pane, bool switchTab = false);
    BenchRow callRow(const QString &scenario, qsizetype bytes, const Measured &measured,
                     const QString &note = {});
    qint64 recordedId(int index) const;

    void runPayloads(QList<BenchRow> &rows);
    void runInteractions(QList<BenchRow> &rows, Pane pane);
    void runRaw(QList<BenchRow> &rows);
    void runMessage(QList<BenchRow> &rows);
    void runHistory(QList<BenchRow> &rows);
    void runRepeat(QList<BenchRow> &rows);

    Sizes m_sizes;
    BenchServer m_server;
    Heartbeat m_heartbeat;
    PaintWatch m_watch;
    BenchWindow m_window;
    QList<qint64> m_recorded; // history ids of the calls, in the order they were recorded
    bool m_deliveryFailed = false;
    double m_idleMiB = 0;
};

} // namespace callpad::bench
