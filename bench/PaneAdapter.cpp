#include "bench/PaneAdapter.h"

#include "gui/results/MessagePane.h"
#include "gui/results/PayloadPane.h"
#include "gui/results/RawPane.h"
#include "gui/textview/TextView.h"

#include <QAbstractScrollArea>
#include <QEventLoop>
#include <QScrollBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace callpad::bench::PaneAdapter {

QWidget *pane(const ResultsView *view, Pane pane)
{
    switch (pane) {
    case Pane::Message:
        return view->messagePane();
    case Pane::Payload:
        return view->payloadPane();
    case Pane::Raw:
        return view->rawPane();
    }
    return nullptr;
}

ResultsView::Tab tab(Pane pane)
{
    switch (pane) {
    case Pane::Message:
        return ResultsView::MessageTab;
    case Pane::Payload:
        return ResultsView::PayloadTab;
    case Pane::Raw:
        return ResultsView::RawTab;
    }
    return ResultsView::MessageTab;
}

QString name(Pane pane)
{
    switch (pane) {
    case Pane::Message:
        return u"message"_s;
    case Pane::Payload:
        return u"payload"_s;
    case Pane::Raw:
        return u"raw"_s;
    }
    return {};
}

bool isTextShown(const ResultsView *view, Pane pane)
{
    // Each pane is busy until its text is on screen (payloadReady(), textsReady() and
    // messageShown() are emitted when this turns true). No check decodes the text.
    switch (pane) {
    case Pane::Message:
        return !view->messagePane()->isBusy() && !view->messagePane()->text().isEmpty();
    case Pane::Payload:
        return !view->payloadPane()->isBusy() && !view->payloadPane()->utf8().isEmpty();
    case Pane::Raw:
        return !view->rawPane()->isBusy() && !view->rawPane()->responseView()->isEmpty();
    }
    return false;
}

QAbstractScrollArea *textView(const ResultsView *view, Pane pane)
{
    static const QString names[]
            = { u"messageTextView"_s, u"payloadTextView"_s, u"responseTextView"_s };
    return PaneAdapter::pane(view, pane)->findChild<QAbstractScrollArea *>(names[int(pane)]);
}

bool scrollToEnd(const ResultsView *view, Pane pane)
{
    QAbstractScrollArea *area = textView(view, pane);
    if (!area) {
        return false;
    }
    QScrollBar *bar = area->verticalScrollBar();
    bar->setValue(bar->maximum());
    return true;
}

void copyAll(const ResultsView *view, Pane pane)
{
    switch (pane) {
    case Pane::Message:
        view->messagePane()->copyMessage();
        break;
    case Pane::Payload:
        view->payloadPane()->copyPayload();
        break;
    case Pane::Raw:
        view->rawPane()->copyResponse();
        break;
    }
}

bool findAll(const ResultsView *view, Pane pane, const QString &needle)
{
    auto *text = qobject_cast<TextView *>(textView(view, pane));
    if (!text) {
        return false;
    }
    // The search runs on a worker; the heartbeat keeps beating while this waits for it.
    QEventLoop loop;
    QObject::connect(text, &TextView::searchFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    text->find(needle);
    if (text->isSearching()) {
        loop.exec();
    }
    return !text->isSearching();
}

} // namespace callpad::bench::PaneAdapter
