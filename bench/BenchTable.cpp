#include "bench/BenchTable.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace callpad::bench {

namespace {

QString number(const std::optional<double> &value, int decimals = 0)
{
    return value ? QString::number(*value, 'f', decimals) : u"—"_s;
}

QStringList headers()
{
    return { u"Scenario"_s,
             u"Size"_s,
             u"Last byte → visible (ms)"_s,
             u"Longest stall (ms)"_s,
             u"Peak (MB)"_s,
             u"Settled (MB)"_s,
             u"Note"_s };
}

QStringList cells(const BenchRow &row)
{
    return { row.scenario,
             row.size,
             row.failed ? u"FAILED"_s : number(row.visibleMs),
             number(row.stallMs),
             number(row.peakMiB),
             number(row.settledMiB),
             row.note };
}

} // namespace

QString sizeLabel(qsizetype bytes)
{
    if (bytes >= qsizetype(1024) * 1024) {
        return u"%1 MB"_s.arg(QString::number(double(bytes) / (1024.0 * 1024.0), 'g', 3));
    }
    return u"%1 KB"_s.arg(QString::number(double(bytes) / 1024.0, 'g', 3));
}

QString plainTable(const QList<BenchRow> &rows)
{
    QList<QStringList> lines { headers() };
    for (const BenchRow &row : rows) {
        lines.append(cells(row));
    }
    QList<qsizetype> widths(headers().size(), 0);
    for (const QStringList &line : std::as_const(lines)) {
        for (qsizetype column = 0; column < line.size(); ++column) {
            widths[column] = std::max(widths[column], line.at(column).size());
        }
    }
    QString out;
    for (const QStringList &line : std::as_const(lines)) {
        QStringList padded;
        for (qsizetype column = 0; column < line.size(); ++column) {
            // Text columns left, numbers right, as a reader scans them.
            const bool text = column < 2 || column == line.size() - 1;
            padded.append(text ? line.at(column).leftJustified(widths[column])
                               : line.at(column).rightJustified(widths[column]));
        }
        out += padded.join(u"  "_s).trimmed() + u'\n';
    }
    return out;
}

QString markdownTable(const QList<BenchRow> &rows)
{
    QString out = u"| "_s + headers().join(u" | "_s) + u" |\n|---|---|--:|--:|--:|--:|---|\n"_s;
    for (const BenchRow &row : rows) {
        out += u"| "_s + cells(row).join(u" | "_s) + u" |\n"_s;
    }
    return out;
}

} // namespace callpad::bench
