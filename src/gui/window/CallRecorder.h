#pragma once

#include "history/HistoryFilter.h"

#include <QObject>
#include <QTimeZone>
#include <QUrl>

namespace callpad {

class HistoryStore;
struct CallDraft;
struct CallResult;

// Keeps the window's calls in the history: records every finished call, successful or not,
// applies the retention setting, and reports today's and this month's spend for the budget.
class CallRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallRecorder)

public:
    // `store` is not owned and may be closed (then nothing is recorded and the reason is kept).
    explicit CallRecorder(HistoryStore *store, QObject *parent = nullptr);

    struct Context
    {
        QString functionName;
        QString revisionLabel;
        QString presetName;
        QUrl baseUrl;
    };
    // Returns the new entry's id, or 0 when it could not be recorded (failed() says why).
    qint64 record(const CallResult &result, const CallDraft &draft, const Context &context);

    void setRetention(const Retention &retention);
    Retention retention() const { return m_retention; }

    HistoryStore *store() const { return m_store; }

Q_SIGNALS:
    void recorded(qint64 id);
    void failed(const QString &message);

private:
    HistoryStore *m_store;
    Retention m_retention;
};

} // namespace callpad
