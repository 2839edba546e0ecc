#pragma once

#include "cli/CliOptions.h"

#include <cstdio>

namespace callpad {

struct CallDraft;
struct CallResult;

// The CLI's side of the shared history: recording calls, and the history and costs commands.
namespace CliHistory {

// Records a finished call unless --no-history; a failure to record is reported on `err` but
// never changes the call's exit code.
void record(const CliOptions &options, const CallResult &result, const CallDraft &draft, FILE *err);

// Prints recorded calls or cost totals; returns the exit code.
int printHistory(const CliOptions &options, FILE *out, FILE *err);
int printCosts(const CliOptions &options, FILE *out, FILE *err);

} // namespace CliHistory
} // namespace callpad
