#include "gui/json/JsonValidator.h"

#include "core/Background.h"
#include "core/protocol/JsonText.h"

#include <QTextDocument>
#include <QTimer>

namespace callpad {

JsonValidator::JsonValidator(QTextDocument *document, QObject *parent)
    : QObject(parent), m_document(document), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(DefaultDelayMs);
    connect(m_timer, &QTimer::timeout, this, &JsonValidator::run);
    connect(document, &QTextDocument::contentsChanged, this, &JsonValidator::onContentsChanged);
}

JsonValidator::~JsonValidator() = default;

JsonValidator::Result JsonValidator::check(const QString &text)
{
    Result result;
    if (QStringView(text).trimmed().isEmpty()) {
        result.empty = true;
        return result;
    }
    const JsonTextResult parsed = parseJsonText(text);
    result.ok = parsed.ok;
    result.error = parsed.error;
    result.line = parsed.line;
    result.column = parsed.column;
    return result;
}

void JsonValidator::setDelay(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void JsonValidator::setAsyncThreshold(int characters)
{
    m_asyncThreshold = characters;
}

void JsonValidator::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled) {
        cancel();
    }
}

void JsonValidator::cancel()
{
    m_timer->stop();
    m_worker.invalidate();
}

bool JsonValidator::isPending() const
{
    return m_timer->isActive() || m_worker.isPending();
}

void JsonValidator::run()
{
    m_timer->stop();
    if (m_document->characterCount() <= m_asyncThreshold) {
        runNow();
        return;
    }
    // An edit, a cancel or a newer run makes this result stale (Latest).
    runLatest(
            this, m_worker, [text = m_document->toPlainText()] { return check(text); },
            [this](const Result &result) {
                if (m_enabled) {
                    Q_EMIT checked(result);
                }
            });
}

JsonValidator::Result JsonValidator::runNow()
{
    m_timer->stop();
    // Invalidate any worker still running: this result is newer.
    m_worker.invalidate();
    Result result = check(m_document->toPlainText());
    Q_EMIT checked(result);
    return result;
}

void JsonValidator::onContentsChanged()
{
    m_worker.invalidate();
    if (m_enabled) {
        m_timer->start();
    }
}

} // namespace callpad
