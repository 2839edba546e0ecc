#include "JsonValidator.h"

#include "protocol/JsonText.h"

#include <QFutureWatcher>
#include <QTextDocument>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace callpad {

JsonValidator::JsonValidator(QTextDocument *document, QObject *parent)
    : QObject(parent), m_document(document), m_timer(new QTimer(this)),
      m_watcher(new QFutureWatcher<Result>(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(DefaultDelayMs);
    connect(m_timer, &QTimer::timeout, this, &JsonValidator::run);
    connect(m_watcher, &QFutureWatcher<Result>::finished, this, &JsonValidator::onWorkerFinished);
    connect(document, &QTextDocument::contentsChanged, this, &JsonValidator::onContentsChanged);
}

JsonValidator::~JsonValidator()
{
    // QFutureWatcher does not wait for the worker; make sure no result is delivered late.
    m_watcher->disconnect(this);
}

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
    ++m_generation;
}

bool JsonValidator::isPending() const
{
    return m_timer->isActive() || (m_watcher->isRunning() && m_workerGeneration == m_generation);
}

void JsonValidator::run()
{
    m_timer->stop();
    if (m_document->characterCount() <= m_asyncThreshold) {
        runNow();
        return;
    }
    // Each run gets the current generation; onWorkerFinished() drops results of older ones.
    m_workerGeneration = m_generation;
    m_watcher->setFuture(
            QtConcurrent::run([text = m_document->toPlainText()]() { return check(text); }));
}

JsonValidator::Result JsonValidator::runNow()
{
    m_timer->stop();
    // Invalidate any worker still running: this result is newer.
    m_workerGeneration = 0;
    const Result result = check(m_document->toPlainText());
    Q_EMIT checked(result);
    return result;
}

void JsonValidator::onContentsChanged()
{
    ++m_generation;
    if (m_enabled) {
        m_timer->start();
    }
}

void JsonValidator::onWorkerFinished()
{
    if (!m_enabled || m_workerGeneration != m_generation || m_watcher->isCanceled()) {
        return;
    }
    Q_EMIT checked(m_watcher->result());
}

} // namespace callpad
