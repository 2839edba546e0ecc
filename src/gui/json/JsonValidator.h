#pragma once

#include "core/Latest.h"

#include <QObject>
#include <QString>

class QTextDocument;
class QTimer;

namespace callpad {

// Checks a document's text as JSON shortly after each edit. Small texts are parsed in place;
// large ones on a worker thread, and a result that an edit has made stale is dropped.
class JsonValidator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonValidator)

public:
    struct Result
    {
        bool ok = true;
        bool empty = false; // blank text: neither valid nor invalid, the caller decides
        QString error;
        int line = 0; // 1-based, 0 when unknown
        int column = 0; // 1-based, 0 when unknown
    };

    static constexpr int DefaultDelayMs = 250;
    static constexpr int DefaultAsyncThreshold = 256 * 1024;

    explicit JsonValidator(QTextDocument *document, QObject *parent = nullptr);
    ~JsonValidator() override;

    [[nodiscard]] static Result check(const QString &text);

    void setDelay(int milliseconds);
    // Documents with more characters than this are parsed off the GUI thread.
    void setAsyncThreshold(int characters);
    [[nodiscard]] int asyncThreshold() const { return m_asyncThreshold; }

    // While disabled, edits schedule nothing and a running check's result is ignored.
    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }

    // True while an edit has not been checked yet (debounce running or worker busy).
    [[nodiscard]] bool isPending() const;
    // Background results that arrived after a newer edit or check and were dropped.
    [[nodiscard]] int staleResultsDropped() const { return m_worker.droppedCount(); }

    // Forgets the pending edit: no checked() until the next edit or run().
    void cancel();

    // Checks now: synchronously below the threshold, otherwise in the background.
    void run();
    // Checks now on this thread whatever the size; emits checked() too.
    Result runNow();

Q_SIGNALS:
    void checked(const callpad::JsonValidator::Result &result);

private:
    void onContentsChanged();

    QTextDocument *m_document;
    QTimer *m_timer;
    Latest m_worker;
    int m_asyncThreshold = DefaultAsyncThreshold;
    bool m_enabled = true;
};

} // namespace callpad
