#pragma once

#include <QStyledItemDelegate>

namespace callpad {

// Two lines per preset: the name in bold (with a dot while the open preset has unsaved edits),
// then the description and function name, smaller and dimmed. A broken file is drawn with the
// disabled text colour and its error on the second line; the open preset gets a tinted
// background. All colours come from the view's palette, so dark themes work.
class PresetItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetItemDelegate)

public:
    explicit PresetItemDelegate(QObject *parent = nullptr);
    ~PresetItemDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const override;

    // The second line's text for `index`: the error for a broken file, otherwise the
    // description and the function name joined by " · ".
    [[nodiscard]] static QString detailText(const QModelIndex &index);
};

} // namespace callpad
