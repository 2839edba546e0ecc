#pragma once

#include <QtGlobal>

// The resident memory of this process as Linux reports it in /proc/self, in MiB.
namespace callpad::bench::ProcessMemory {

// Resets the kernel's high-water mark (VmHWM) to the current resident size, so the next
// peakMiB() is the peak of what ran in between. False when the kernel refused (then the peak
// is the peak since start).
bool resetPeak();
double peakMiB(); // VmHWM
double residentMiB(); // VmRSS

} // namespace callpad::bench::ProcessMemory
