#pragma once

// The history as the window has it, for tests: a real HistoryService on its own thread over a
// real SQLite file in a temporary folder.

#include "core/history/HistoryEntry.h"
#include "core/history/HistoryService.h"
#include "core/history/HistoryStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <type_traits>

namespace callpad::test {

// Runs `job` on the service's read connection and waits for its answer.
template<typename Job> auto readNow(HistoryService *service, Job job)
{
    using Value = std::invoke_result_t<Job &, const HistoryStore &>;
    std::optional<Value> value;
    QObject context;
    service->read(&context, std::move(job), [&value](Value answer) { value = answer; });
    if (!QTest::qWaitFor([&] { return value.has_value(); }, 10000)) {
        qWarning("the history service did not answer within 10 s");
    }
    return value.value_or(Value {});
}

class HistoryHarness
{
public:
    // `pollMs`: how soon the service notices writes made through another connection.
    explicit HistoryHarness(int pollMs = 20)
    {
        HistoryService::Options options;
        options.pollIntervalMs = pollMs;
        m_service = std::make_unique<HistoryService>(options);
    }

    // Opens the service and waits for it; false when it failed (openError() says why).
    bool open()
    {
        QSignalSpy opened(m_service.get(), &HistoryService::opened);
        m_service->open(path());
        return opened.wait(10000) || m_service->isOpen();
    }

    [[nodiscard]] HistoryService *service() const { return m_service.get(); }
    [[nodiscard]] QString path() const { return m_dir.filePath(QStringLiteral("history.sqlite")); }
    [[nodiscard]] QString folder() const { return m_dir.path(); }
    // A file beside the history, for exports and other output.
    [[nodiscard]] QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Writes through a connection of its own, in one transaction, as the CLI or an earlier run
    // would have: the ids, oldest first. Returns once the service has noticed (when it is open),
    // so the notice cannot arrive in the middle of what the test does next.
    [[nodiscard]] QList<qint64> prefill(const QList<HistoryEntry> &entries) const
    {
        QSignalSpy noticed(m_service.get(), &HistoryService::externallyChanged);
        QList<qint64> ids;
        {
            HistoryStore store;
            if (!store.open(path())) {
                return {};
            }
            ids = store.recordAll(entries).valueOr({});
        }
        if (m_service->isOpen() && !ids.isEmpty()) {
            noticed.wait(5000);
        }
        return ids;
    }

    // Records through the service, as the window does, and waits until every entry is
    // committed and announced: the ids in order, or fewer when some failed.
    QList<qint64> record(const QList<HistoryEntry> &entries) const
    {
        QSignalSpy recorded(m_service.get(), &HistoryService::recorded);
        QSignalSpy failed(m_service.get(), &HistoryService::recordFailed);
        for (const HistoryEntry &entry : entries) {
            m_service->record(entry);
        }
        m_service->flush();
        if (!QTest::qWaitFor([&] { return recorded.size() + failed.size() >= entries.size(); },
                             10000)) {
            qWarning("the history service did not record within 10 s");
        }
        QList<qint64> ids;
        for (const QList<QVariant> &arguments : std::as_const(recorded)) {
            ids.append(arguments.constFirst().toLongLong());
        }
        return ids;
    }
    qint64 record(const HistoryEntry &entry) const
    {
        const QList<qint64> ids = record(QList<HistoryEntry> { entry });
        return ids.isEmpty() ? -1 : ids.constFirst();
    }

    // Runs `job` on the service's read connection and waits for its answer.
    template<typename Job> auto read(Job job) const
    {
        return readNow(m_service.get(), std::move(job));
    }

    // How many calls the file holds, read on the service's thread; -1 when that failed.
    [[nodiscard]] qint64 count(const HistoryFilter &filter = {}) const
    {
        return read(
                [filter](const HistoryStore &store) { return store.count(filter).valueOr(-1); });
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HistoryService> m_service;
};

} // namespace callpad::test
