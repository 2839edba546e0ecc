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

bool HistoryStore::open(const QString &path)
{
    close();
    m_lastError.clear();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return fail(tr("Cannot create the folder %1").arg(info.absolutePath()));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_options.busyTimeoutMs));
        QString error;
        bool ok = db.open();
        if (!ok) {
            error = db.lastError().text();
        } else {
            ok = configure(db);
            error = m_lastError;
        }
        if (ok && !HistoryMigrations::migrate(db, &error)) {
            ok = false;
        }
        if (ok
            && !HistoryMigrations::setUpFullTextSearch(db, m_options.fullTextSearch,
                                                       &m_fullTextSearch, &error)) {
            ok = false;
        }
        if (!ok) {
            db.close();
            m_lastError = tr("Cannot open the history %1: %2").arg(path, error);
        }
    }
    if (!m_lastError.isEmpty()) {
        QSqlDatabase::removeDatabase(m_connection);
        return false;
    }
    m_path = path;
    return true;
}

bool HistoryStore::configure(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    // Reading the schema first makes a file that is not a database fail here, clearly.
    if (!query.exec(u"PRAGMA busy_timeout = %1"_s.arg(m_options.busyTimeoutMs))
        || !query.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
        return fail(query.lastError().text());
    }
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next()
        || query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        return fail(
                tr("The history cannot use a write-ahead log (%1)").arg(query.lastError().text()));
    }
    if (!query.exec(u"PRAGMA synchronous = NORMAL"_s)
        || !query.exec(u"PRAGMA foreign_keys = ON"_s)) {
        return fail(query.lastError().text());
    }
    return true;
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

bool HistoryStore::fail(const QString &message) const
{
    m_lastError = message;
    return false;
}

// BEGIN IMMEDIATE takes the write lock up front: a deferred transaction that reads and then
// writes can fail with SQLITE_BUSY at once in WAL mode, without waiting out the busy timeout.
bool HistoryStore::begin(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(u"BEGIN IMMEDIATE"_s) || fail(query.lastError().text());
}

bool HistoryStore::commit(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(u"COMMIT"_s)) {
        return true;
    }
    fail(query.lastError().text());
    rollback(db);
    return false;
}

void HistoryStore::rollback(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.exec(u"ROLLBACK"_s);
}

qint64 HistoryStore::record(const HistoryEntry &entry)
{
    const QList<qint64> ids = recordAll({ entry });
    return ids.isEmpty() ? -1 : ids.first();
}

QList<qint64> HistoryStore::recordAll(const QList<HistoryEntry> &entries)
{
    if (!isOpen()) {
        fail(tr("The history is not open"));
        return {};
    }
    const QSqlDatabase db = database();
    if (!begin(db)) {
        return {};
    }
    QList<qint64> ids;
    ids.reserve(entries.size());
    {
        HistoryInserter inserter(db);
        for (const HistoryEntry &entry : entries) {
            const qint64 id = inserter.insert(entry, m_options.imageCapBytes);
            if (id < 0) {
                fail(tr("Cannot record the call: %1").arg(inserter.error()));
                ids.clear();
                break;
            }
            ids << id;
        }
    }
    if (ids.size() != entries.size()) {
        rollback(db);
        return {};
    }
    if (!commit(db)) {
        return {};
    }
    Q_EMIT changed();
    return ids;
}

qint64 HistoryStore::removeWhere(const QString &condition, const QVariantList &values)
{
    if (!isOpen()) {
        fail(tr("The history is not open"));
        return -1;
    }
    const QSqlDatabase db = database();
    if (!begin(db)) {
        return -1;
    }
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM history WHERE "_s + condition);
    HistorySql::bind(query, values);
    if (!query.exec()) {
        fail(query.lastError().text());
        rollback(db);
        return -1;
    }
    const qint64 removed = query.numRowsAffected();
    if (!commit(db)) {
        return -1;
    }
    if (removed > 0) {
        Q_EMIT changed();
    }
    return removed;
}

qint64 HistoryStore::remove(const QList<qint64> &ids)
{
    if (ids.isEmpty()) {
        return 0;
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

qint64 HistoryStore::clearOlderThan(const QDateTime &time)
{
    if (!time.isValid()) {
        return 0;
    }
    return removeWhere(u"time_ms < ?"_s, { time.toMSecsSinceEpoch() });
}

qint64 HistoryStore::applyRetention(const Retention &retention, const QDateTime &now)
{
    if (retention.count < 1) {
        return 0;
    }
    switch (retention.mode) {
    case Retention::Mode::KeepAll:
        return 0;
    case Retention::Mode::Days:
        return clearOlderThan(now.addDays(-retention.count));
    case Retention::Mode::Calls:
        return removeWhere(u"id IN (SELECT id FROM history ORDER BY time_ms DESC, id DESC "
                           "LIMIT -1 OFFSET ?)"_s,
                           { retention.count });
    }
    return 0;
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
