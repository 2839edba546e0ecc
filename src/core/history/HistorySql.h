#pragma once

#include "core/history/HistoryFilter.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace callpad {

// A piece of SQL with its positional values, in order.
struct SqlClause
{
    QString sql;
    QVariantList values;
};

// The SQL the store and the cost aggregator share, so a filter means the same in the history
// panel, the cost pane, the exports and the CLI. Column references are qualified with the table
// name `history`, so callers can join other tables.
class HistorySql final
{
public:
    // A WHERE condition ("1" when the filter is empty). Every part can use an index: the text
    // through the FTS5 table when `fullTextSearch`, tags through history_tags(key, value).
    static SqlClause where(const HistoryFilter &filter, bool fullTextSearch);

    // The FTS5 MATCH expression for the words of `text` that hold a letter or digit: each one
    // quoted and prefix-matched, all required. Empty when no word qualifies.
    static QString ftsMatch(const QString &text);

    // The ids of one newest-first page: walks the time index backwards, reading no row bodies.
    static SqlClause pageIds(const HistoryFilter &filter, bool fullTextSearch, qint64 offset,
                             int limit);

    static void bind(QSqlQuery &query, const QVariantList &values);
};

} // namespace callpad
