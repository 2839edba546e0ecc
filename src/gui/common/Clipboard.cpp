#include "gui/common/Clipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace callpad {

void setClipboardUtf8(const QByteArray &utf8)
{
    auto *mime = new QMimeData;
    mime->setData(u"text/plain;charset=utf-8"_s, utf8);
    mime->setData(u"text/plain"_s, utf8);
    QGuiApplication::clipboard()->setMimeData(mime);
}

} // namespace callpad
