#pragma once

#include "cli/CliOptions.h"

class QCommandLineParser;

namespace callpad {

// The flags of `callpad-cli history` and `callpad-cli costs`, and the history flags every
// command shares (--history-file, --no-history).
void addHistoryFileOptions(QCommandLineParser &parser);
void readHistoryFileOptions(const QCommandLineParser &parser, CliOptions &options);
void parseHistoryCommand(QCommandLineParser &parser, const QStringList &arguments, bool costs,
                         CliParse &result);

} // namespace callpad
