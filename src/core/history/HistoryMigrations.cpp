#include "core/history/HistoryMigrations.h"

#include "core/history/HistoryStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace callpad::HistoryMigrations {

namespace {

// Step i takes the schema from version i to i + 1.
const QList<QStringList> &steps()
{
    static const QList<QStringList> list {
        // 1: calls, their tags and images.
        {
                u"CREATE TABLE history ("
                "id INTEGER PRIMARY KEY AUTOINCREMENT,"
                "time_ms INTEGER NOT NULL,"
                "source TEXT NOT NULL DEFAULT '',"
                "base_url TEXT NOT NULL DEFAULT '',"
                "function_id TEXT NOT NULL DEFAULT '',"
                "function_name TEXT NOT NULL DEFAULT '',"
                "revision_id TEXT NOT NULL DEFAULT '',"
                "revision_label TEXT NOT NULL DEFAULT '',"
                "preset_name TEXT NOT NULL DEFAULT '',"
                "request_method TEXT NOT NULL DEFAULT '',"
                "request_url TEXT NOT NULL DEFAULT '',"
                "request_headers TEXT NOT NULL DEFAULT '[]',"
                "request_body BLOB,"
                "stream INTEGER NOT NULL DEFAULT 0,"
                "http_status INTEGER NOT NULL DEFAULT 0,"
                "http_reason TEXT NOT NULL DEFAULT '',"
                "response_headers TEXT NOT NULL DEFAULT '[]',"
                "response_url TEXT NOT NULL DEFAULT '',"
                "ok INTEGER NOT NULL,"
                "error_kind TEXT NOT NULL DEFAULT '',"
                "error_summary TEXT NOT NULL DEFAULT '',"
                "error_json TEXT NOT NULL DEFAULT '',"
                "response_body BLOB,"
                "event_log BLOB,"
                "event_count INTEGER NOT NULL DEFAULT 0,"
                "latency_ms INTEGER NOT NULL DEFAULT 0,"
                "input_tokens INTEGER,"
                "output_tokens INTEGER,"
                "reasoning_tokens INTEGER,"
                "total_tokens INTEGER,"
                "cost_generation REAL,"
                "cost_platform REAL,"
                "cost_total REAL,"
                "cached INTEGER NOT NULL DEFAULT 0,"
                "span_id TEXT NOT NULL DEFAULT '',"
                "images_truncated INTEGER NOT NULL DEFAULT 0,"
                "input_text TEXT NOT NULL DEFAULT '',"
                "output_text TEXT NOT NULL DEFAULT '')"_s,
                // Newest-first pages walk these backwards; the rowid is their implicit last column,
                // which gives the (time, id) order keyset paging needs.
                u"CREATE INDEX history_time ON history(time_ms)"_s,
                u"CREATE INDEX history_function_time ON history(function_id, time_ms)"_s,
                u"CREATE INDEX history_revision_time ON history(revision_id, time_ms)"_s,
                u"CREATE INDEX history_ok_time ON history(ok, time_ms)"_s,
                u"CREATE TABLE history_tags ("
                "entry_id INTEGER NOT NULL REFERENCES history(id) ON DELETE CASCADE,"
                "key TEXT NOT NULL,"
                "value TEXT NOT NULL,"
                "PRIMARY KEY (entry_id, key)) WITHOUT ROWID"_s,
                u"CREATE INDEX history_tags_key_value ON history_tags(key, value, entry_id)"_s,
                u"CREATE TABLE history_images ("
                "entry_id INTEGER NOT NULL REFERENCES history(id) ON DELETE CASCADE,"
                "idx INTEGER NOT NULL,"
                "source TEXT NOT NULL,"
                "url TEXT NOT NULL DEFAULT '',"
                "mime TEXT NOT NULL DEFAULT '',"
                "size INTEGER NOT NULL DEFAULT 0,"
                "truncated INTEGER NOT NULL DEFAULT 0,"
                "bytes BLOB,"
                "PRIMARY KEY (entry_id, idx))"_s,
        },
    };
    return list;
}

bool exec(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool exists(const QSqlDatabase &db, const QString &type, const QString &name)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?"_s);
    query.addBindValue(type);
    query.addBindValue(name);
    return query.exec() && query.next();
}

// Runs `body` inside BEGIN IMMEDIATE ... COMMIT, rolling back when it fails.
template<typename Body> bool inTransaction(const QSqlDatabase &db, QString *error, Body body)
{
    if (!exec(db, u"BEGIN IMMEDIATE"_s, error)) {
        return false;
    }
    if (!body()) {
        QString ignored;
        exec(db, u"ROLLBACK"_s, &ignored);
        return false;
    }
    return exec(db, u"COMMIT"_s, error);
}

} // namespace

int latestVersion()
{
    return int(steps().size());
}

int schemaVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

bool migrate(const QSqlDatabase &db, QString *error)
{
    const int current = schemaVersion(db);
    if (current == latestVersion()) {
        return true;
    }
    return inTransaction(db, error, [&] {
        // Read again under the write lock: another process may have migrated meanwhile.
        const int version = schemaVersion(db);
        if (version < 0) {
            *error = HistoryStore::tr("Cannot read the history's schema version");
            return false;
        }
        if (version > latestVersion()) {
            *error = HistoryStore::tr("The history was written by a newer version of Callpad "
                                      "(schema %1; this version knows up to %2)")
                             .arg(version)
                             .arg(latestVersion());
            return false;
        }
        for (int step = version; step < latestVersion(); ++step) {
            for (const QString &statement : steps().at(step)) {
                if (!exec(db, statement, error)) {
                    *error = HistoryStore::tr("Updating the history to schema %1 failed: %2")
                                     .arg(step + 1)
                                     .arg(*error);
                    return false;
                }
            }
        }
        return exec(db, u"PRAGMA user_version = %1"_s.arg(latestVersion()), error);
    });
}

bool fts5Available(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"CREATE VIRTUAL TABLE temp.callpad_fts5_probe USING fts5(x)"_s)) {
        return false;
    }
    query.exec(u"DROP TABLE temp.callpad_fts5_probe"_s);
    return true;
}

bool setUpFullTextSearch(const QSqlDatabase &db, bool wanted, bool *enabled, QString *error)
{
    const QString insertTrigger = u"history_fts_insert"_s;
    const QString deleteTrigger = u"history_fts_delete"_s;
    *enabled = wanted && fts5Available(db);
    if (!*enabled) {
        if (!exists(db, u"trigger"_s, insertTrigger) && !exists(db, u"trigger"_s, deleteTrigger)) {
            return true;
        }
        return inTransaction(db, error, [&] {
            return exec(db, u"DROP TRIGGER IF EXISTS "_s + insertTrigger, error)
                    && exec(db, u"DROP TRIGGER IF EXISTS "_s + deleteTrigger, error);
        });
    }
    if (exists(db, u"table"_s, u"history_fts"_s) && exists(db, u"trigger"_s, insertTrigger)
        && exists(db, u"trigger"_s, deleteTrigger)) {
        return true;
    }
    return inTransaction(db, error, [&] {
        if (!exists(db, u"table"_s, u"history_fts"_s)
            && !exec(db,
                     u"CREATE VIRTUAL TABLE history_fts USING fts5(input_text, output_text, "
                     "content='history', content_rowid='id', "
                     "tokenize='unicode61 remove_diacritics 2')"_s,
                     error)) {
            return false;
        }
        if (exists(db, u"trigger"_s, insertTrigger) && exists(db, u"trigger"_s, deleteTrigger)) {
            return true; // another process finished it meanwhile
        }
        return exec(db, u"DROP TRIGGER IF EXISTS "_s + insertTrigger, error)
                && exec(db, u"DROP TRIGGER IF EXISTS "_s + deleteTrigger, error)
                && exec(db,
                        u"CREATE TRIGGER history_fts_insert AFTER INSERT ON history BEGIN "
                        "INSERT INTO history_fts(rowid, input_text, output_text) "
                        "VALUES (new.id, new.input_text, new.output_text); END"_s,
                        error)
                && exec(db,
                        u"CREATE TRIGGER history_fts_delete AFTER DELETE ON history BEGIN "
                        "INSERT INTO history_fts(history_fts, rowid, input_text, output_text) "
                        "VALUES ('delete', old.id, old.input_text, old.output_text); END"_s,
                        error)
                && exec(db, u"INSERT INTO history_fts(history_fts) VALUES ('rebuild')"_s, error);
    });
}

} // namespace callpad::HistoryMigrations
