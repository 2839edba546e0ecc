#pragma once

#include "core/client/ClientSettings.h"
#include "core/history/CostSeries.h"
#include "core/history/HistoryFilter.h"
#include "core/protocol/CallRequest.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace callpad {

// What a callpad-cli command line asks for, parsed and checked; nothing is sent yet.
struct CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(callpad::CliOptions)

public:
    enum class Command { Call, Functions, Revisions, History, Costs, Help, Version };
    enum class Output { Json, Text, Csv, Jsonl };

    Command command = Command::Help;
    Output output = Output::Json;
    ClientSettings settings;
    CallDraft draft; // call: the request as the user gave it (a preset, then flags)
    QString presetFile; // call --preset: the file the request came from
    QString presetName;
    QString presetBaseUrl; // the preset's base URL; --base-url still wins
    QString examplesFile; // call: loaded into draft.examples by the parser
    bool stream = false;
    QString saveImagesDir;
    QString nameFilter; // functions
    QString functionId; // revisions
    // Every call is recorded in the history the window shares, unless --no-history.
    bool recordHistory = true;
    QString historyFile; // --history-file, else the app's default database
    HistoryFilter historyFilter; // history, costs
    int historyLimit = 50; // history
    GroupBy costGroupBy = GroupBy::Function; // costs
    QString usageText; // help: the text to print
};

struct CliParse
{
    CliOptions options;
    QStringList errors; // each a complete sentence; any error means exit code 2
};

// Parses argv (including the program name). Reads --input-file and --examples-file.
CliParse parseCliArguments(const QStringList &arguments);

QString cliUsage();

} // namespace callpad
