#include "CallRecorder.h"

#include "history/HistoryEntry.h"
#include "history/HistoryStore.h"

using namespace Qt::StringLiterals;

namespace callpad {

CallRecorder::CallRecorder(HistoryStore *store, QObject *parent) : QObject(parent), m_store(store)
{
}

qint64 CallRecorder::record(const CallResult &result, const CallDraft &draft,
                            const Context &context)
{
    if (!m_store->isOpen()) {
        Q_EMIT failed(tr("The call was not recorded: the history is not open (%1)")
                              .arg(m_store->lastError()));
        return 0;
    }
    const HistoryEntry entry
            = HistoryEntry::fromCall(result, draft, context.functionName, context.revisionLabel,
                                     context.presetName, u"app"_s, context.baseUrl);
    const qint64 id = m_store->record(entry);
    if (id <= 0) {
        Q_EMIT failed(tr("The call was not recorded: %1").arg(m_store->lastError()));
        return 0;
    }
    if (m_retention.mode != Retention::Mode::KeepAll) {
        m_store->applyRetention(m_retention);
    }
    Q_EMIT recorded(id);
    return id;
}

void CallRecorder::setRetention(const Retention &retention)
{
    m_retention = retention;
    if (m_store->isOpen() && retention.mode != Retention::Mode::KeepAll) {
        m_store->applyRetention(retention);
    }
}

} // namespace callpad
