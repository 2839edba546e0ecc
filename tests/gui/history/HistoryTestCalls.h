#pragma once

// Hand-built recorded calls for the History panel's tests: real HistoryEntry values, recorded
// into a real SQLite file in a temporary folder.

#include "core/history/HistoryEntry.h"
#include "core/history/HistoryStore.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace callpad::test {

using namespace Qt::StringLiterals;

inline const QString TranslateId = u"aaaaaaaa-0000-4000-8000-000000000001"_s;
inline const QString SummarizeId = u"bbbbbbbb-0000-4000-8000-000000000002"_s;
inline const QString TranslateRev1 = u"a1a1a1a1-1111-4000-8000-000000000011"_s;
inline const QString TranslateRev2 = u"a2a2a2a2-2222-4000-8000-000000000012"_s;
inline const QString SummarizeRev1 = u"b1b1b1b1-1111-4000-8000-000000000021"_s;

struct CallSpec
{
    QDateTime time;
    QString functionId = TranslateId;
    QString revisionId = TranslateRev1;
    QString input = u"hello"_s;
    bool ok = true;
    QList<Tag> tags {};
    std::optional<qint64> tokens = 42;
    std::optional<double> cost = 0.0015;
    bool cached = false;
};

inline QString functionNameOf(const QString &functionId)
{
    return functionId == TranslateId ? u"translate"_s : u"summarize"_s;
}

inline HistoryEntry makeCall(const CallSpec &spec)
{
    HistoryEntry entry;
    entry.time = spec.time;
    entry.source = u"app"_s;
    entry.baseUrl = QUrl(u"http://127.0.0.1:9"_s);
    entry.functionId = spec.functionId;
    entry.functionName = functionNameOf(spec.functionId);
    entry.revisionId = spec.revisionId;
    entry.revisionLabel = u"rev "_s + spec.revisionId.left(2);
    entry.requestMethod = "POST";
    entry.requestUrl = QUrl(u"http://127.0.0.1:9/v2/functions/%1/call"_s.arg(spec.functionId));
    entry.requestBody = QJsonDocument(QJsonObject { { u"input"_s, spec.input } })
                                .toJson(QJsonDocument::Compact);
    entry.latencyMs = 250;
    entry.totalTokens = spec.tokens;
    entry.costTotal = spec.cost;
    entry.cached = spec.cached;
    entry.tags = spec.tags;
    if (spec.ok) {
        entry.httpStatus = 200;
        entry.httpReason = "OK";
        entry.responseBody = R"({"message":"hi"})";
    } else {
        entry.httpStatus = 500;
        entry.httpReason = "Internal Server Error";
        entry.error.kind = ErrorKind::Http;
        entry.error.httpStatus = 500;
        entry.error.message = u"Internal error"_s;
        entry.errorSummary = entry.error.summary();
        entry.responseBody = R"({"type":"InternalError","message":"Internal error"})";
    }
    return entry;
}

// A fixed point in time, so days and ordering are the same on every run.
inline QDateTime baseTime()
{
    return { QDate(2024, 5, 15), QTime(12, 0), Qt::UTC };
}

// Calls `act` with the application's modal dialog named `name` as soon as it is open (a modal
// exec() blocks the test until then). Polls on the event loop; it never sleeps.
inline void whenModalShows(const QString &name, std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, name, act = std::move(act)] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal != nullptr && modal->objectName() == name) {
            timer->stop();
            timer->deleteLater();
            act(modal);
        }
    });
    timer->start();
}

} // namespace callpad::test
