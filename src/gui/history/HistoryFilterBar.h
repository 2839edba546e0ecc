#pragma once

#include "core/Latest.h"
#include "core/history/HistoryFilter.h"
#include "core/history/HistoryStore.h"

#include <QDate>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;

namespace Ui {
class HistoryFilterBar;
}

namespace callpad {

class HistoryService;

// What the history is narrowed to: search words, function, revision, tag, outcome and a date
// range with quick presets. Shared by the calls list and the cost pane, so it knows neither:
// they read filter() when filterChanged() fires. The pickers list the history's facets, read on
// the history's thread and refreshed (coalesced) when the history changes.
class HistoryFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryFilterBar)

public:
    // Typing waits this long for a pause before the filter changes, so a word is one query.
    static constexpr int SearchDelayMs = 300;
    // Store changes come in bursts (a batch run); facets are re-read once per burst.
    static constexpr int FacetRefreshDelayMs = 250;

    explicit HistoryFilterBar(HistoryService *history, QWidget *parent = nullptr);
    ~HistoryFilterBar() override;

    [[nodiscard]] HistoryFilter filter() const;
    // Shows `filter` in the controls (a function, revision or tag the store no longer lists is
    // kept as an extra item); emits filterChanged() when it differs from the current one.
    void setFilter(const HistoryFilter &filter);
    // Re-reads the function, revision and tag pickers' choices, keeping the current choices;
    // facetsRefreshed() when they are on show.
    void refreshFacets();

    // Where "today" comes from for the quick ranges; tests pin it. Defaults to the local date.
    void setClock(std::function<QDate()> today);

Q_SIGNALS:
    void filterChanged();
    void facetsRefreshed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showFilter(const HistoryFilter &filter); // the controls only, no announcement
    void fillStatusAndRanges();
    void fillFunctions();
    void fillRevisions();
    void fillTags();
    void onSearchEdited();
    void onRangePicked(int index);
    void onDatesEdited();
    void syncRangePicker();
    void announceIfChanged();
    static void selectData(QComboBox *combo, const QString &id, const QString &fallbackText);

    // Every picker's choices, read in one go on the history's thread.
    struct Facets
    {
        QList<HistoryFacet> functions;
        QHash<QString, QList<HistoryFacet>> revisions; // by function id; "" for all
        QList<HistoryFacet> tags;
    };
    static Facets readFacets(const HistoryStore &store);
    void showFacets(const Facets &facets);

    std::unique_ptr<Ui::HistoryFilterBar> m_ui;
    QPointer<HistoryService> m_history;
    Facets m_facets;
    Latest m_facetRequest;
    QTimer m_searchTimer;
    QTimer m_facetTimer;
    std::function<QDate()> m_today;
    QString m_text; // the search text once typing paused
    HistoryFilter m_announced; // the filter last announced by filterChanged()
};

} // namespace callpad
