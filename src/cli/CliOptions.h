#pragma once

#include "client/ClientSettings.h"
#include "protocol/CallRequest.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace callpad {

// What a callpad-cli command line asks for, parsed and checked; nothing is sent yet.
struct CliOptions
{
    enum class Command { Call, Functions, Revisions, Help, Version };
    enum class Output { Json, Text };

    Command command = Command::Help;
    Output output = Output::Json;
    ClientSettings settings;
    CallDraft draft;            // call: the request as the user gave it
    QString examplesFile;       // call: loaded into draft.examples by the parser
    bool stream = false;
    QString saveImagesDir;
    QString nameFilter;         // functions
    QString functionId;         // revisions
    QString usageText;          // help: the text to print
};

struct CliParse
{
    CliOptions options;
    QStringList errors;         // each a complete sentence; any error means exit code 2
};

// Parses argv (including the program name). Reads --input-file and --examples-file.
CliParse parseCliArguments(const QStringList &arguments);

QString cliUsage();

} // namespace callpad
