#include "cli/CliOptions.h"

#include "cli/CliHistoryOptions.h"

#include "core/Version.h"
#include "core/presets/PresetFiles.h"
#include "core/presets/PresetFormat.h"
#include "core/protocol/JsonText.h"

#include <QCommandLineParser>
#include <QFile>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

bool readText(const QString &path, QString *text, QStringList *errors)
{
    QFile file(path);
    const bool ok = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                   : file.open(QIODevice::ReadOnly);
    if (!ok) {
        errors->append(CliOptions::tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    *text = QString::fromUtf8(file.readAll());
    return true;
}

bool loadPreset(const QString &path, CliOptions &options, QStringList &errors)
{
    const Result<QByteArray> bytes = readSmallFile(path, qint64(16) * 1024 * 1024);
    if (!bytes) {
        errors.append(bytes.error());
        return false;
    }
    const PresetParse parse = parsePreset(*bytes, path);
    if (!parse.ok()) {
        errors.append(parse.error);
        return false;
    }
    options.presetFile = path;
    options.presetName = parse.preset.name;
    options.presetBaseUrl = parse.preset.baseUrl;
    options.draft = parse.preset.request;
    options.stream = parse.preset.stream;
    return true;
}

void parseCall(QCommandLineParser &parser, const QStringList &arguments, CliParse &result)
{
    CliOptions &options = result.options;
    QStringList &errors = result.errors;
    parser.addOptions({
            { u"function"_s, CliOptions::tr("The function's id (UUID)."), u"UUID"_s },
            { u"revision"_s, CliOptions::tr("The revision's id (UUID)."), u"UUID"_s },
            { u"input"_s, CliOptions::tr("The input as JSON text (a bare string must be quoted)."),
              u"JSON"_s },
            { u"input-file"_s, CliOptions::tr("Read the input JSON from a file (- for stdin)."),
              u"PATH"_s },
            { u"examples-file"_s,
              CliOptions::tr("A JSON array of {input, output, comment?} examples."), u"PATH"_s },
            { u"tag"_s, CliOptions::tr("A tag KEY=VALUE; repeat for more."), u"KEY=VALUE"_s },
            { u"parent-span"_s, CliOptions::tr("Nest the call under this span (UUID)."),
              u"UUID"_s },
            { u"stream"_s,
              CliOptions::tr("Use the streaming endpoint; text arrives on stderr as it comes.") },
            { u"save-images"_s, CliOptions::tr("Write the response's images into this folder."),
              u"DIR"_s },
            { u"preset"_s,
              CliOptions::tr("Start from a preset file; other flags override its fields."),
              u"FILE"_s },
    });
    addHistoryFileOptions(parser);
    if (!parser.parse(arguments)) {
        errors.append(parser.errorText());
    }
    options.command = CliOptions::Command::Call;
    readHistoryFileOptions(parser, options);
    if (parser.isSet(u"preset"_s) && !loadPreset(parser.value(u"preset"_s), options, errors)) {
        return;
    }
    if (parser.isSet(u"function"_s)) {
        options.draft.functionId = parser.value(u"function"_s).trimmed();
    }
    if (parser.isSet(u"revision"_s)) {
        options.draft.revisionId = parser.value(u"revision"_s).trimmed();
    }
    if (options.draft.functionId.isEmpty()) {
        errors.append(CliOptions::tr("--function is required."));
    }
    if (options.draft.revisionId.isEmpty()) {
        errors.append(CliOptions::tr("--revision is required."));
    }
    if (parser.isSet(u"input"_s) && parser.isSet(u"input-file"_s)) {
        errors.append(CliOptions::tr("Give --input or --input-file, not both."));
    } else if (parser.isSet(u"input"_s)) {
        options.draft.inputText = parser.value(u"input"_s);
        options.draft.inputIsPlainString = false;
    } else if (parser.isSet(u"input-file"_s)) {
        readText(parser.value(u"input-file"_s), &options.draft.inputText, &errors);
        options.draft.inputIsPlainString = false;
    }
    if (parser.isSet(u"examples-file"_s)) {
        options.examplesFile = parser.value(u"examples-file"_s);
        QString text;
        if (readText(options.examplesFile, &text, &errors)) {
            const JsonTextResult parsed = parseJsonText(text);
            ApiError error;
            if (!parsed.ok) {
                errors.append(CliOptions::tr("%1: line %2, column %3: %4")
                                      .arg(options.examplesFile)
                                      .arg(parsed.line)
                                      .arg(parsed.column)
                                      .arg(parsed.error));
            } else if (const auto examples = examplesFromJson(parsed.value, &error)) {
                options.draft.examples.clear();
                options.draft.sendExamples = true;
                for (const Example &example : *examples) {
                    options.draft.examples.append({ example.comment,
                                                    toJsonText(example.input, false),
                                                    toJsonText(example.output, false) });
                }
            } else {
                errors.append(CliOptions::tr("%1: %2").arg(options.examplesFile, error.summary()));
            }
        }
    }
    if (parser.isSet(u"tag"_s)) {
        options.draft.tags.clear(); // --tag replaces the preset's tags as a whole
    }
    for (const QString &tag : parser.values(u"tag"_s)) {
        const qsizetype equals = tag.indexOf(u'=');
        if (equals < 0) {
            errors.append(CliOptions::tr("--tag %1: expected KEY=VALUE.").arg(tag));
            continue;
        }
        options.draft.tags.append({ tag.left(equals), tag.mid(equals + 1) });
    }
    if (parser.isSet(u"parent-span"_s)) {
        options.draft.parentSpanId = parser.value(u"parent-span"_s).trimmed();
    }
    options.stream = options.stream || parser.isSet(u"stream"_s);
    options.saveImagesDir = parser.value(u"save-images"_s);
}

} // namespace

QString cliUsage()
{
    return CliOptions::tr(R"(Usage:
  callpad-cli call --function UUID --revision UUID [--input JSON | --input-file PATH]
      [--examples-file PATH] [--tag KEY=VALUE]... [--parent-span UUID]
      [--base-url URL] [--timeout SECONDS] [--max-response-mib N] [--stream]
      [--output json|text] [--save-images DIR]
  callpad-cli call --preset FILE [any call flag, to override that field]
  callpad-cli functions [--name TEXT] [--output json|text]
  callpad-cli revisions --function UUID [--output json|text]
  callpad-cli history [FILTERS] [--limit N] [--output json|text|csv|jsonl]
  callpad-cli costs [FILTERS] [--by function|revision|tag] [--output json|text|csv|jsonl]
  callpad-cli --help | --version

Calls Opper function revisions (POST {base}/functions/{id}/call/{revision}).

The API key comes from the OPPER_API_KEY environment variable; without one nothing is sent.
The base URL comes from --base-url, else OPPER_BASE_URL, else https://api.opper.ai/v2.

call:
  --input JSON          The input, any JSON value. A bare string needs JSON quotes: '"hi"'.
  --input-file PATH     Read the input JSON from PATH (- reads stdin).
  --examples-file PATH  A JSON array of {"input": ..., "output": ..., "comment": "..."}.
  --tag KEY=VALUE       A tag (string value); repeat for more.
  --parent-span UUID    Nest the call under an existing span.
  --stream              Stream: text deltas go to stderr as they arrive; at the end stdout gets
                        one JSON object shaped like a plain response (span_id, and message or
                        json_payload assembled from the deltas).
  --output json         (default) print the response object as received.
  --output text         print the message, or the JSON payload pretty-printed.
  --save-images DIR     decode the response's images into DIR (URLs are fetched without the key).
  --preset FILE         start from a preset file (docs/preset-format.md); every other flag
                        given overrides that field (--tag replaces all of the preset's tags).
                        The base URL: --base-url, else the preset's, else OPPER_BASE_URL.
  --timeout SECONDS     transfer timeout (default 300; for --stream, the idle timeout).
  --max-response-mib N  refuse responses larger than N MiB (default 64).

functions   Lists every function (all pages); --name filters by name.
revisions   Lists a function's revisions, newest first.
history     Lists recorded calls, newest first (the window's history; CLI calls are recorded
            too unless --no-history). csv and jsonl export every matching call.
costs       Totals per function, revision or tag: calls, tokens, cost, average latency and
            cache-hit rate.

FILTERS (history, costs): --function UUID --revision UUID --tag KEY[=VALUE] --status ok|failed
  --search TEXT --since YYYY-MM-DD --until YYYY-MM-DD
History: every call, successful or not, goes into the history database the window uses
  (--history-file PATH to use another, --no-history to skip).

Exit codes:
  0  success
  2  bad usage or invalid input (nothing was sent)
  3  the API answered an error; stderr: HTTP <status> <type>: <message>, then the detail
  4  network, TLS, timeout or cancel
  5  the response was invalid or too large
)");
}

CliParse parseCliArguments(const QStringList &arguments)
{
    CliParse result;
    CliOptions &options = result.options;
    const QString command = arguments.value(1);
    if (command.isEmpty() || command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
        options.command = CliOptions::Command::Help;
        return result;
    }
    if (command == u"--version"_s || command == u"-v"_s) {
        options.command = CliOptions::Command::Version;
        return result;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({
            { { u"h"_s, u"help"_s }, CliOptions::tr("Show the help.") },
            { u"base-url"_s, CliOptions::tr("The API base URL."), u"URL"_s },
            { u"timeout"_s, CliOptions::tr("Transfer timeout in seconds."), u"SECONDS"_s },
            { u"max-response-mib"_s, CliOptions::tr("Response size cap in MiB."), u"N"_s },
            { u"output"_s, CliOptions::tr("json or text."), u"FORMAT"_s, u"json"_s },
    });
    QStringList rest = arguments;
    rest.removeAt(1);

    if (command == u"call"_s) {
        parseCall(parser, rest, result);
    } else if (command == u"functions"_s) {
        parser.addOption({ u"name"_s, CliOptions::tr("Only functions whose name contains TEXT."),
                           u"TEXT"_s });
        if (!parser.parse(rest)) {
            result.errors.append(parser.errorText());
        }
        options.command = CliOptions::Command::Functions;
        options.nameFilter = parser.value(u"name"_s);
    } else if (command == u"revisions"_s) {
        parser.addOption({ u"function"_s, CliOptions::tr("The function's id (UUID)."), u"UUID"_s });
        if (!parser.parse(rest)) {
            result.errors.append(parser.errorText());
        }
        options.command = CliOptions::Command::Revisions;
        options.functionId = parser.value(u"function"_s).trimmed();
        if (options.functionId.isEmpty()) {
            result.errors.append(CliOptions::tr("--function is required."));
        }
    } else if (command == u"history"_s || command == u"costs"_s) {
        parseHistoryCommand(parser, rest, command == u"costs"_s, result);
    } else {
        result.errors.append(
                CliOptions::tr("Unknown command \"%1\"; see callpad-cli --help.").arg(command));
        return result;
    }
    if (parser.isSet(u"help"_s)) {
        options.command = CliOptions::Command::Help;
        result.errors.clear();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.errors.append(CliOptions::tr("Unexpected argument \"%1\".")
                                     .arg(parser.positionalArguments().first()));
    }

    // A --base-url flag beats the preset's base URL, which beats OPPER_BASE_URL.
    const QString explicitBase = parser.value(u"base-url"_s);
    options.settings.baseUrl
            = resolveBaseUrl(explicitBase.isEmpty() ? options.presetBaseUrl : explicitBase);
    if (const Status usable = isUsableBaseUrl(options.settings.baseUrl); !usable) {
        result.errors.append(usable.error());
    }
    const QString output = parser.value(u"output"_s);
    const bool tabular = options.command == CliOptions::Command::History
            || options.command == CliOptions::Command::Costs;
    if (output == u"text"_s) {
        options.output = CliOptions::Output::Text;
    } else if (tabular && output == u"csv"_s) {
        options.output = CliOptions::Output::Csv;
    } else if (tabular && output == u"jsonl"_s) {
        options.output = CliOptions::Output::Jsonl;
    } else if (output != u"json"_s) {
        result.errors.append(
                tabular ? CliOptions::tr("--output must be json, text, csv or jsonl, not \"%1\".")
                                  .arg(output)
                        : CliOptions::tr("--output must be json or text, not \"%1\".").arg(output));
    }
    if (parser.isSet(u"timeout"_s)) {
        bool ok = false;
        const double seconds = parser.value(u"timeout"_s).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 86400) {
            result.errors.append(
                    CliOptions::tr("--timeout must be a number of seconds between 0 and 86400."));
        } else {
            const std::chrono::milliseconds timeout(qRound64(seconds * 1000));
            options.settings.transferTimeout = timeout;
            options.settings.streamIdleTimeout = timeout;
        }
    }
    if (parser.isSet(u"max-response-mib"_s)) {
        bool ok = false;
        const double mib = parser.value(u"max-response-mib"_s).toDouble(&ok);
        if (!ok || mib <= 0 || mib > 4096) {
            result.errors.append(
                    CliOptions::tr("--max-response-mib must be a number between 0 and 4096."));
        } else {
            options.settings.maxResponseBytes = qRound64(mib * 1024 * 1024);
        }
    }
    return result;
}

} // namespace callpad
