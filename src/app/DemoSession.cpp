#include "app/DemoSession.h"

#include "demo/DemoCatalog.h"
#include "demo/DemoServer.h"

using namespace Qt::StringLiterals;

namespace callpad {

DemoSession::DemoSession(QObject *parent) : QObject(parent) { }

DemoSession::~DemoSession() = default;

Result<QUrl> DemoSession::start()
{
    if (isRunning()) {
        return baseUrl();
    }
    auto server = std::make_unique<DemoServer>();
    if (!server->listen(0)) {
        return Result<QUrl>::failure(
                tr("The demo server could not start: %1").arg(server->errorString()));
    }
    m_server = std::move(server);
    return baseUrl();
}

bool DemoSession::isRunning() const
{
    return m_server != nullptr;
}

QUrl DemoSession::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QUrl();
}

QString DemoSession::apiKey() const
{
    return u"demo"_s;
}

CallDraft DemoSession::firstDraft() const
{
    CallDraft draft;
    draft.functionId = DemoIds::markdownWriter;
    draft.revisionId = DemoIds::markdownWriterLatest;
    draft.inputText = u"{\n  \"topic\": \"native desktop apps\",\n  \"tone\": \"friendly\"\n}"_s;
    draft.tags = { { u"source"_s, u"callpad-demo"_s } };
    return draft;
}

QString DemoSession::firstFunctionName() const
{
    return u"demo/markdown-writer"_s;
}

} // namespace callpad
