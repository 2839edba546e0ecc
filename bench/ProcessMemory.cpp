#include "bench/ProcessMemory.h"

#include <QByteArray>
#include <QFile>
#include <QList>

namespace callpad::bench::ProcessMemory {

namespace {

// A "Name:   1234 kB" line of /proc/self/status, in MiB; -1 when it is not there.
double statusFieldMiB(const QByteArray &name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    // /proc files report a size of 0: readAll() reads to the end regardless, readLine() and
    // atEnd() would stop at once.
    const QByteArray prefix = name + ':';
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix)) {
            const QByteArray value = line.mid(prefix.size()).trimmed();
            return value.left(value.indexOf(' ')).toDouble() / 1024.0;
        }
    }
    return -1;
}

} // namespace

bool resetPeak()
{
    // "5" resets the peak resident size (proc(5), clear_refs).
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

double peakMiB()
{
    return statusFieldMiB("VmHWM");
}

double residentMiB()
{
    return statusFieldMiB("VmRSS");
}

} // namespace callpad::bench::ProcessMemory
