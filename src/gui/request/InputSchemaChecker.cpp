#include "gui/request/InputSchemaChecker.h"

#include "core/Background.h"
#include "core/protocol/JsonText.h"

#include <QTimer>

namespace callpad {

InputSchemaChecker::InputSchemaChecker(std::function<QString()> text, QObject *parent)
    : QObject(parent), m_text(std::move(text)), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(DefaultDelayMs);
    connect(m_timer, &QTimer::timeout, this, &InputSchemaChecker::run);
}

InputSchemaChecker::~InputSchemaChecker() = default;

void InputSchemaChecker::setSchema(const std::optional<QJsonObject> &schema)
{
    if (schema == m_schema) {
        return;
    }
    m_schema = schema;
    run();
}

void InputSchemaChecker::setDelay(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void InputSchemaChecker::setAsyncThreshold(int characters)
{
    m_asyncThreshold = characters;
}

void InputSchemaChecker::setPlainString(bool plain)
{
    if (plain == m_plain) {
        return;
    }
    m_plain = plain;
    run();
}

bool InputSchemaChecker::isPending() const
{
    return m_timer->isActive() || m_worker.isPending();
}

void InputSchemaChecker::schedule()
{
    m_worker.invalidate();
    if (m_schema) {
        m_timer->start();
    } else {
        run();
    }
}

void InputSchemaChecker::run()
{
    m_timer->stop();
    m_worker.invalidate();
    if (!m_schema) {
        setResult({});
        return;
    }
    const QString text = m_text();
    if (text.size() <= m_asyncThreshold) {
        setResult(check(text, m_plain, *m_schema));
        return;
    }
    runLatest(
            this, m_worker,
            [text, plain = m_plain, schema = *m_schema] { return check(text, plain, schema); },
            [this](const SchemaCheck &result) { setResult(result); });
}

void InputSchemaChecker::runNow()
{
    m_timer->stop();
    m_worker.invalidate();
    setResult(m_schema ? check(m_text(), m_plain, *m_schema) : SchemaCheck());
}

SchemaCheck InputSchemaChecker::check(const QString &text, bool plain, const QJsonObject &schema)
{
    // Empty input is omitted from the call (checkDraft() agrees, in both modes), and invalid
    // JSON is reported by the editor.
    if (plain) {
        return text.isEmpty() ? SchemaCheck() : validateAgainstSchema(QJsonValue(text), schema);
    }
    if (QStringView(text).trimmed().isEmpty()) {
        return {};
    }
    const JsonTextResult parsed = parseJsonText(text);
    if (!parsed.ok) {
        return {};
    }
    return validateAgainstSchema(parsed.value, schema);
}

void InputSchemaChecker::setResult(const SchemaCheck &result)
{
    const bool changed = result.schemaOk != m_result.schemaOk
            || result.schemaError != m_result.schemaError
            || result.violations != m_result.violations;
    m_result = result;
    if (changed) {
        Q_EMIT resultChanged();
    }
}

} // namespace callpad
