// The scenario groups of ResponseBench: what is sent, which pane is watched, what a row says.

#include "bench/PayloadGenerator.h"
#include "bench/ResponseBench.h"

#include "gui/history/HistoryCallsView.h"
#include "gui/history/HistoryTableModel.h"
#include "gui/window/HistoryDock.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QTableView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace callpad::bench {

namespace {
QByteArray payloadBody(qsizetype bytes)
{
    return PayloadGenerator::callResponse({}, PayloadGenerator::jsonPayload(bytes));
}
} // namespace

QStringList ResponseBench::groupNames()
{
    return { u"payload"_s, u"raw"_s, u"message"_s, u"history"_s, u"repeat"_s };
}

QList<BenchRow> ResponseBench::run(const QSet<QString> &only)
{
    const auto wanted
            = [&only](const QString &group) { return only.isEmpty() || only.contains(group); };
    QList<BenchRow> rows;
    if (wanted(u"payload"_s)) {
        runPayloads(rows);
    }
    if (wanted(u"raw"_s)) {
        runRaw(rows);
    }
    if (wanted(u"message"_s)) {
        runMessage(rows);
    }
    if (wanted(u"history"_s)) {
        runHistory(rows);
    }
    if (wanted(u"repeat"_s)) {
        runRepeat(rows);
    }
    return rows;
}

void ResponseBench::runPayloads(QList<BenchRow> &rows)
{
    for (const qsizetype bytes : std::as_const(m_sizes.payloads)) {
        rows.append(callRow(u"json_payload"_s, bytes, call(payloadBody(bytes), Pane::Payload)));
    }
    if (m_sizes.payloads.constLast() != m_sizes.large) {
        call(payloadBody(m_sizes.large), Pane::Payload);
    }
    runInteractions(rows, Pane::Payload);
}

void ResponseBench::runRaw(QList<BenchRow> &rows)
{
    rows.append(callRow(u"raw (Raw tab)"_s, m_sizes.large,
                        call(payloadBody(m_sizes.large), Pane::Raw, true)));
    runInteractions(rows, Pane::Raw);
}

void ResponseBench::runInteractions(QList<BenchRow> &rows, Pane pane)
{
    const ResultsView *results = m_window.results();
    const auto row = [this, pane](const QString &action, const Measured &measured) {
        BenchRow line = callRow(PaneAdapter::name(pane) + u": "_s + action, m_sizes.large, measured,
                                u"from the action"_s);
        line.visibleMs.reset();
        return line;
    };
    bool scrolled = false;
    BenchRow scroll = row(u"scroll to end"_s, interact([results, pane, &scrolled] {
                              scrolled = PaneAdapter::scrollToEnd(results, pane);
                          }));
    if (!scrolled) {
        // The text views changed and PaneAdapter was not re-pointed: say so, and fail.
        scroll.failed = true;
        scroll.note = u"no text view found (PaneAdapter::textView)"_s;
    }
    rows.append(scroll);
    rows.append(
            row(u"copy all"_s, interact([results, pane] { PaneAdapter::copyAll(results, pane); })));
    // The clipboard now owns the 20 MB text, as it should until the user copies something else;
    // emptied, so that the rows after this one measure the window and not the clipboard.
    QGuiApplication::clipboard()->clear();
    bool found = false;
    const Measured find = interact(
            [results, pane, &found] { found = PaneAdapter::findAll(results, pane, u"harbour"_s); });
    if (found) {
        rows.append(row(u"find all"_s, find));
    } else {
        BenchRow missing;
        missing.scenario = PaneAdapter::name(pane) + u": find all"_s;
        missing.size = sizeLabel(m_sizes.large);
        missing.note = u"n/a: the text view offers no find-all"_s;
        rows.append(missing);
    }
}

void ResponseBench::runMessage(QList<BenchRow> &rows)
{
    const QByteArray body
            = PayloadGenerator::callResponse(PayloadGenerator::messageString(m_sizes.large), {});
    rows.append(callRow(u"message"_s, m_sizes.large, call(body, Pane::Message)));
}

void ResponseBench::runHistory(QList<BenchRow> &rows)
{
    const qsizetype before = m_recorded.size();
    const Measured large = call(payloadBody(m_sizes.large), Pane::Payload);
    const qint64 largeId = recordedId(int(before));
    call(payloadBody(m_sizes.small), Pane::Payload);
    const qint64 smallId = recordedId(int(before) + 1);
    HistoryCallsView *calls = m_window.historyDock()->callsView();
    // A click on the call's row in the History list; the list is virtual, so wait for the row.
    const auto select = [calls](qint64 id) {
        int found = -1;
        waitFor(
                [calls, id, &found] {
                    const int count = std::min(calls->model()->rowCount(), 50);
                    for (int row = 0; row < count; ++row) {
                        if (calls->model()->idAt(row) == id) {
                            found = row;
                        }
                    }
                    return found >= 0;
                },
                10000);
        calls->tableView()->selectRow(found);
    };
    const auto note = u"from the click on the row"_s;
    if (!large.ok || largeId == 0 || smallId == 0) {
        BenchRow failed;
        failed.scenario = u"history → payload"_s;
        failed.size = sizeLabel(m_sizes.large);
        failed.failed = true;
        failed.note = u"the calls were not recorded"_s;
        rows.append(failed);
        return;
    }
    rows.append(callRow(
            u"history → payload"_s, m_sizes.large,
            show(Pane::Payload, false, Source::History, [&select, largeId] { select(largeId); }),
            note));
    show(Pane::Payload, false, Source::History, [&select, smallId] { select(smallId); });
    rows.append(callRow(
            u"history → raw"_s, m_sizes.large,
            show(Pane::Raw, true, Source::History, [&select, largeId] { select(largeId); }), note));
}

void ResponseBench::runRepeat(QList<BenchRow> &rows)
{
    QByteArray body = payloadBody(m_sizes.large);
    Measured first;
    Measured last;
    double worstStall = 0;
    double worstPeak = 0;
    bool allOk = true;
    for (int i = 0; i < m_sizes.repeats; ++i) {
        last = call(body, Pane::Payload);
        allOk = allOk && last.ok;
        worstStall = std::max(worstStall, last.stallMs);
        worstPeak = std::max(worstPeak, last.peakMiB);
        if (i == 0) {
            first = last;
        }
    }
    const QString times = u"×%1"_s.arg(m_sizes.repeats);
    rows.append(callRow(u"json_payload %1: 1st"_s.arg(times), m_sizes.large, first));
    BenchRow tenth = callRow(u"json_payload %1: last"_s.arg(times), m_sizes.large, last,
                             u"worst of all: stall %1 ms, peak %2 MB"_s.arg(worstStall, 0, 'f', 0)
                                     .arg(worstPeak, 0, 'f', 0));
    tenth.failed = !allOk;
    rows.append(tenth);
    // The benchmark's own copy of the body is not the window's memory.
    body = QByteArray();
    const Measured small = call(payloadBody(m_sizes.small), Pane::Payload);
    rows.append(callRow(u"next small call"_s, m_sizes.small, small,
                        u"idle was %1 MB"_s.arg(m_idleMiB, 0, 'f', 0)));
}

} // namespace callpad::bench
