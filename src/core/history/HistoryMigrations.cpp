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

Status exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        return Status::failure(query.lastError().text());
    }
    return Status::success();
}

// The statements in order, up to the first that fails.
Status execAll(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        if (Status done = exec(db, statement); !done) {
            return done;
        }
    }
    return Status::success();
}

bool exists(const QSqlDatabase &db, const QString &type, const QString &name)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?"_s);
    query.addBindValue(type);
    query.addBindValue(name);
    return query.exec() && query.next();
}

// Runs `body` (returning a Status) inside BEGIN IMMEDIATE ... COMMIT, rolling back when it fails.
template<typename Body> Status inTransaction(const QSqlDatabase &db, Body body)
{
    if (Status begun = exec(db, u"BEGIN IMMEDIATE"_s); !begun) {
        return begun;
    }
    if (Status done = body(); !done) {
        exec(db, u"ROLLBACK"_s);
        return done;
    }
    return exec(db, u"COMMIT"_s);
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

Status migrate(const QSqlDatabase &db)
{
    const int current = schemaVersion(db);
    if (current == latestVersion()) {
        return Status::success();
    }
    return inTransaction(db, [&] {
        // Read again under the write lock: another process may have migrated meanwhile.
        const int version = schemaVersion(db);
        if (version < 0) {
            return Status::failure(HistoryStore::tr("Cannot read the history's schema version"));
        }
        if (version > latestVersion()) {
            return Status::failure(
                    HistoryStore::tr("The history was written by a newer version of Callpad "
                                     "(schema %1; this version knows up to %2)")
                            .arg(version)
                            .arg(latestVersion()));
        }
        for (int step = version; step < latestVersion(); ++step) {
            if (const Status done = execAll(db, steps().at(step)); !done) {
                return Status::failure(
                        HistoryStore::tr("Updating the history to schema %1 failed: %2")
                                .arg(step + 1)
                                .arg(done.error()));
            }
        }
        return exec(db, u"PRAGMA user_version = %1"_s.arg(latestVersion()));
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

Result<bool> setUpFullTextSearch(const QSqlDatabase &db, bool wanted)
{
    const QString insertTrigger = u"history_fts_insert"_s;
    const QString deleteTrigger = u"history_fts_delete"_s;
    const QStringList dropTriggers { u"DROP TRIGGER IF EXISTS "_s + insertTrigger,
                                     u"DROP TRIGGER IF EXISTS "_s + deleteTrigger };
    const bool enabled = wanted && fts5Available(db);
    if (!enabled) {
        if (!exists(db, u"trigger"_s, insertTrigger) && !exists(db, u"trigger"_s, deleteTrigger)) {
            return enabled;
        }
        const Status dropped = inTransaction(db, [&] { return execAll(db, dropTriggers); });
        return dropped.withValue(enabled);
    }
    if (exists(db, u"table"_s, u"history_fts"_s) && exists(db, u"trigger"_s, insertTrigger)
        && exists(db, u"trigger"_s, deleteTrigger)) {
        return enabled;
    }
    const QStringList createTriggers {
        u"CREATE TRIGGER history_fts_insert AFTER INSERT ON history BEGIN "
        "INSERT INTO history_fts(rowid, input_text, output_text) "
        "VALUES (new.id, new.input_text, new.output_text); END"_s,
        u"CREATE TRIGGER history_fts_delete AFTER DELETE ON history BEGIN "
        "INSERT INTO history_fts(history_fts, rowid, input_text, output_text) "
        "VALUES ('delete', old.id, old.input_text, old.output_text); END"_s,
        u"INSERT INTO history_fts(history_fts) VALUES ('rebuild')"_s,
    };
    const Status created = inTransaction(db, [&] {
        if (!exists(db, u"table"_s, u"history_fts"_s)) {
            if (Status table = exec(db,
                                    u"CREATE VIRTUAL TABLE history_fts USING fts5(input_text, "
                                    "output_text, content='history', content_rowid='id', "
                                    "tokenize='unicode61 remove_diacritics 2')"_s);
                !table) {
                return table;
            }
        }
        if (exists(db, u"trigger"_s, insertTrigger) && exists(db, u"trigger"_s, deleteTrigger)) {
            return Status::success(); // another process finished it meanwhile
        }
        return execAll(db, dropTriggers + createTriggers);
    });
    return created.withValue(enabled);
}

} // namespace callpad::HistoryMigrations
