#include "core/history/HistoryStore.h"

#include "core/history/HistoryInserter.h"
#include "core/history/HistoryMigrations.h"
#include "core/history/HistorySql.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

// BEGIN IMMEDIATE takes the write lock up front: a deferred transaction that reads and then
// writes can fail with SQLITE_BUSY at once in WAL mode, without waiting out the busy timeout.
Status begin(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(u"BEGIN IMMEDIATE"_s) ? Status::success()
                                            : Status::failure(query.lastError().text());
}

void rollback(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.exec(u"ROLLBACK"_s);
}

Status commit(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(u"COMMIT"_s)) {
        return Status::success();
    }
    Status failed = Status::failure(query.lastError().text());
    rollback(db);
    return failed;
}

QString notOpen()
{
    return HistoryStore::tr("The history is not open");
}

} // namespace

HistoryStore::HistoryStore(QObject *parent) : HistoryStore(Options(), parent) { }

HistoryStore::HistoryStore(const Options &options, QObject *parent)
    : QObject(parent), m_options(options),
      m_connection(u"callpad-history-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

HistoryStore::~HistoryStore()
{
    close();
}

int HistoryStore::latestSchemaVersion()
{
    return HistoryMigrations::latestVersion();
}

Status HistoryStore::open(const QString &path)
{
    close();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Status::failure(tr("Cannot create the folder %1").arg(info.absolutePath()));
    }
    // The handle lives only inside: the connection can be removed once it is gone.
    const Result<bool> fullTextSearch = [this, &path] {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_options.busyTimeoutMs));
        Result<bool> prepared
                = db.open() ? prepare(db) : Result<bool>::failure(db.lastError().text());
        if (!prepared) {
            db.close();
        }
        return prepared;
    }();
    if (!fullTextSearch) {
        QSqlDatabase::removeDatabase(m_connection);
        return Status::failure(
                tr("Cannot open the history %1: %2").arg(path, fullTextSearch.error()));
    }
    m_fullTextSearch = *fullTextSearch;
    m_path = path;
    return Status::success();
}

Result<bool> HistoryStore::prepare(const QSqlDatabase &db) const
{
    if (const Status configured = configure(db); !configured) {
        return Result<bool>::failure(configured.error());
    }
    if (const Status migrated = HistoryMigrations::migrate(db); !migrated) {
        return Result<bool>::failure(migrated.error());
    }
    return HistoryMigrations::setUpFullTextSearch(db, m_options.fullTextSearch);
}

Status HistoryStore::configure(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    // Reading the schema first makes a file that is not a database fail here, clearly.
    if (!query.exec(u"PRAGMA busy_timeout = %1"_s.arg(m_options.busyTimeoutMs))
        || !query.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
        return Status::failure(query.lastError().text());
    }
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next()
        || query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        return Status::failure(
                tr("The history cannot use a write-ahead log (%1)").arg(query.lastError().text()));
    }
    if (!query.exec(u"PRAGMA synchronous = NORMAL"_s)
        || !query.exec(u"PRAGMA foreign_keys = ON"_s)) {
        return Status::failure(query.lastError().text());
    }
    return Status::success();
}

void HistoryStore::close()
{
    if (!QSqlDatabase::contains(m_connection)) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_path.clear();
    m_fullTextSearch = false;
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

QSqlDatabase HistoryStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

int HistoryStore::schemaVersion() const
{
    return isOpen() ? HistoryMigrations::schemaVersion(database()) : -1;
}

Result<qint64> HistoryStore::record(const HistoryEntry &entry)
{
    const Result<QList<qint64>> ids = recordAll({ entry });
    return ids ? Result(ids->first()) : Result<qint64>::failure(ids.error());
}

Result<QList<qint64>> HistoryStore::recordAll(const QList<HistoryEntry> &entries)
{
    using Ids = Result<QList<qint64>>;
    if (!isOpen()) {
        return Ids::failure(notOpen());
    }
    const QSqlDatabase db = database();
    if (const Status begun = begin(db); !begun) {
        return Ids::failure(begun.error());
    }
    QList<qint64> ids;
    ids.reserve(entries.size());
    QString failure;
    {
        HistoryInserter inserter(db); // its statements end before the rollback
        for (const HistoryEntry &entry : entries) {
            const Result<qint64> id = inserter.insert(entry, m_options.imageCapBytes);
            if (!id) {
                failure = tr("Cannot record the call: %1").arg(id.error());
                break;
            }
            ids << *id;
        }
    }
    if (!failure.isEmpty()) {
        rollback(db);
        return Ids::failure(failure);
    }
    if (const Status committed = commit(db); !committed) {
        return Ids::failure(committed.error());
    }
    Q_EMIT changed();
    return ids;
}

Result<qint64> HistoryStore::removeWhere(const QString &condition, const QVariantList &values)
{
    using Removed = Result<qint64>;
    if (!isOpen()) {
        return Removed::failure(notOpen());
    }
    const QSqlDatabase db = database();
    if (const Status begun = begin(db); !begun) {
        return Removed::failure(begun.error());
    }
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM history WHERE "_s + condition);
    HistorySql::bind(query, values);
    if (!query.exec()) {
        const QString error = query.lastError().text();
        rollback(db);
        return Removed::failure(error);
    }
    const qint64 removed = query.numRowsAffected();
    if (const Status committed = commit(db); !committed) {
        return Removed::failure(committed.error());
    }
    if (removed > 0) {
        Q_EMIT changed();
    }
    return removed;
}

Result<qint64> HistoryStore::remove(const QList<qint64> &ids)
{
    if (ids.isEmpty()) {
        return qint64(0);
    }
    // One statement, however many ids: a JSON array read by json_each.
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids) {
        numbers << QString::number(id);
    }
    return removeWhere(u"id IN (SELECT value FROM json_each(?))"_s,
                       { QString(u'[' + numbers.join(u',') + u']') });
}

Result<qint64> HistoryStore::clearOlderThan(const QDateTime &time)
{
    if (!time.isValid()) {
        return qint64(0);
    }
    return removeWhere(u"time_ms < ?"_s, { time.toMSecsSinceEpoch() });
}

Result<qint64> HistoryStore::applyRetention(const Retention &retention, const QDateTime &now)
{
    if (retention.count < 1) {
        return qint64(0);
    }
    switch (retention.mode) {
    case Retention::Mode::KeepAll:
        return qint64(0);
    case Retention::Mode::Days:
        return clearOlderThan(now.addDays(-retention.count));
    case Retention::Mode::Calls:
        return removeWhere(u"id IN (SELECT id FROM history ORDER BY time_ms DESC, id DESC "
                           "LIMIT -1 OFFSET ?)"_s,
                           { retention.count });
    }
    return qint64(0);
}

qint64 HistoryStore::dataVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace callpad
