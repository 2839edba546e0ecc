#pragma once

#include "core/Latest.h"
#include "core/schema/SchemaValidation.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

class QTimer;

namespace callpad {

// Checks the input text against the revision's input schema a moment after the last edit.
// Small inputs are checked in place, big ones on a worker thread; a result an edit has made
// stale is dropped. Text that is not valid JSON has no schema result: the JSON error comes first.
// Empty text has none either: the call then carries no input.
class InputSchemaChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InputSchemaChecker)

public:
    static constexpr int DefaultDelayMs = 300;
    static constexpr int DefaultAsyncThreshold = 32 * 1024;

    // `text` is read when a check starts, so a burst of edits costs one copy.
    explicit InputSchemaChecker(std::function<QString()> text, QObject *parent = nullptr);
    ~InputSchemaChecker() override;

    void setSchema(const std::optional<QJsonObject> &schema);
    [[nodiscard]] const std::optional<QJsonObject> &schema() const { return m_schema; }

    void setDelay(int milliseconds);
    void setAsyncThreshold(int characters);

    // In plain-string mode the text is what is sent as one JSON string, so that string is what
    // gets checked (an object schema then reports the type mismatch at the root).
    void setPlainString(bool plain);

    [[nodiscard]] const SchemaCheck &result() const { return m_result; }
    [[nodiscard]] bool isPending() const;

public Q_SLOTS:
    // Starts (or restarts) the delay before a check.
    void schedule();
    // Checks now: in place below the threshold, otherwise on a worker.
    void run();
    // Checks now in place whatever the size.
    void runNow();

Q_SIGNALS:
    void resultChanged();

private:
    [[nodiscard]] static SchemaCheck check(const QString &text, bool plain,
                                           const QJsonObject &schema);
    void setResult(const SchemaCheck &result);

    std::function<QString()> m_text;
    std::optional<QJsonObject> m_schema;
    QTimer *m_timer;
    SchemaCheck m_result;
    Latest m_worker;
    int m_asyncThreshold = DefaultAsyncThreshold;
    bool m_plain = false;
};

} // namespace callpad
