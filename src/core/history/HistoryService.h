#pragma once

#include "core/Result.h"
#include "core/history/CostSeries.h"
#include "core/history/HistoryEntry.h"
#include "core/history/HistoryFilter.h"
#include "core/history/HistoryStore.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimeZone>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

namespace callpad {

struct CallDraft;
struct CallResult;
class HistoryWorker;

// What the window knew about a call when it sent it, for its history entry.
struct CallContext
{
    QString functionName;
    QString revisionLabel;
    QString presetName;
    QUrl baseUrl;
};

// The call history for one process, on a long-lived worker thread of its own. The thread holds
// two connections to the SQLite file: one that writes (queued records, deletions, retention) and
// one that reads (pages, counts, entries, facets, costs, exports). Nothing here blocks the
// caller's thread on SQLite, except record() when the queue is full and flush().
//
// Every result arrives on the thread the service lives on (the GUI thread), through a callback
// that is dropped when its `context` object is gone. Work runs in the order it was asked for, so
// a read asked after a record sees it.
//
// Records are queued and written in batches: whatever arrived while the last batch was being
// written goes into the next transaction, so a batch run that records thousands of calls a
// minute costs one commit per batch, not one per call. At most `queueBound` records wait; a
// record() beyond that waits until the worker has taken the queue. A kill loses at most the
// records not yet committed; SQLite's journal keeps the file whole. The destructor flushes.
class HistoryService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryService)

public:
    struct Options
    {
        HistoryStore::Options store;
        int queueBound = 256;
        // How often the read connection checks for commits by other processes (the CLI).
        int pollIntervalMs = 2000;
    };
    enum class State { Closed, Opening, Open, Failed };

    explicit HistoryService(QObject *parent = nullptr);
    explicit HistoryService(const Options &options, QObject *parent = nullptr);
    ~HistoryService() override;

    // Opens the file on the worker (creating it, migrating it) and emits opened() or
    // openFailed(). Work asked for before that waits for it.
    void open(const QString &path);
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isOpen() const { return m_state == State::Open; }
    // Why open failed; empty otherwise.
    [[nodiscard]] QString openError() const { return m_openError; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] const Options &options() const { return m_options; }

    // Queues one call for the history. recorded(id) or recordFailed() follows; changed() once per
    // committed batch.
    void record(HistoryEntry entry);
    // The same for a finished call: the entry is built (images decoded) on the worker.
    void recordCall(const callpad::CallResult &result, const callpad::CallDraft &draft,
                    const callpad::CallContext &context);
    // Applied after every batch, and once now.
    void setRetention(const Retention &retention);
    [[nodiscard]] Retention retention() const;
    // Waits until every record queued so far is committed (or failed). Shutdown and tests.
    void flush();
    [[nodiscard]] int pendingCount() const;

    // Runs `job(const HistoryStore &)` on the read connection, then `done(result)` here while
    // `context` lives.
    template<typename Job, typename Done> void read(QObject *context, Job job, Done done);
    // Runs `job(HistoryStore &)` on the write connection, then `done(result)`; changed() follows.
    template<typename Job, typename Done> void write(QObject *context, Job job, Done done);

    void count(const HistoryFilter &filter, QObject *context,
               std::function<void(Result<qint64>)> done);
    void fetchPage(const HistoryFilter &filter, qint64 offset, int limit, QObject *context,
                   std::function<void(Result<QList<HistoryRow>>)> done);
    // nullopt when the call is no longer in the history.
    void entry(qint64 id, QObject *context,
               std::function<void(Result<std::optional<HistoryEntry>>)> done);
    // Reads the call `id` (images included) and runs `job(const HistoryEntry &)` on it on the
    // read connection, then `done(Result<std::optional<Value>>)` here; nullopt when the call is
    // no longer in the history. What grows with the stored response (parsing it again, putting
    // its images back) belongs in `job`: the entry itself never reaches the caller's thread.
    template<typename Job, typename Done>
    void readEntry(qint64 id, QObject *context, Job job, Done done);

    // Why a read found no open store.
    [[nodiscard]] static QString notOpenMessage();
    // Today's and this month's spend in `zone`, the day and month that hold `now`.
    void spend(const QDateTime &now, const QTimeZone &zone, QObject *context,
               std::function<void(Result<Spend>)> done);
    // Calls removed.
    void remove(const QList<qint64> &ids, QObject *context,
                std::function<void(Result<qint64>)> done);
    void clearOlderThan(const QDateTime &time, QObject *context,
                        std::function<void(Result<qint64>)> done);

Q_SIGNALS:
    void opened();
    void openFailed(const QString &error);
    void recorded(qint64 id);
    void recordFailed(const QString &message);
    // This service committed something (records, deletions, retention).
    void changed();
    // Another connection (the CLI, another window) committed to the file.
    void externallyChanged();

private:
    struct Pending
    {
        std::function<HistoryEntry()> make;
    };
    enum class Connection { Read, Write };

    void post(Connection connection, std::function<void(HistoryStore &)> job);
    // Runs `done` on this object's thread while `context` lives (the pointer was taken on that
    // thread), or in any case.
    void deliver(QPointer<QObject> context, std::function<void()> done);
    void deliverAlways(std::function<void()> done);
    void enqueue(Pending pending);
    void drain();
    void committed(const QList<qint64> &ids, const QStringList &errors);

    Options m_options;
    QThread m_thread;
    HistoryWorker *m_worker;
    State m_state = State::Closed;
    QString m_openError;
    QString m_path;

    mutable QMutex m_mutex;
    QWaitCondition m_queueChanged;
    std::deque<Pending> m_pending;
    int m_inFlight = 0;
    bool m_drainPosted = false;
    Retention m_retention;
};

template<typename Job, typename Done>
void HistoryService::read(QObject *context, Job job, Done done)
{
    using Value = std::invoke_result_t<Job &, const HistoryStore &>;
    post(Connection::Read,
         [this, context = QPointer<QObject>(context), job = std::move(job),
          done = std::move(done)](HistoryStore &store) mutable {
             auto value = std::make_shared<Value>(job(std::as_const(store)));
             deliver(context,
                     [done = std::move(done), value]() mutable { done(std::move(*value)); });
         });
}

template<typename Job, typename Done>
void HistoryService::readEntry(qint64 id, QObject *context, Job job, Done done)
{
    using Value = std::optional<std::invoke_result_t<Job &, const HistoryEntry &>>;
    using Answer = Result<Value>;
    read(
            context,
            [id, job = std::move(job)](const HistoryStore &store) mutable -> Answer {
                if (!store.isOpen()) {
                    return Answer::failure(notOpenMessage());
                }
                const Result<std::optional<HistoryEntry>> entry = store.entry(id);
                if (!entry) {
                    return Answer::failure(entry.error());
                }
                if (!entry->has_value()) {
                    return Value();
                }
                return Value(job(**entry));
            },
            std::move(done));
}

template<typename Job, typename Done>
void HistoryService::write(QObject *context, Job job, Done done)
{
    using Value = std::invoke_result_t<Job &, HistoryStore &>;
    post(Connection::Write,
         [this, context = QPointer<QObject>(context), job = std::move(job),
          done = std::move(done)](HistoryStore &store) mutable {
             auto value = std::make_shared<Value>(job(store));
             deliver(context,
                     [done = std::move(done), value]() mutable { done(std::move(*value)); });
             deliverAlways([this] { Q_EMIT changed(); });
         });
}

} // namespace callpad
