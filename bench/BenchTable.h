#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace callpad::bench {

// One line of the results: what was measured, and what could not be (empty optionals print "—").
struct BenchRow
{
    QString scenario;
    QString size;
    std::optional<double> visibleMs; // last byte (or the user's action) → text painted
    std::optional<double> stallMs; // longest GUI-thread stall from the action until quiet
    std::optional<double> peakMiB; // VmHWM over the scenario
    std::optional<double> settledMiB; // VmRSS once the window has gone quiet
    QString note;
    bool failed = false; // the scenario could not run (no answer, text never visible)
};

// "10 KB", "1 MB", "20 MB" (binary units: the benchmark's sizes are powers of two).
QString sizeLabel(qsizetype bytes);

// The rows as an aligned plain-text table, or as a Markdown table.
QString plainTable(const QList<BenchRow> &rows);
QString markdownTable(const QList<BenchRow> &rows);

} // namespace callpad::bench
