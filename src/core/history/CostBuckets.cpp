#include "core/history/CostBuckets.h"

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

QDateTime localStart(QDate date, int hour, const QTimeZone &zone)
{
    // startOfDay() copes with zones whose midnight is skipped on their change day.
    return hour == 0 ? date.startOfDay(zone) : QDateTime(date, QTime(hour, 0), zone);
}

} // namespace

CostBuckets::CostBuckets(Bucket bucket, const QTimeZone &zone, qint64 fromMs, qint64 toMs)
    : m_bucket(bucket), m_zone(zone), m_fromMs(fromMs), m_toMs(qMax(fromMs, toMs))
{
}

QString CostBuckets::localSecondsSql() const
{
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(m_fromMs, Qt::UTC);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(m_toMs, Qt::UTC);
    const int firstOffset = m_zone.offsetFromUtc(from);
    QString offset = QString::number(firstOffset);
    if (m_zone.hasTransitions()) {
        const QTimeZone::OffsetDataList transitions = m_zone.transitions(from, to);
        if (!transitions.isEmpty()) {
            offset = u"CASE"_s;
            int previous = firstOffset;
            for (const QTimeZone::OffsetData &transition : transitions) {
                offset += u" WHEN history.time_ms < %1 THEN %2"_s
                                  .arg(transition.atUtc.toMSecsSinceEpoch())
                                  .arg(previous);
                previous = transition.offsetFromUtc;
            }
            offset += u" ELSE %1 END"_s.arg(previous);
        }
    }
    return u"(history.time_ms / 1000 + ("_s + offset + u"))"_s;
}

QString CostBuckets::keySql() const
{
    const QString local = localSecondsSql();
    switch (m_bucket) {
    case Bucket::Hour:
        return u"strftime('%Y-%m-%dT%H', "_s + local + u", 'unixepoch')"_s;
    case Bucket::Day:
        return u"strftime('%Y-%m-%d', "_s + local + u", 'unixepoch')"_s;
    case Bucket::Week:
        // The Monday on or before the day: to the next Sunday (or stay on one), back six days.
        return u"date("_s + local + u", 'unixepoch', 'weekday 0', '-6 days')"_s;
    }
    return {};
}

QString CostBuckets::keyOf(const QDateTime &time) const
{
    const QDateTime local = time.toTimeZone(m_zone);
    const QDate date = local.date();
    switch (m_bucket) {
    case Bucket::Hour:
        return date.toString(Qt::ISODate) + u'T'
                + u"%1"_s.arg(local.time().hour(), 2, 10, QChar(u'0'));
    case Bucket::Day:
        return date.toString(Qt::ISODate);
    case Bucket::Week:
        return date.addDays(1 - date.dayOfWeek()).toString(Qt::ISODate);
    }
    return {};
}

QDateTime CostBuckets::startOf(const QString &key) const
{
    const QDate date = QDate::fromString(key.left(10), Qt::ISODate);
    const int hour = m_bucket == Bucket::Hour ? QStringView(key).mid(11, 2).toInt() : 0;
    return localStart(date, hour, m_zone);
}

QStringList CostBuckets::keysBetween(const QString &first, const QString &last, int max) const
{
    QStringList keys;
    if (first.isEmpty() || last < first) {
        return keys;
    }
    if (m_bucket == Bucket::Hour) {
        QDateTime time = startOf(first);
        // Each step is one real hour; a repeated local hour gives its key twice, kept once.
        while (keys.size() <= max) {
            const QString key = keyOf(time);
            if (key > last) {
                break;
            }
            if (keys.isEmpty() || keys.last() != key) {
                keys << key;
            }
            time = time.addSecs(3600);
        }
    } else {
        const int step = m_bucket == Bucket::Week ? 7 : 1;
        const QDate end = QDate::fromString(last, Qt::ISODate);
        for (QDate date = QDate::fromString(first, Qt::ISODate); date.isValid() && date <= end;
             date = date.addDays(step)) {
            if (keys.size() > max) {
                break;
            }
            keys << date.toString(Qt::ISODate);
        }
    }
    if (keys.size() > max) {
        keys.clear();
    }
    return keys;
}

} // namespace callpad
