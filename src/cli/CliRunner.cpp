#include "cli/CliRunner.h"

#include "cli/CliHistory.h"
#include "cli/CliImageSaver.h"
#include "core/client/ApiClient.h"
#include "core/protocol/JsonBytes.h"
#include "core/protocol/JsonText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

QByteArray line(const QString &text)
{
    return text.toUtf8() + '\n';
}

} // namespace

CliRunner::CliRunner(CliOptions options, QString apiKey, FILE *out, FILE *err, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_apiKey(std::move(apiKey)), m_out(out),
      m_err(err), m_client(new ApiClient(nullptr, this))
{
    m_client->setSettings(m_options.settings);
    m_client->setApiKey(m_apiKey);
}

CliRunner::~CliRunner() = default;

void CliRunner::print(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void CliRunner::start()
{
    // The history commands read the local database; they need no key and send nothing.
    if (m_options.command == CliOptions::Command::History) {
        done(CliHistory::printHistory(m_options, m_out, m_err));
        return;
    }
    if (m_options.command == CliOptions::Command::Costs) {
        done(CliHistory::printCosts(m_options, m_out, m_err));
        return;
    }
    if (!m_client->hasApiKey()) {
        print(m_err,
              line(tr("No API key: set OPPER_API_KEY to your Opper API key, e.g.\n"
                      "  export OPPER_API_KEY=op-...\n"
                      "Nothing was sent.")));
        done(2);
        return;
    }
    if (m_options.command == CliOptions::Command::Call) {
        runCall();
    } else {
        runList();
    }
}

void CliRunner::cancel()
{
    if (m_call) {
        m_call->cancel();
    }
    if (m_list) {
        m_list->cancel();
    }
}

int CliRunner::fail(const ApiError &error)
{
    print(m_err, line(error.summary()));
    const QString detail = error.detailText();
    if (!detail.isEmpty() && !error.summary().contains(detail)) {
        print(m_err, line(detail));
    }
    return error.exitCode();
}

void CliRunner::done(int exitCode)
{
    if (m_done) {
        return;
    }
    m_done = true;
    Q_EMIT finished(exitCode);
}

void CliRunner::runCall()
{
    const DraftCheck check = checkDraft(m_options.draft);
    if (!check.ok()) {
        for (const ApiError &problem : check.problems) {
            print(m_err, line(problem.summary()));
        }
        print(m_err, line(tr("Nothing was sent.")));
        done(2);
        return;
    }
    m_call = m_client->call(*check.request, { m_options.stream });
    connect(m_call, &CallHandle::streamUpdated, this,
            [this](const StreamAssembler::Update &update) {
                if (!update.textDelta.isEmpty()) {
                    print(m_err, update.textDelta.toUtf8());
                }
            });
    connect(m_call, &CallHandle::finished, this, &CliRunner::onCallFinished);
    m_call->start();
}

void CliRunner::onCallFinished()
{
    const CallResult &result = m_call->result();
    CliHistory::record(m_options, result, m_options.draft, m_err);
    if (m_options.stream && !m_call->streamedText().isEmpty()) {
        print(m_err, "\n");
    }
    if (!result.ok()) {
        done(fail(result.error));
        return;
    }
    const CallResponse &response = result.response;
    if (m_options.output == CliOptions::Output::Json) {
        // A plain call prints the body exactly as received; a stream has no such body, so the
        // assembled object stands in for it.
        print(m_out, result.streamed ? response.toJson() : result.body.trimmed());
        print(m_out, "\n");
    } else if (response.hasJsonPayload()) {
        print(m_out, reindentJson(response.jsonPayloadText) + '\n');
    } else if (response.message) {
        print(m_out, line(*response.message));
    } else if (!response.images.isEmpty() && m_options.saveImagesDir.isEmpty()) {
        print(m_err,
              line(tr("The response has %n image(s); use --save-images DIR to keep them.", nullptr,
                      int(response.images.size()))));
    }
    if (!m_options.saveImagesDir.isEmpty() && !response.images.isEmpty()) {
        auto *saver = new CliImageSaver(m_client, m_options.saveImagesDir, response.images, this);
        connect(saver, &CliImageSaver::finished, this, [this, saver] {
            for (const QString &path : saver->savedPaths()) {
                print(m_err, line(tr("Saved %1").arg(path)));
            }
            for (const QString &problem : saver->problems()) {
                print(m_err, line(problem));
            }
            done(saver->problems().isEmpty() ? 0 : 5);
        });
        saver->start();
        return;
    }
    done(0);
}

void CliRunner::runList()
{
    m_list = m_options.command == CliOptions::Command::Functions
            ? m_client->listFunctions(m_options.nameFilter)
            : m_client->listRevisions(m_options.functionId);
    connect(m_list, &ListHandle::finished, this, &CliRunner::onListFinished);
    m_list->start();
}

void CliRunner::onListFinished()
{
    if (m_list->error().isError()) {
        done(fail(m_list->error()));
        return;
    }
    QJsonArray data;
    QByteArray table;
    if (m_list->kind() == ListHandle::Kind::Functions) {
        for (const FunctionSummary &function : m_list->functions()) {
            data.append(function.raw);
            table += line(u"%1\t%2\t%3\t%4"_s.arg(function.name, function.id, function.revisionId,
                                                  function.model));
        }
    } else {
        for (const RevisionSummary &revision : m_list->revisions()) {
            data.append(revision.raw);
            table += line(
                    u"%1\t%2"_s.arg(revision.id, revision.createdAt.toString(Qt::ISODateWithMs)));
        }
    }
    if (m_options.output == CliOptions::Output::Json) {
        const QJsonObject envelope {
            { u"meta"_s, QJsonObject { { u"total_count"_s, data.size() } } }, { u"data"_s, data }
        };
        print(m_out, QJsonDocument(envelope).toJson(QJsonDocument::Indented));
    } else {
        print(m_out, table);
    }
    done(0);
}

} // namespace callpad
