#include "gui/presets/PresetItemDelegate.h"

#include "gui/presets/PresetListModel.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

constexpr int kMargin = 4;
constexpr int kIconGap = 6;

QFont nameFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

QFont detailFont(const QFont &base)
{
    QFont font = base;
    font.setBold(false); // the base is bold for the open preset
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(font.pointSizeF() * 0.9);
    }
    return font;
}

} // namespace

PresetItemDelegate::PresetItemDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

PresetItemDelegate::~PresetItemDelegate() = default;

QString PresetItemDelegate::detailText(const QModelIndex &index)
{
    QString error = index.data(PresetListModel::ErrorRole).toString();
    if (!error.isEmpty()) {
        return error;
    }
    QStringList parts;
    for (const int role :
         { int(PresetListModel::DescriptionRole), int(PresetListModel::FunctionNameRole) }) {
        const QString text = index.data(role).toString().simplified();
        if (!text.isEmpty()) {
            parts.append(text);
        }
    }
    return parts.join(u" · "_s);
}

void PresetItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // The panel only: text and icon are drawn below in two lines.
    const QString name = opt.text;
    const QIcon icon = opt.icon;
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const bool current = index.data(PresetListModel::IsCurrentRole).toBool();
    const bool broken = !index.data(PresetListModel::ErrorRole).toString().isEmpty();
    painter->save();
    if (current && !selected) {
        QColor tint = opt.palette.color(QPalette::Highlight);
        tint.setAlphaF(0.18F);
        painter->fillRect(opt.rect, tint);
    }

    QRect area = opt.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    if (!icon.isNull()) {
        const int side = opt.decorationSize.height();
        const QRect iconRect(area.left(), area.top() + (area.height() - side) / 2, side, side);
        icon.paint(painter, iconRect);
        area.setLeft(iconRect.right() + kIconGap);
    }

    const QPalette::ColorGroup group = broken || !opt.state.testFlag(QStyle::State_Enabled)
            ? QPalette::Disabled
            : QPalette::Normal;
    const QColor textColor
            = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor detailColor = textColor;
    if (!broken) {
        detailColor.setAlphaF(0.7F);
    }

    const QFont boldFont = nameFont(opt.font);
    const QFontMetrics boldMetrics(boldFont);
    QString title = name;
    if (index.data(PresetListModel::IsDirtyRole).toBool()) {
        title += u" \u25CF"_s;
    }
    painter->setFont(boldFont);
    painter->setPen(textColor);
    const QRect titleRect(area.left(), area.top(), area.width(), boldMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));

    const QFont smallFont = detailFont(opt.font);
    const QFontMetrics smallMetrics(smallFont);
    const QString detail = detailText(index);
    if (!detail.isEmpty()) {
        painter->setFont(smallFont);
        painter->setPen(detailColor);
        const QRect detailRect(area.left(), titleRect.bottom() + 1, area.width(),
                               smallMetrics.height());
        painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(detail, Qt::ElideRight, detailRect.width()));
    }
    painter->restore();
}

QSize PresetItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics boldMetrics(nameFont(opt.font));
    const QFontMetrics smallMetrics(detailFont(opt.font));
    const int textHeight = boldMetrics.height() + 1 + smallMetrics.height();
    const int height = std::max(textHeight, opt.decorationSize.height()) + 2 * kMargin;
    const int width = boldMetrics.horizontalAdvance(opt.text) + 2 * kMargin
            + opt.decorationSize.width() + kIconGap;
    return { width, height };
}

} // namespace callpad
