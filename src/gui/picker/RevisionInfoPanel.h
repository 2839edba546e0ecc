#pragma once

#include "core/protocol/FunctionInfo.h"

#include <QDateTime>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class RevisionInfoPanel;
}

namespace callpad {

// What the chosen revision is: name, description, model, revision id and age, instructions,
// input and output schemas and configuration, all read-only and selectable. A header button
// collapses it to one line; the main window persists that choice.
class RevisionInfoPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevisionInfoPanel)

public:
    explicit RevisionInfoPanel(QWidget *parent = nullptr);
    ~RevisionInfoPanel() override;

    void setDetails(const FunctionDetails &details);
    // The details carry no creation time; FunctionPicker learns it separately.
    void setRevisionCreatedAt(const QDateTime &createdAt);
    void clear();

    [[nodiscard]] bool hasDetails() const { return m_details.has_value(); }
    [[nodiscard]] std::optional<FunctionDetails> details() const { return m_details; }

    [[nodiscard]] bool isExpanded() const;
    void setExpanded(bool expanded);

Q_SIGNALS:
    void expandedChanged(bool expanded);

private:
    void onToggled(bool expanded);
    void updateHeader();
    void updateRevisionLine();

    std::unique_ptr<Ui::RevisionInfoPanel> m_ui;
    std::optional<FunctionDetails> m_details;
    QDateTime m_createdAt;
};

} // namespace callpad
