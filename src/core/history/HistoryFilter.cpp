#include "core/history/HistoryFilter.h"

using namespace Qt::StringLiterals;

namespace callpad {

QString Retention::toSetting() const
{
    if (count < 1) {
        return u"keep_all"_s;
    }
    switch (mode) {
    case Mode::KeepAll:
        break;
    case Mode::Days:
        return u"days:%1"_s.arg(count);
    case Mode::Calls:
        return u"calls:%1"_s.arg(count);
    }
    return u"keep_all"_s;
}

std::optional<Retention> Retention::fromSetting(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == u"keep_all") {
        return keepAll();
    }
    const qsizetype colon = trimmed.indexOf(u':');
    if (colon < 0) {
        return std::nullopt;
    }
    bool ok = false;
    const int n = trimmed.sliced(colon + 1).toInt(&ok);
    if (!ok || n < 1) {
        return std::nullopt;
    }
    const QStringView mode = QStringView(trimmed).left(colon);
    if (mode == u"days") {
        return days(n);
    }
    if (mode == u"calls") {
        return calls(n);
    }
    return std::nullopt;
}

} // namespace callpad
