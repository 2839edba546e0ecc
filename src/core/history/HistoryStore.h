#pragma once

#include "core/Result.h"
#include "core/history/HistoryEntry.h"
#include "core/history/HistoryFilter.h"

#include <QObject>
#include <QVariant>

#include <optional>

// Only the history's own sources touch SQL; everyone else sees rows and entries.
class QSqlDatabase;

namespace callpad {

// One line of the history list: what the panel's columns and `callpad-cli history` show.
struct HistoryRow
{
    qint64 id = 0;
    QDateTime time; // UTC
    QString source;
    QString functionId;
    QString functionName;
    QString revisionId;
    QString revisionLabel;
    QString presetName;
    bool ok = true;
    int httpStatus = 0;
    QString errorKind; // ApiError::kindName, empty on success
    bool stream = false;
    qint64 latencyMs = 0;
    std::optional<qint64> totalTokens;
    std::optional<double> totalCost;
    bool cached = false;
    QString inputPreview; // the input's first ~120 characters on one line, "…" when cut

    HistoryCursor cursor() const { return { time.toMSecsSinceEpoch(), id }; }
};

// A value the history can be filtered by, with how often it occurs: the filter pickers' items.
struct HistoryFacet
{
    QString id; // function or revision id; for tags, the key
    QString label; // the newest name or label seen; for tags, the value
    qint64 calls = 0;
};

// The call history in an SQLite file (QtSql), shared by the app and the CLI: WAL journal, a
// 5-second busy timeout and short write transactions, so both can write at once. Each instance
// has its own connection and must be used from the thread that opened it. Every operation that
// can fail returns a Result (or a Status) carrying why; the store keeps no last error.
class HistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    struct Options
    {
        qint64 imageCapBytes = qint64(8) * 1024 * 1024; // decoded inline image bytes kept per call
        bool fullTextSearch = true; // false behaves as if SQLite had no FTS5 (LIKE search)
        int busyTimeoutMs = 5000;
    };

    explicit HistoryStore(QObject *parent = nullptr);
    explicit HistoryStore(const Options &options, QObject *parent = nullptr);
    ~HistoryStore() override;

    // Opens (creating the file and its folder if needed) and migrates to the latest schema.
    // Fails when the file cannot be opened, is not a database, or was written by a newer
    // Callpad (then it is left untouched).
    Status open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    const Options &options() const { return m_options; }
    int schemaVersion() const;
    static int latestSchemaVersion();
    bool hasFullTextSearch() const { return m_fullTextSearch; }

    // Records one call; its new id. Inline images beyond the cap keep their marker and size but
    // not their bytes, and are flagged truncated.
    Result<qint64> record(const HistoryEntry &entry);
    // Many calls in one transaction (an import, a batch run): all ids, or none on failure.
    Result<QList<qint64>> recordAll(const QList<HistoryEntry> &entries);

    Result<qint64> count(const HistoryFilter &filter = {}) const;
    // Newest first (time, then id). Offset paging for a virtual list.
    Result<QList<HistoryRow>> page(const HistoryFilter &filter, qint64 offset, int limit) const;
    // Newest first, strictly after `after` (keyset paging: stable while rows are added).
    Result<QList<HistoryRow>> pageAfter(const HistoryFilter &filter, const HistoryCursor &after,
                                        int limit) const;
    // Everything, images with their bytes included; nullopt when there is no such call.
    Result<std::optional<HistoryEntry>> entry(qint64 id) const;
    // Full entries, newest first after `after` (from the newest when nullopt), images without
    // their bytes: for exports that stream the history page by page.
    Result<QList<HistoryEntry>> entries(const HistoryFilter &filter,
                                        const std::optional<HistoryCursor> &after, int limit) const;

    // The filter pickers' choices, most used first.
    Result<QList<HistoryFacet>> functions() const;
    Result<QList<HistoryFacet>> revisions(const QString &functionId = {}) const;
    Result<QList<HistoryFacet>> tags() const;

    // Each returns how many calls went.
    Result<qint64> remove(const QList<qint64> &ids);
    Result<qint64> clearOlderThan(const QDateTime &time);
    Result<qint64> applyRetention(const Retention &retention,
                                  const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Changes whenever another connection (the CLI, another window) commits to the file: poll it
    // to refresh a view. Own writes emit changed() instead.
    qint64 dataVersion() const;

    // The connection, for readers that aggregate in SQL (CostAggregator). Same thread only.
    QSqlDatabase database() const;

Q_SIGNALS:
    void changed();

private:
    // Configures a newly opened connection and brings its schema up to date; the value says
    // whether full-text search is on.
    Result<bool> prepare(const QSqlDatabase &db) const;
    Status configure(const QSqlDatabase &db) const;
    Result<qint64> removeWhere(const QString &condition, const QVariantList &values);
    Result<QList<HistoryRow>> rows(const QString &sql, const QVariantList &values) const;
    Result<QList<HistoryFacet>> facets(const QString &sql, const QVariantList &values) const;

    Options m_options;
    QString m_connection;
    QString m_path;
    bool m_fullTextSearch = false;
};

} // namespace callpad
