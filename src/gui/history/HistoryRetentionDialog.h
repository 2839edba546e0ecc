#pragma once

#include "core/history/HistoryFilter.h"

#include <QDialog>

#include <memory>

namespace Ui {
class HistoryRetentionDialog;
}

namespace callpad {

// Picks how much history to keep: everything, the last N days or the newest N calls. Only
// returns the choice; the window stores it in the settings and applies it to the store.
class HistoryRetentionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryRetentionDialog)

public:
    explicit HistoryRetentionDialog(const Retention &current, QWidget *parent = nullptr);
    ~HistoryRetentionDialog() override;

    [[nodiscard]] Retention retention() const;
    void setRetention(const Retention &retention);

private:
    void updateEnabled();

    std::unique_ptr<Ui::HistoryRetentionDialog> m_ui;
};

} // namespace callpad
