#include "gui/history/HistoryFilterBar.h"

#include "core/history/HistoryService.h"
#include "gui/history/HistoryDateRange.h"
#include "ui_HistoryFilterBar.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

constexpr int IdRole = Qt::UserRole; // function/revision id, tag key
constexpr int TagValueRole = Qt::UserRole + 1;
constexpr int ShortIdLength = 8;

// The date edits' minimum means "open": it reads "Any". No call predates it.
const QDate OpenDate(2000, 1, 1);

bool sameFilter(const HistoryFilter &a, const HistoryFilter &b)
{
    return a.text == b.text && a.functionId == b.functionId && a.revisionId == b.revisionId
            && a.tagKey == b.tagKey && a.tagValue == b.tagValue && a.status == b.status
            && a.from == b.from && a.to == b.to;
}

QDate editDate(const QDateEdit *edit)
{
    return edit->date() == OpenDate ? QDate() : edit->date();
}

void setEditDate(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() && date > OpenDate ? date : OpenDate);
}

QString revisionText(const HistoryFacet &facet)
{
    const QString shortId = facet.id.left(ShortIdLength);
    return facet.label.isEmpty() || facet.label == facet.id
            ? shortId
            : HistoryFilterBar::tr("%1 · %2").arg(facet.label, shortId);
}

QString tagText(const QString &key, const QString &value)
{
    return key + u'=' + value;
}

} // namespace

HistoryFilterBar::HistoryFilterBar(HistoryService *history, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::HistoryFilterBar>()), m_history(history),
      m_today([] { return QDate::currentDate(); })
{
    m_ui->setupUi(this);
    setObjectName(u"historyFilterBar"_s);

    for (QDateEdit *edit : { m_ui->historyFromDateEdit, m_ui->historyToDateEdit }) {
        edit->setMinimumDate(OpenDate);
        edit->setSpecialValueText(tr("Any"));
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setDate(OpenDate);
        edit->calendarWidget()->installEventFilter(this);
    }
    fillStatusAndRanges();
    fillFunctions();
    fillRevisions();
    fillTags();

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &HistoryFilterBar::onSearchEdited);
    connect(m_ui->historySearchLineEdit, &QLineEdit::textChanged, this,
            [this] { m_searchTimer.start(); });
    connect(m_ui->historySearchLineEdit, &QLineEdit::returnPressed, this,
            &HistoryFilterBar::onSearchEdited);

    connect(m_ui->historyFunctionComboBox, &QComboBox::currentIndexChanged, this, [this] {
        fillRevisions();
        announceIfChanged();
    });
    for (QComboBox *combo :
         { m_ui->historyRevisionComboBox, m_ui->historyTagComboBox, m_ui->historyStatusComboBox }) {
        connect(combo, &QComboBox::currentIndexChanged, this, &HistoryFilterBar::announceIfChanged);
    }
    connect(m_ui->historyRangeComboBox, &QComboBox::activated, this,
            &HistoryFilterBar::onRangePicked);
    for (QDateEdit *edit : { m_ui->historyFromDateEdit, m_ui->historyToDateEdit }) {
        connect(edit, &QDateEdit::dateChanged, this, &HistoryFilterBar::onDatesEdited);
    }

    m_facetTimer.setSingleShot(true);
    m_facetTimer.setInterval(FacetRefreshDelayMs);
    connect(&m_facetTimer, &QTimer::timeout, this, &HistoryFilterBar::refreshFacets);
    if (m_history) {
        for (const auto signal : { &HistoryService::opened, &HistoryService::changed,
                                   &HistoryService::externallyChanged }) {
            connect(m_history, signal, this, [this] { m_facetTimer.start(); });
        }
        if (m_history->isOpen()) {
            refreshFacets();
        }
    }
    m_announced = filter();
}

HistoryFilterBar::~HistoryFilterBar() = default;

void HistoryFilterBar::setClock(std::function<QDate()> today)
{
    m_today = std::move(today);
    syncRangePicker();
}

bool HistoryFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // An open end reads "Any" but is stored as the year 2000; its calendar opens on this month.
    if (event->type() == QEvent::Show) {
        for (QDateEdit *edit : { m_ui->historyFromDateEdit, m_ui->historyToDateEdit }) {
            if (watched == edit->calendarWidget() && edit->date() == OpenDate) {
                const QDate today = m_today();
                edit->calendarWidget()->setCurrentPage(today.year(), today.month());
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

HistoryFilter HistoryFilterBar::filter() const
{
    HistoryFilter result;
    result.text = m_text.trimmed();
    result.functionId = m_ui->historyFunctionComboBox->currentData(IdRole).toString();
    result.revisionId = m_ui->historyRevisionComboBox->currentData(IdRole).toString();
    result.tagKey = m_ui->historyTagComboBox->currentData(IdRole).toString();
    result.tagValue = m_ui->historyTagComboBox->currentData(TagValueRole).toString();
    result.status = HistoryFilter::Status(m_ui->historyStatusComboBox->currentData().toInt());
    const HistoryDateRange days { editDate(m_ui->historyFromDateEdit),
                                  editDate(m_ui->historyToDateEdit) };
    result.from = days.fromTime();
    result.to = days.toTime();
    return result;
}

void HistoryFilterBar::setFilter(const HistoryFilter &filter)
{
    showFilter(filter);
    syncRangePicker();
    announceIfChanged();
}

void HistoryFilterBar::showFilter(const HistoryFilter &filter)
{
    const QSignalBlocker blockSearch(m_ui->historySearchLineEdit);
    const QSignalBlocker blockFunction(m_ui->historyFunctionComboBox);
    const QSignalBlocker blockRevision(m_ui->historyRevisionComboBox);
    const QSignalBlocker blockTag(m_ui->historyTagComboBox);
    const QSignalBlocker blockStatus(m_ui->historyStatusComboBox);
    const QSignalBlocker blockFrom(m_ui->historyFromDateEdit);
    const QSignalBlocker blockTo(m_ui->historyToDateEdit);

    // Only a different search replaces the line edit: words still being typed survive a facet
    // refresh.
    if (filter.text.trimmed() != m_text) {
        m_searchTimer.stop();
        m_text = filter.text.trimmed();
        m_ui->historySearchLineEdit->setText(m_text);
    }
    selectData(m_ui->historyFunctionComboBox, filter.functionId, filter.functionId);
    fillRevisions();
    selectData(m_ui->historyRevisionComboBox, filter.revisionId,
               filter.revisionId.left(ShortIdLength));

    QComboBox *tags = m_ui->historyTagComboBox;
    int tagIndex = 0;
    if (!filter.tagKey.isEmpty() || !filter.tagValue.isEmpty()) {
        tagIndex = -1;
        for (int i = 1; i < tags->count() && tagIndex < 0; ++i) {
            if (tags->itemData(i, IdRole).toString() == filter.tagKey
                && tags->itemData(i, TagValueRole).toString() == filter.tagValue) {
                tagIndex = i;
            }
        }
        if (tagIndex < 0) {
            tags->addItem(tagText(filter.tagKey, filter.tagValue), filter.tagKey);
            tagIndex = tags->count() - 1;
            tags->setItemData(tagIndex, filter.tagValue, TagValueRole);
        }
    }
    tags->setCurrentIndex(tagIndex);

    QComboBox *status = m_ui->historyStatusComboBox;
    status->setCurrentIndex(qMax(0, status->findData(int(filter.status))));
    const HistoryDateRange days = HistoryDateRange::fromTimes(filter.from, filter.to);
    setEditDate(m_ui->historyFromDateEdit, days.from);
    setEditDate(m_ui->historyToDateEdit, days.to);
}

void HistoryFilterBar::refreshFacets()
{
    m_facetTimer.stop();
    if (!m_history) {
        return;
    }
    m_history->read(this, &HistoryFilterBar::readFacets,
                    m_facetRequest.wrap([this](const Facets &facets) { showFacets(facets); }));
}

HistoryFilterBar::Facets HistoryFilterBar::readFacets(const HistoryStore &store)
{
    Facets facets;
    if (!store.isOpen()) {
        return facets;
    }
    // A facet that cannot be read offers no choices.
    facets.functions = store.functions().valueOr({});
    facets.tags = store.tags().valueOr({});
    facets.revisions.insert(QString(), store.revisions().valueOr({}));
    for (const HistoryFacet &function : std::as_const(facets.functions)) {
        if (!function.id.isEmpty()) {
            facets.revisions.insert(function.id, store.revisions(function.id).valueOr({}));
        }
    }
    return facets;
}

void HistoryFilterBar::showFacets(const Facets &facets)
{
    m_facets = facets;
    const HistoryFilter current = filter();
    {
        const QSignalBlocker blockFunction(m_ui->historyFunctionComboBox);
        const QSignalBlocker blockTag(m_ui->historyTagComboBox);
        fillFunctions();
        fillTags();
    }
    // Choices the history no longer lists stay chosen, so the filter does not change under the
    // user's feet; showFilter() adds them back as extra items.
    showFilter(current);
    announceIfChanged();
    Q_EMIT facetsRefreshed();
}

void HistoryFilterBar::fillStatusAndRanges()
{
    QComboBox *status = m_ui->historyStatusComboBox;
    status->addItem(tr("All calls"), int(HistoryFilter::Status::Any));
    status->addItem(tr("Succeeded"), int(HistoryFilter::Status::Succeeded));
    status->addItem(tr("Failed"), int(HistoryFilter::Status::Failed));

    QComboBox *ranges = m_ui->historyRangeComboBox;
    ranges->addItem(tr("All time"), int(HistoryRangePreset::AllTime));
    ranges->addItem(tr("Today"), int(HistoryRangePreset::Today));
    ranges->addItem(tr("Last 7 days"), int(HistoryRangePreset::Last7Days));
    ranges->addItem(tr("Last 30 days"), int(HistoryRangePreset::Last30Days));
    ranges->addItem(tr("This month"), int(HistoryRangePreset::ThisMonth));
    ranges->addItem(tr("Custom range"), int(HistoryRangePreset::Custom));
}

void HistoryFilterBar::fillFunctions()
{
    QComboBox *combo = m_ui->historyFunctionComboBox;
    combo->clear();
    combo->addItem(tr("All functions"), QString());
    const QList<HistoryFacet> &facets = m_facets.functions;
    for (const HistoryFacet &facet : facets) {
        if (facet.id.isEmpty()) {
            continue; // calls that never named a function: "All" already covers them
        }
        combo->addItem(facet.label.isEmpty() ? facet.id : facet.label, facet.id);
        combo->setItemData(combo->count() - 1,
                           tr("%1\n%n call(s)", nullptr, int(qMin<qint64>(facet.calls, INT_MAX)))
                                   .arg(facet.id),
                           Qt::ToolTipRole);
    }
}

void HistoryFilterBar::fillRevisions()
{
    QComboBox *combo = m_ui->historyRevisionComboBox;
    const QString current = combo->currentData(IdRole).toString();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(tr("All revisions"), QString());
    const QString functionId = m_ui->historyFunctionComboBox->currentData(IdRole).toString();
    const QList<HistoryFacet> facets = m_facets.revisions.value(functionId);
    for (const HistoryFacet &facet : facets) {
        if (facet.id.isEmpty()) {
            continue;
        }
        combo->addItem(revisionText(facet), facet.id);
        combo->setItemData(combo->count() - 1,
                           tr("%1\n%n call(s)", nullptr, int(qMin<qint64>(facet.calls, INT_MAX)))
                                   .arg(facet.id),
                           Qt::ToolTipRole);
    }
    // A revision of another function no longer applies once the function changes.
    combo->setCurrentIndex(qMax(0, combo->findData(current, IdRole)));
}

void HistoryFilterBar::fillTags()
{
    QComboBox *combo = m_ui->historyTagComboBox;
    combo->clear();
    combo->addItem(tr("All tags"), QString());
    const QList<HistoryFacet> &facets = m_facets.tags;
    for (const HistoryFacet &facet : facets) {
        combo->addItem(tagText(facet.id, facet.label), facet.id);
        const int index = combo->count() - 1;
        combo->setItemData(index, facet.label, TagValueRole);
        combo->setItemData(index,
                           tr("%n call(s)", nullptr, int(qMin<qint64>(facet.calls, INT_MAX))),
                           Qt::ToolTipRole);
    }
}

void HistoryFilterBar::selectData(QComboBox *combo, const QString &id, const QString &fallbackText)
{
    int index = id.isEmpty() ? 0 : combo->findData(id, IdRole);
    if (index < 0) {
        combo->addItem(fallbackText, id);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void HistoryFilterBar::onSearchEdited()
{
    m_searchTimer.stop();
    m_text = m_ui->historySearchLineEdit->text().trimmed();
    announceIfChanged();
}

void HistoryFilterBar::onRangePicked(int index)
{
    const auto preset = HistoryRangePreset(m_ui->historyRangeComboBox->itemData(index).toInt());
    if (preset == HistoryRangePreset::Custom) {
        return; // the dates stay as they are; editing them is what makes a custom range
    }
    const HistoryDateRange days = HistoryDateRange::forPreset(preset, m_today());
    {
        const QSignalBlocker blockFrom(m_ui->historyFromDateEdit);
        const QSignalBlocker blockTo(m_ui->historyToDateEdit);
        setEditDate(m_ui->historyFromDateEdit, days.from);
        setEditDate(m_ui->historyToDateEdit, days.to);
    }
    announceIfChanged();
}

void HistoryFilterBar::onDatesEdited()
{
    syncRangePicker();
    announceIfChanged();
}

void HistoryFilterBar::syncRangePicker()
{
    const HistoryDateRange days { editDate(m_ui->historyFromDateEdit),
                                  editDate(m_ui->historyToDateEdit) };
    const HistoryRangePreset preset = HistoryDateRange::presetOf(days, m_today());
    QComboBox *ranges = m_ui->historyRangeComboBox;
    const QSignalBlocker block(ranges);
    ranges->setCurrentIndex(qMax(0, ranges->findData(int(preset))));
}

void HistoryFilterBar::announceIfChanged()
{
    const HistoryFilter current = filter();
    if (sameFilter(current, m_announced)) {
        return;
    }
    m_announced = current;
    Q_EMIT filterChanged();
}

} // namespace callpad
