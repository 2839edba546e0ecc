#include "core/history/HistoryService.h"

#include "core/Background.h"
#include "core/Memory.h"
#include "core/history/CostAggregator.h"
#include "core/protocol/CallResult.h"

#include <QMutexLocker>
#include <QTimer>

#include <algorithm>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

// Entries from this size on are followed by releaseFreedMemory() once written.
constexpr qsizetype LargeEntryBytes = qsizetype(1) * 1024 * 1024;

} // namespace

// Lives on the service's thread: its two connections and the poll for other processes' commits.
class HistoryWorker final : public QObject
{
public:
    explicit HistoryWorker(const HistoryStore::Options &options)
        : writer(options, this), reader(options, this), poll(this)
    {
    }

    // Own commits change the read connection's data version too; only others' should count.
    void rebaseline()
    {
        if (reader.isOpen()) {
            seenVersion = reader.dataVersion();
        }
    }

    HistoryStore writer;
    HistoryStore reader;
    QTimer poll;
    qint64 seenVersion = -1;
    QString openError;
};

HistoryService::HistoryService(QObject *parent) : HistoryService(Options(), parent) { }

HistoryService::HistoryService(const Options &options, QObject *parent)
    : QObject(parent), m_options(options), m_worker(new HistoryWorker(options.store))
{
    m_thread.setObjectName(u"callpad-history"_s);
    m_worker->poll.setInterval(qMax(1, m_options.pollIntervalMs));
    connect(&m_worker->poll, &QTimer::timeout, m_worker, [this] {
        HistoryWorker *worker = m_worker;
        if (!worker->reader.isOpen()) {
            return;
        }
        const qint64 version = worker->reader.dataVersion();
        if (version != worker->seenVersion) {
            worker->seenVersion = version;
            deliverAlways([this] { Q_EMIT externallyChanged(); });
        }
    });
    m_worker->moveToThread(&m_thread);
    // The worker and its connections are closed and deleted on their own thread, as it ends.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Writing a 20 MB call (blobs, the full-text index) must not take the CPU from the window.
    connect(&m_thread, &QThread::started, m_worker, [] { lowerThreadPriority(); });
    m_thread.start();
}

HistoryService::~HistoryService()
{
    flush();
    m_thread.quit();
    m_thread.wait();
}

void HistoryService::open(const QString &path)
{
    m_state = State::Opening;
    m_path = path;
    m_openError.clear();
    QMetaObject::invokeMethod(
            m_worker,
            [this, path] {
                HistoryWorker *worker = m_worker;
                Status status = worker->writer.open(path);
                if (status) {
                    status = worker->reader.open(path);
                    if (!status) {
                        worker->writer.close();
                    }
                }
                const bool ok = status.ok();
                const QString error = status.error();
                worker->openError = error;
                if (ok) {
                    worker->rebaseline();
                    if (m_options.pollIntervalMs > 0) {
                        worker->poll.start();
                    }
                }
                deliverAlways([this, ok, error] {
                    m_state = ok ? State::Open : State::Failed;
                    m_openError = error;
                    if (ok) {
                        Q_EMIT opened();
                    } else {
                        Q_EMIT openFailed(error);
                    }
                });
            },
            Qt::QueuedConnection);
}

void HistoryService::record(HistoryEntry entry)
{
    enqueue({ [entry = std::move(entry)] { return entry; } });
}

void HistoryService::recordCall(const CallResult &result, const CallDraft &draft,
                                const CallContext &context)
{
    enqueue({ [result, draft, context] {
        return HistoryEntry::fromCall(result, draft, context.functionName, context.revisionLabel,
                                      context.presetName, u"app"_s, context.baseUrl);
    } });
}

void HistoryService::setRetention(const Retention &retention)
{
    {
        QMutexLocker lock(&m_mutex);
        m_retention = retention;
    }
    if (retention.mode == Retention::Mode::KeepAll) {
        return;
    }
    write(
            this,
            [retention](HistoryStore &store) {
                return store.isOpen() ? store.applyRetention(retention) : Result(qint64(0));
            },
            [](const Result<qint64> &) {});
}

Retention HistoryService::retention() const
{
    QMutexLocker lock(&m_mutex);
    return m_retention;
}

int HistoryService::pendingCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_pending.size()) + m_inFlight;
}

void HistoryService::flush()
{
    QMutexLocker lock(&m_mutex);
    while (!m_pending.empty() || m_inFlight > 0) {
        m_queueChanged.wait(&m_mutex);
    }
}

void HistoryService::enqueue(Pending pending)
{
    QMutexLocker lock(&m_mutex);
    const auto bound = std::size_t(qMax(1, m_options.queueBound));
    while (m_pending.size() >= bound) {
        m_queueChanged.wait(&m_mutex);
    }
    m_pending.push_back(std::move(pending));
    if (m_drainPosted) {
        return;
    }
    m_drainPosted = true;
    lock.unlock();
    QMetaObject::invokeMethod(
            m_worker, [this] { drain(); }, Qt::QueuedConnection);
}

// On the worker: everything queued goes into one transaction.
void HistoryService::drain()
{
    std::deque<Pending> batch;
    Retention retention;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
        m_inFlight = int(batch.size());
        m_drainPosted = false;
        retention = m_retention;
        m_queueChanged.wakeAll();
    }
    QList<HistoryEntry> entries;
    entries.reserve(qsizetype(batch.size()));
    for (Pending &pending : batch) {
        entries.append(pending.make());
    }
    batch.clear();

    HistoryStore &writer = m_worker->writer;
    QList<qint64> ids;
    QStringList errors;
    if (!writer.isOpen()) {
        const QString reason
                = m_worker->openError.isEmpty() ? tr("it is not open yet") : m_worker->openError;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            errors.append(
                    tr("The call was not recorded: the history is not open (%1)").arg(reason));
        }
    } else {
        ids = writer.recordAll(entries).valueOr({});
        if (ids.isEmpty() && !entries.isEmpty()) {
            // One bad entry must not cost the others their place: one transaction each.
            for (const HistoryEntry &entry : std::as_const(entries)) {
                const Result<qint64> id = writer.record(entry);
                if (id) {
                    ids.append(*id);
                } else {
                    errors.append(tr("The call was not recorded: %1").arg(id.error()));
                }
            }
        }
        if (!ids.isEmpty() && retention.mode != Retention::Mode::KeepAll) {
            writer.applyRetention(retention);
        }
        m_worker->rebaseline();
    }
    // A large call's body, parsed JSON and index text were freed here: give the pages back.
    const bool large = std::any_of(entries.cbegin(), entries.cend(), [](const HistoryEntry &entry) {
        return entry.responseBody.size() + entry.eventLog.size() >= LargeEntryBytes;
    });
    entries.clear();
    if (large) {
        releaseFreedMemory();
    }
    {
        QMutexLocker lock(&m_mutex);
        m_inFlight = 0;
        m_queueChanged.wakeAll();
    }
    deliverAlways([this, ids, errors] { committed(ids, errors); });
}

void HistoryService::committed(const QList<qint64> &ids, const QStringList &errors)
{
    for (const qint64 id : ids) {
        Q_EMIT recorded(id);
    }
    for (const QString &error : errors) {
        Q_EMIT recordFailed(error);
    }
    if (!ids.isEmpty()) {
        Q_EMIT changed();
    }
}

void HistoryService::post(Connection connection, std::function<void(HistoryStore &)> job)
{
    QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, connection, job = std::move(job)] {
                if (connection == Connection::Read) {
                    job(worker->reader);
                    return;
                }
                job(worker->writer);
                worker->rebaseline();
            },
            Qt::QueuedConnection);
}

void HistoryService::deliver(QPointer<QObject> context, std::function<void()> done)
{
    QMetaObject::invokeMethod(
            this,
            [context = std::move(context), done = std::move(done)] {
                if (context) {
                    done();
                }
            },
            Qt::QueuedConnection);
}

void HistoryService::deliverAlways(std::function<void()> done)
{
    QMetaObject::invokeMethod(this, std::move(done), Qt::QueuedConnection);
}

QString HistoryService::notOpenMessage()
{
    return tr("The history is not open");
}

namespace {

// What `query` answers, or a failure when the store is not open.
template<typename Store, typename Query> auto whenOpen(Store &store, Query query)
{
    using Answer = std::invoke_result_t<Query &, Store &>;
    return store.isOpen() ? query(store) : Answer::failure(HistoryService::notOpenMessage());
}

} // namespace

void HistoryService::count(const HistoryFilter &filter, QObject *context,
                           std::function<void(Result<qint64>)> done)
{
    read(
            context,
            [filter](const HistoryStore &store) {
                return whenOpen(store, [&](const HistoryStore &s) { return s.count(filter); });
            },
            std::move(done));
}

void HistoryService::fetchPage(const HistoryFilter &filter, qint64 offset, int limit,
                               QObject *context,
                               std::function<void(Result<QList<HistoryRow>>)> done)
{
    read(
            context,
            [filter, offset, limit](const HistoryStore &store) {
                return whenOpen(store, [&](const HistoryStore &s) {
                    return s.page(filter, offset, limit);
                });
            },
            std::move(done));
}

void HistoryService::entry(qint64 id, QObject *context,
                           std::function<void(Result<std::optional<HistoryEntry>>)> done)
{
    read(
            context,
            [id](const HistoryStore &store) {
                return whenOpen(store, [&](const HistoryStore &s) { return s.entry(id); });
            },
            std::move(done));
}

void HistoryService::spend(const QDateTime &now, const QTimeZone &zone, QObject *context,
                           std::function<void(Result<Spend>)> done)
{
    read(
            context,
            [now, zone](const HistoryStore &store) {
                return whenOpen(store, [&](const HistoryStore &s) {
                    return CostAggregator(s, zone).spend(now);
                });
            },
            std::move(done));
}

void HistoryService::remove(const QList<qint64> &ids, QObject *context,
                            std::function<void(Result<qint64>)> done)
{
    write(
            context,
            [ids](HistoryStore &store) {
                return whenOpen(store, [&](HistoryStore &s) { return s.remove(ids); });
            },
            std::move(done));
}

void HistoryService::clearOlderThan(const QDateTime &time, QObject *context,
                                    std::function<void(Result<qint64>)> done)
{
    write(
            context,
            [time](HistoryStore &store) {
                return whenOpen(store, [&](HistoryStore &s) { return s.clearOlderThan(time); });
            },
            std::move(done));
}

} // namespace callpad
