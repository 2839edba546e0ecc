// callpad-bench-responses: how the window copes with large responses (issue 9). Prints a table;
// it exits non-zero only when a scenario could not run, never because of a time.

#include "bench/ResponseBench.h"
#include "core/Memory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSet>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace callpad::bench;

int main(int argc, char *argv[])
{
    // As the callpad executable does, so the figures are the app's.
    callpad::keepLargeBlocksMapped();
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"callpad-bench-responses"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Drives the real Callpad window against a loopback server answering with large "
            "payloads and messages, and prints, per scenario: last byte to text visible, longest "
            "GUI-thread stall, peak and settled resident memory."_s);
    parser.addHelpOption();
    const QCommandLineOption tiny(u"tiny"_s, u"Run every scenario with a few KB (for ctest)."_s);
    const QCommandLineOption markdown(u"markdown"_s, u"Print the table as Markdown."_s);
    const QCommandLineOption only(u"only"_s,
                                  u"Run only these scenario groups (comma-separated): %1."_s.arg(
                                          ResponseBench::groupNames().join(u", "_s)),
                                  u"groups"_s);
    const QCommandLineOption traceStalls(
            u"trace-stalls"_s,
            u"Print every GUI-thread stall of at least MS milliseconds to stderr as it ends, "
            "timed on CLOCK_MONOTONIC as perf record is, to find it in a profile."_s,
            u"MS"_s);
    parser.addOptions({ tiny, markdown, only, traceStalls });
    parser.process(app);

    QSet<QString> groups;
    for (const QString &group : parser.value(only).split(u',', Qt::SkipEmptyParts)) {
        if (!ResponseBench::groupNames().contains(group.trimmed())) {
            QTextStream(stderr) << "callpad-bench-responses: no scenario group " << group << '\n';
            return 2;
        }
        groups.insert(group.trimmed());
    }

    ResponseBench bench(parser.isSet(tiny) ? ResponseBench::tinySizes()
                                           : ResponseBench::fullSizes());
    bench.traceStallsFrom(parser.value(traceStalls).toInt());
    if (!bench.start()) {
        return 1;
    }
    const QList<BenchRow> rows = bench.run(groups);
    QTextStream out(stdout);
    out << (parser.isSet(markdown) ? markdownTable(rows) : plainTable(rows));
    out.flush();
    const bool anyFailed = std::any_of(rows.cbegin(), rows.cend(),
                                       [](const BenchRow &row) { return row.failed; });
    return anyFailed ? 1 : 0;
}
