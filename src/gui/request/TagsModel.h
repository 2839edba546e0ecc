#pragma once

#include "core/protocol/CallRequest.h"
#include "gui/request/TextTableModel.h"

namespace callpad {

// The tags table: Key | Value, both strings edited in place. A key that is empty (or only
// whitespace) or used by more than one row is an error, flagged on every row it affects:
// the same rules as checkDraft().
class TagsModel final : public TextTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagsModel)

public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };

    explicit TagsModel(QObject *parent = nullptr);
    ~TagsModel() override;

    [[nodiscard]] QList<Tag> tags() const;
    // Replaces every row as one undoable step.
    void setTags(const QList<Tag> &tags);

protected:
    [[nodiscard]] QList<QList<CellState>>
    computeStates(const QList<QStringList> &rows) const override;
    [[nodiscard]] QString plainToolTip(int row, int column) const override;
};

} // namespace callpad
