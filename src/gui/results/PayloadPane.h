#pragma once

#include "core/Latest.h"
#include "core/schema/SchemaValidation.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class PayloadPane;
}

namespace callpad {

class JsonTreeView;
class TextView;

// The `json_payload` of a call: a lazy tree beside the indented, highlighted text, and, when the
// revision's output schema is known, the payload's violations of it. The pane gets the payload as
// the text it came as; big ones are indented (as UTF-8, kept once), parsed and validated on worker
// threads and shown in a TextView, which indexes them off the GUI thread too. The text shows
// first, the schema check follows. Above LargePayloadBytes the payload is never held as a tree:
// the check parses it on its worker and lets go, and the tree is built only when asked for ("Show
// tree").
class PayloadPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayloadPane)

public:
    static constexpr qsizetype LargePayloadBytes = qsizetype(2) * 1024 * 1024;
    // From this size on, formatting and validation leave the GUI thread.
    static constexpr qsizetype BackgroundBytes = qsizetype(256) * 1024;
    // The schema problems listed; a count says how many more there are.
    static constexpr int ProblemListLimit = 500;

    explicit PayloadPane(QWidget *parent = nullptr);
    ~PayloadPane() override;

    // `text` is the payload's JSON text (CallResponse::jsonPayloadText).
    void setPayload(const QByteArray &text, std::optional<QJsonObject> outputSchema = std::nullopt);
    void clear();

    // Live display of a structured stream: each delta becomes a "path: value" line.
    void beginStream();
    void appendStreamDelta(const QString &jsonPath, const QJsonValue &delta);

    [[nodiscard]] bool isTreeBuilt() const { return m_treeBuilt; }
    // True until the text is on screen and the schema check (if any) listed.
    [[nodiscard]] bool isBusy() const { return m_busy; }
    // Background results that arrived after a newer payload and were dropped.
    [[nodiscard]] int staleResultsDropped() const { return m_formatting.droppedCount(); }
    [[nodiscard]] bool isLarge() const { return m_large; }
    // The parsed payload; Undefined for a large one once shown (only its text is kept).
    [[nodiscard]] QJsonValue payload() const { return m_payload; }
    // The formatted text: decoded for tests and small payloads; utf8() is the kept copy.
    [[nodiscard]] QString text() const { return QString::fromUtf8(m_text); }
    [[nodiscard]] QByteArray utf8() const { return m_text; }
    [[nodiscard]] const std::optional<SchemaCheck> &schemaCheck() const { return m_check; }

    [[nodiscard]] JsonTreeView *treeView() const;
    [[nodiscard]] TextView *textView() const;

public Q_SLOTS:
    void showTree();
    void copyPayload();

Q_SIGNALS:
    // The text is on screen and, when a schema was given, the check is listed.
    void payloadReady();
    void statusMessage(const QString &message);
    // The tree is on screen (a large payload's after it was parsed again off the GUI thread).
    void treeShown();

private:
    struct Formatted
    {
        QByteArray text;
        QJsonValue value { QJsonValue::Undefined }; // not made for a large payload
    };
    static Formatted format(const QByteArray &text, bool large);
    void apply(const Formatted &formatted);
    void checkSchema();
    void showCheck();
    void finishIfReady();
    void resetViews();

    std::unique_ptr<Ui::PayloadPane> m_ui;
    QJsonValue m_payload { QJsonValue::Undefined };
    QByteArray m_text;
    std::optional<QJsonObject> m_schema;
    std::optional<SchemaCheck> m_check;
    Latest m_formatting; // results of an older setPayload() are dropped
    Latest m_checking;
    Latest m_treeBuilding; // a large payload's tree, parsed again from the text
    bool m_busy = false;
    bool m_textPending = false; // the view is indexing the text
    bool m_checkPending = false;
    bool m_large = false;
    bool m_treeBuilt = false;
    bool m_streaming = false;
};

} // namespace callpad
