#include "core/history/HistorySql.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

QStringList words(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.split(space, Qt::SkipEmptyParts);
}

bool hasLetterOrDigit(const QString &word)
{
    return std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

} // namespace

QString HistorySql::ftsMatch(const QString &text)
{
    QStringList terms;
    for (const QString &word : words(text)) {
        if (hasLetterOrDigit(word)) {
            QString quoted = word;
            quoted.replace(u'"', u"\"\""_s);
            terms << u'"' + quoted + u"\"*"_s;
        }
    }
    return terms.join(u' ');
}

SqlClause HistorySql::where(const HistoryFilter &filter, bool fullTextSearch)
{
    QStringList parts;
    QVariantList values;
    const QStringList textWords = words(filter.text);
    if (!textWords.isEmpty()) {
        QStringList likeWords = textWords;
        if (fullTextSearch) {
            const QString match = ftsMatch(filter.text);
            if (!match.isEmpty()) {
                parts << u"history.id IN (SELECT rowid FROM history_fts WHERE history_fts MATCH ?)"_s;
                values << match;
            }
            // Words FTS5 cannot see (punctuation only) still narrow by substring.
            likeWords.removeIf(hasLetterOrDigit);
        }
        for (const QString &word : std::as_const(likeWords)) {
            parts << u"(history.input_text LIKE ? ESCAPE '\\' "
                     "OR history.output_text LIKE ? ESCAPE '\\')"_s;
            values << likePattern(word) << likePattern(word);
        }
    }
    if (!filter.functionId.isEmpty()) {
        parts << u"history.function_id = ?"_s;
        values << filter.functionId;
    }
    if (!filter.revisionId.isEmpty()) {
        parts << u"history.revision_id = ?"_s;
        values << filter.revisionId;
    }
    if (!filter.tagKey.isEmpty() && !filter.tagValue.isEmpty()) {
        parts << u"history.id IN (SELECT entry_id FROM history_tags WHERE key = ? AND value = ?)"_s;
        values << filter.tagKey << filter.tagValue;
    } else if (!filter.tagKey.isEmpty()) {
        parts << u"history.id IN (SELECT entry_id FROM history_tags WHERE key = ?)"_s;
        values << filter.tagKey;
    } else if (!filter.tagValue.isEmpty()) {
        parts << u"history.id IN (SELECT entry_id FROM history_tags WHERE value = ?)"_s;
        values << filter.tagValue;
    }
    if (filter.status != HistoryFilter::Status::Any) {
        parts << u"history.ok = ?"_s;
        values << (filter.status == HistoryFilter::Status::Succeeded ? 1 : 0);
    }
    if (filter.from.isValid()) {
        parts << u"history.time_ms >= ?"_s;
        values << filter.from.toMSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        parts << u"history.time_ms < ?"_s;
        values << filter.to.toMSecsSinceEpoch();
    }
    if (parts.isEmpty()) {
        return { u"1"_s, {} };
    }
    return { parts.join(u" AND "_s), values };
}

SqlClause HistorySql::pageIds(const HistoryFilter &filter, bool fullTextSearch, qint64 offset,
                              int limit)
{
    SqlClause clause = where(filter, fullTextSearch);
    clause.sql = u"SELECT history.id FROM history WHERE "_s + clause.sql
            + u" ORDER BY history.time_ms DESC, history.id DESC LIMIT ? OFFSET ?"_s;
    clause.values << qMax(limit, 0) << qMax<qint64>(offset, 0);
    return clause;
}

void HistorySql::bind(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
}

} // namespace callpad
