#include "gui/costs/CostPane.h"

#include "core/history/HistoryService.h"
#include "gui/common/CostFormat.h"
#include "gui/common/Palette.h"
#include "gui/costs/CostTotalsModel.h"
#include "ui_CostPane.h"

#include <QAction>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

constexpr int RefreshDelayMs = 120;

} // namespace

CostPane::CostPane(HistoryService *history, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CostPane>()), m_history(history),
      m_model(new CostTotalsModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_exportHistoryAction(new QAction(tr("Export Calls…"), this)),
      m_exportTotalsAction(new QAction(tr("Export Totals…"), this))
{
    m_ui->setupUi(this);
    m_chart = new CostChart(m_ui->costChartView, this);
    m_ui->costChartView->setMouseTracking(true);
    // The chart gets most of the height, now and when the pane grows.
    m_ui->costSplitter->setStretchFactor(0, 3);
    m_ui->costSplitter->setStretchFactor(1, 2);
    m_ui->costSplitter->setSizes({ 3000, 2000 });

    m_proxy->setObjectName(u"costTotalsProxyModel"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CostTotalsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    QTableView *table = m_ui->costTotalsTableView;
    table->setModel(m_proxy);
    table->sortByColumn(CostTotalsModel::CostColumn, Qt::DescendingOrder);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(CostTotalsModel::GroupColumn,
                                                    QHeaderView::Stretch);

    m_exportHistoryAction->setObjectName(u"exportHistoryAction"_s);
    m_exportHistoryAction->setToolTip(tr("Export the calls matching the filter as CSV or JSONL"));
    m_exportHistoryAction->setStatusTip(m_exportHistoryAction->toolTip());
    m_exportTotalsAction->setObjectName(u"exportTotalsAction"_s);
    m_exportTotalsAction->setToolTip(tr("Export the totals table as CSV or JSONL"));
    m_exportTotalsAction->setStatusTip(m_exportTotalsAction->toolTip());
    m_ui->exportHistoryToolButton->setDefaultAction(m_exportHistoryAction);
    m_ui->exportTotalsToolButton->setDefaultAction(m_exportTotalsAction);
    connect(m_exportHistoryAction, &QAction::triggered, this, [this] { chooseExportFile(false); });
    connect(m_exportTotalsAction, &QAction::triggered, this, [this] { chooseExportFile(true); });

    connect(m_ui->costBucketComboBox, &QComboBox::currentIndexChanged, this, &CostPane::refresh);
    connect(m_ui->costGroupByComboBox, &QComboBox::currentIndexChanged, this, &CostPane::refresh);
    connect(m_ui->costViewComboBox, &QComboBox::currentIndexChanged, this, &CostPane::showChart);
    connect(m_chart, &CostChart::hoverTextChanged, this, [this](const QString &text) {
        // Kept on the view too, so the value stays readable while the mouse rests on the bar.
        m_ui->costChartView->setToolTip(text);
        if (text.isEmpty()) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(QCursor::pos(), text, m_ui->costChartView);
        }
    });

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &CostPane::startQuery);
    if (m_history != nullptr) {
        for (const auto signal : { &HistoryService::opened, &HistoryService::changed,
                                   &HistoryService::externallyChanged }) {
            connect(m_history, signal, this, &CostPane::refresh);
        }
    }
    refresh();
}

CostPane::~CostPane() = default;

void CostPane::setFilter(const HistoryFilter &filter)
{
    m_filter = filter;
    refresh();
}

Bucket CostPane::bucket() const
{
    return Bucket(std::clamp(m_ui->costBucketComboBox->currentIndex(), 0, 2));
}

void CostPane::setBucket(Bucket bucket)
{
    m_ui->costBucketComboBox->setCurrentIndex(int(bucket));
}

GroupBy CostPane::groupBy() const
{
    return GroupBy(std::clamp(m_ui->costGroupByComboBox->currentIndex(), 0, 2));
}

void CostPane::setGroupBy(GroupBy groupBy)
{
    m_ui->costGroupByComboBox->setCurrentIndex(int(groupBy));
}

CostView CostPane::view() const
{
    return m_ui->costViewComboBox->currentIndex() == 1 ? CostView::Tokens : CostView::Spend;
}

void CostPane::setView(CostView view)
{
    m_ui->costViewComboBox->setCurrentIndex(view == CostView::Tokens ? 1 : 0);
}

void CostPane::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    refresh();
}

const QList<CostTotal> &CostPane::totals() const
{
    return m_model->totals();
}

bool CostPane::isBusy() const
{
    return m_refreshTimer.isActive() || m_query.isPending();
}

QChart *CostPane::chart() const
{
    return m_chart->chart();
}

void CostPane::refresh()
{
    m_refreshTimer.start();
}

CostQuery CostPane::currentQuery() const
{
    CostQuery query;
    query.filter = m_filter;
    query.bucket = bucket();
    query.groupBy = groupBy();
    query.zone = m_zone;
    return query;
}

void CostPane::startQuery()
{
    auto show = m_query.wrap([this](const CostQueryResult &result) { apply(result); });
    if (m_history == nullptr) {
        CostQueryResult none;
        none.error = tr("The history is not open");
        show(none);
        return;
    }
    // A result for a state the pane has since left is dropped (Latest).
    m_history->read(
            this,
            [query = currentQuery()](const HistoryStore &store) {
                return runCostQuery(store, query);
            },
            std::move(show));
}

void CostPane::apply(const CostQueryResult &result)
{
    m_error = result.error;
    m_series = result.series;
    m_model->setTotals(result.totals, result.series.groupBy);
    showChart();
    CostCell sum;
    for (const CostPoint &point : std::as_const(m_series.points)) {
        sum.calls += point.total.calls;
        sum.totalTokens += point.total.totalTokens;
        sum.cost += point.total.cost;
    }
    m_ui->costSummaryLabel->setText(
            m_error.isEmpty() ? formatCostSummary(sum.calls, sum.cost, sum.totalTokens, locale())
                              : QString());
    if (!m_error.isEmpty()) {
        Q_EMIT failed(tr("Cannot read the cost history: %1").arg(m_error));
    }
    Q_EMIT updated();
}

void CostPane::showChart()
{
    m_chart->show(m_series, view(), locale());
    if (!m_error.isEmpty()) {
        showNotice(tr("Cannot read the cost history: %1").arg(m_error), true);
    } else if (m_chart->shownBuckets() < m_series.points.size()) {
        showNotice(tr("The chart shows the newest %1 of %2 bars; choose a longer period per bar "
                      "to see them all. The totals cover everything.")
                           .arg(locale().toString(m_chart->shownBuckets()),
                                locale().toString(m_series.points.size())),
                   false);
    } else {
        showNotice({}, false);
    }
}

void CostPane::showNotice(const QString &text, bool error)
{
    QLabel *label = m_ui->costNoticeLabel;
    label->setText(text);
    QPalette palette = this->palette();
    if (error) {
        palette.setColor(QPalette::WindowText, errorColor(palette.color(QPalette::Window)));
    }
    label->setPalette(palette);
    label->setVisible(!text.isEmpty());
}

void CostPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // The pane hears of the change before its children do: read its own palette.
        m_chart->setPalette(palette());
        showChart();
    } else if (event->type() == QEvent::LocaleChange) {
        showChart();
    }
}

void CostPane::exportHistory(const QString &path, ExportFormat format)
{
    startExport(path, format, false, {});
}

void CostPane::exportTotals(const QString &path, ExportFormat format)
{
    startExport(path, format, true, {});
}

void CostPane::startExport(const QString &path, ExportFormat format, bool totals,
                           const QString &title)
{
    const auto finish = [this, path, title](const Status &status) {
        if (status) {
            Q_EMIT statusMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
        } else {
            Q_EMIT failed(status.error());
            if (!title.isEmpty()) {
                QMessageBox::warning(this, title, status.error());
            }
        }
        Q_EMIT exportFinished(path, status.error());
    };
    if (m_history == nullptr) {
        finish(Status::failure(tr("The history is not open")));
        return;
    }
    m_history->read(
            this,
            [query = currentQuery(), path, format, totals](const HistoryStore &store) {
                return totals ? exportTotalsFile(store, query, path, format)
                              : exportHistoryFile(store, query.filter, path, format);
            },
            finish);
}

void CostPane::chooseExportFile(bool totals)
{
    const QString title = totals ? tr("Export Totals") : tr("Export Calls");
    const QString csvFilter = tr("CSV files (*.csv)");
    const QString jsonlFilter = tr("JSON Lines files (*.jsonl)");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = totals ? u"callpad-totals.csv"_s : u"callpad-calls.csv"_s;
    QString chosenFilter;
    QString path = QFileDialog::getSaveFileName(this, title, QDir(folder).filePath(name),
                                                csvFilter + u";;"_s + jsonlFilter, &chosenFilter);
    if (path.isEmpty()) {
        return;
    }
    const ExportFormat format = exportFormatForPath(
            path, chosenFilter == jsonlFilter ? ExportFormat::Jsonl : ExportFormat::Csv);
    if (QFileInfo(path).suffix().isEmpty()) {
        path += format == ExportFormat::Jsonl ? u".jsonl"_s : u".csv"_s;
    }

    startExport(path, format, totals, title);
}

} // namespace callpad
