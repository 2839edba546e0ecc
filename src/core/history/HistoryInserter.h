#pragma once

#include "core/Result.h"
#include "core/history/HistoryEntry.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace callpad {

// The statements that write one call (its row, tags and images), prepared once per write
// transaction so a batch of 100,000 calls does not prepare them 100,000 times. Internal to
// HistoryStore; the caller owns the transaction.
class HistoryInserter final
{
public:
    explicit HistoryInserter(const QSqlDatabase &db);

    // The new id. Applies the per-call image cap: inline images keep their bytes first come,
    // first kept, while the call's total fits; the rest are flagged truncated. Derives the
    // search texts when the entry left them empty. Every insert fails when the statements could
    // not be prepared.
    Result<qint64> insert(const HistoryEntry &source, qint64 imageCap);

private:
    static void applyImageCap(HistoryEntry *entry, qint64 cap);
    QString firstError() const;

    QSqlQuery m_entry;
    QSqlQuery m_tag;
    QSqlQuery m_image;
    Status m_prepared = Status::success(); // set once, by the constructor
};

} // namespace callpad
