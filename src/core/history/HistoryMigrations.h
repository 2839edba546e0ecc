#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace callpad::HistoryMigrations {

// The history's schema is versioned with `PRAGMA user_version`: 0 is an empty file, and each step
// in HistoryMigrations.cpp moves it up by one. Steps only ever get appended.
int latestVersion();

// Brings the database to latestVersion(), all pending steps in one transaction (taken with BEGIN
// IMMEDIATE, so two processes opening a new file at once do not both migrate it). A file written
// by a newer Callpad (a higher version) is refused and left untouched.
Status migrate(const QSqlDatabase &db);

int schemaVersion(const QSqlDatabase &db);

// Whether this SQLite has FTS5, by creating a throwaway virtual table in the temp schema.
bool fts5Available(const QSqlDatabase &db);

// The full-text index over input and output text: an external-content FTS5 table kept in sync by
// triggers. With `wanted` and FTS5 present it is created (and rebuilt when its triggers were
// missing, so rows written without it get indexed); otherwise its triggers are dropped so writes
// never depend on a module this SQLite may lack. The value tells which way it went: true when
// full-text search is on.
Result<bool> setUpFullTextSearch(const QSqlDatabase &db, bool wanted);

} // namespace callpad::HistoryMigrations
