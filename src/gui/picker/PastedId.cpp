#include "gui/picker/PastedId.h"

#include <QStringView>

namespace callpad {

namespace {

bool isWrapped(QStringView text)
{
    if (text.size() < 2) {
        return false;
    }
    const QChar first = text.front();
    const QChar last = text.back();
    if (first == u'{') {
        return last == u'}';
    }
    if (first == u'(') {
        return last == u')';
    }
    if (first == u'<') {
        return last == u'>';
    }
    if (first == u'"' || first == u'\'' || first == u'`') {
        return last == first;
    }
    return false;
}

} // namespace

QString cleanPastedId(const QString &text)
{
    QStringView view = QStringView(text).trimmed();
    while (isWrapped(view)) {
        view = view.sliced(1, view.size() - 2).trimmed();
    }
    return view.toString();
}

} // namespace callpad
