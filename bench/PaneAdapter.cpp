#include "bench/PaneAdapter.h"

#include "gui/results/MessagePane.h"
#include "gui/results/PayloadPane.h"
#include "gui/results/RawPane.h"

#include <QAbstractScrollArea>
#include <QScrollBar>

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
    switch (pane) {
    case Pane::Message:
        // Synchronous today: the text is in the browser as soon as the pane has it.
        return !view->messagePane()->text().isEmpty();
    case Pane::Payload:
        // payloadReady() has been emitted exactly when this turns true.
        return !view->payloadPane()->isBusy() && !view->payloadPane()->text().isEmpty();
    case Pane::Raw:
        // textsReady() has been emitted exactly when this turns true.
        return !view->rawPane()->isBusy() && !view->rawPane()->responseText().isEmpty();
    }
    return false;
}

QAbstractScrollArea *textView(const ResultsView *view, Pane pane)
{
    static const QString names[]
            = { u"messageTextBrowser"_s, u"payloadTextEdit"_s, u"responsePlainTextEdit"_s };
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
    // A viewer that offers it declares an invokable `findAll(QString)` (slot or Q_INVOKABLE);
    // QPlainTextEdit and QTextBrowser only find one match at a time.
    QAbstractScrollArea *area = textView(view, pane);
    if (!area || area->metaObject()->indexOfMethod("findAll(QString)") < 0) {
        return false;
    }
    return QMetaObject::invokeMethod(area, "findAll", Q_ARG(QString, needle));
}

} // namespace callpad::bench::PaneAdapter
