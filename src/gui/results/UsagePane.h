#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class UsagePane;
}

namespace callpad {

struct CallResult;

// Usage & cost of a call: token counts, cost in USD, a "Cached" badge, latency, whether it
// streamed, the span id (with copy), and any usage or cost fields Callpad does not know.
class UsagePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsagePane)

public:
    explicit UsagePane(QWidget *parent = nullptr);
    ~UsagePane() override;

    void setResult(const CallResult &result);
    void clear();

    [[nodiscard]] QString spanId() const { return m_spanId; }
    [[nodiscard]] bool isCachedBadgeShown() const;

public Q_SLOTS:
    void copySpanId();

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void styleBadge();

    std::unique_ptr<Ui::UsagePane> m_ui;
    QString m_spanId;
};

} // namespace callpad
