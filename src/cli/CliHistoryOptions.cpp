#include "cli/CliHistoryOptions.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

// "2026-11-01" (local midnight) or a full ISO date-time.
QDateTime parseWhen(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid()) {
        return date.startOfDay();
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

void addHistoryFileOptions(QCommandLineParser &parser)
{
    parser.addOptions({
            { u"history-file"_s,
              CliOptions::tr("The history database (default: the one the window uses)."),
              u"PATH"_s },
            { u"no-history"_s, CliOptions::tr("Do not record this call in the history.") },
    });
}

void readHistoryFileOptions(const QCommandLineParser &parser, CliOptions &options)
{
    options.historyFile = parser.value(u"history-file"_s);
    options.recordHistory = !parser.isSet(u"no-history"_s);
}

void parseHistoryCommand(QCommandLineParser &parser, const QStringList &arguments, bool costs,
                         CliParse &result)
{
    CliOptions &options = result.options;
    QStringList &errors = result.errors;
    parser.addOptions({
            { u"function"_s, CliOptions::tr("Only calls of this function (UUID)."), u"UUID"_s },
            { u"revision"_s, CliOptions::tr("Only calls of this revision (UUID)."), u"UUID"_s },
            { u"tag"_s, CliOptions::tr("Only calls with this tag (KEY or KEY=VALUE)."), u"TAG"_s },
            { u"status"_s, CliOptions::tr("ok or failed."), u"STATUS"_s },
            { u"search"_s, CliOptions::tr("Words that must occur in the input or output."),
              u"TEXT"_s },
            { u"since"_s, CliOptions::tr("From this date (YYYY-MM-DD) or time, inclusive."),
              u"WHEN"_s },
            { u"until"_s, CliOptions::tr("Up to this date or time, exclusive."), u"WHEN"_s },
            { u"limit"_s, CliOptions::tr("At most N calls (history; default 50)."), u"N"_s },
            { u"by"_s, CliOptions::tr("Group costs by function, revision or tag."), u"GROUP"_s },
    });
    addHistoryFileOptions(parser);
    if (!parser.parse(arguments)) {
        errors.append(parser.errorText());
    }
    options.command = costs ? CliOptions::Command::Costs : CliOptions::Command::History;
    readHistoryFileOptions(parser, options);
    HistoryFilter &filter = options.historyFilter;
    filter.functionId = parser.value(u"function"_s).trimmed();
    filter.revisionId = parser.value(u"revision"_s).trimmed();
    filter.text = parser.value(u"search"_s);
    const QString tag = parser.value(u"tag"_s);
    filter.tagKey = tag.section(u'=', 0, 0);
    filter.tagValue = tag.contains(u'=') ? tag.section(u'=', 1) : QString();
    const QString status = parser.value(u"status"_s);
    if (status == u"ok"_s) {
        filter.status = HistoryFilter::Status::Succeeded;
    } else if (status == u"failed"_s) {
        filter.status = HistoryFilter::Status::Failed;
    } else if (!status.isEmpty()) {
        errors.append(CliOptions::tr("--status must be ok or failed, not \"%1\".").arg(status));
    }
    for (const auto &[flag, target] :
         { std::pair { u"since"_s, &filter.from }, std::pair { u"until"_s, &filter.to } }) {
        if (!parser.isSet(flag)) {
            continue;
        }
        *target = parseWhen(parser.value(flag));
        if (!target->isValid()) {
            errors.append(CliOptions::tr("--%1 must be a date (YYYY-MM-DD) or an ISO date-time.")
                                  .arg(flag));
        }
    }
    if (parser.isSet(u"limit"_s)) {
        bool ok = false;
        options.historyLimit = parser.value(u"limit"_s).toInt(&ok);
        if (!ok || options.historyLimit < 1) {
            errors.append(CliOptions::tr("--limit must be a whole number of at least 1."));
        }
    }
    const QString by = parser.value(u"by"_s);
    if (by == u"revision"_s) {
        options.costGroupBy = GroupBy::Revision;
    } else if (by == u"tag"_s) {
        options.costGroupBy = GroupBy::Tag;
    } else if (!by.isEmpty() && by != u"function"_s) {
        errors.append(
                CliOptions::tr("--by must be function, revision or tag, not \"%1\".").arg(by));
    }
}

} // namespace callpad
