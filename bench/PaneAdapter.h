#pragma once

#include "gui/results/ResultsView.h"

#include <QString>

class QAbstractScrollArea;
class QWidget;

namespace callpad::bench {

enum class Pane { Message, Payload, Raw };

// Everything the benchmark knows about the inside of the result panes, in one place: when the
// panes change, only this file does.
namespace PaneAdapter {

[[nodiscard]] QWidget *pane(const ResultsView *view, Pane pane);
[[nodiscard]] ResultsView::Tab tab(Pane pane);
[[nodiscard]] QString name(Pane pane);

// True when the pane holds the last result's text, ready to be painted: not formatting it any
// more, not a placeholder. (Re-point this first when the panes' API changes.)
[[nodiscard]] bool isTextShown(const ResultsView *view, Pane pane);

// The widget that shows the pane's text, found by objectName; null when there is none.
[[nodiscard]] QAbstractScrollArea *textView(const ResultsView *view, Pane pane);

// What a user does on a long text: scroll to its end, copy all of it (the pane's copy
// button), find every match. scrollToEnd() is false when there is no text view to scroll (the
// adapter is out of date), findAll() when the text view offers no find-all. findAll() returns
// once the search has finished.
[[nodiscard]] bool scrollToEnd(const ResultsView *view, Pane pane);
void copyAll(const ResultsView *view, Pane pane);
[[nodiscard]] bool findAll(const ResultsView *view, Pane pane, const QString &needle);

} // namespace PaneAdapter

} // namespace callpad::bench
