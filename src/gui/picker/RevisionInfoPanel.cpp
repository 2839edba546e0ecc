#include "gui/picker/RevisionInfoPanel.h"

#include "core/protocol/JsonText.h"
#include "gui/common/LocalTime.h"
#include "gui/json/JsonEditor.h"
#include "ui_RevisionInfoPanel.h"

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

void showJson(JsonEditor *editor, const std::optional<QJsonObject> &value)
{
    editor->setJsonValue(value ? QJsonValue(*value) : QJsonValue(QJsonValue::Undefined));
}

// A value label that says "none" in the muted placeholder colour rather than staying blank.
void setValueText(QLabel *label, const QString &text)
{
    QPalette palette;
    if (text.isEmpty()) {
        palette.setColor(QPalette::WindowText,
                         label->parentWidget()->palette().color(QPalette::PlaceholderText));
    }
    label->setPalette(palette);
    label->setText(text.isEmpty() ? RevisionInfoPanel::tr("None") : text);
}

} // namespace

RevisionInfoPanel::RevisionInfoPanel(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RevisionInfoPanel>())
{
    m_ui->setupUi(this);
    setObjectName(u"revisionInfoPanel"_s);

    const struct
    {
        JsonEditor *editor;
        QString placeholder;
    } editors[] = {
        { m_ui->inputSchemaJsonEditor, tr("No input schema: any JSON input is accepted.") },
        { m_ui->outputSchemaJsonEditor,
          tr("No output schema: the function answers with a text message.") },
        { m_ui->configurationJsonEditor, tr("No configuration.") },
    };
    for (const auto &entry : editors) {
        entry.editor->setAllowEmpty(true);
        entry.editor->setReadOnly(true);
        entry.editor->setPlaceholderText(entry.placeholder);
    }
    m_ui->instructionsTextBrowser->setPlaceholderText(tr("No instructions."));
    for (QLabel *label : { m_ui->nameValueLabel, m_ui->descriptionValueLabel, m_ui->modelValueLabel,
                           m_ui->revisionValueLabel }) {
        label->setTextFormat(Qt::PlainText);
    }

    connect(m_ui->revisionInfoToolButton, &QToolButton::toggled, this,
            &RevisionInfoPanel::onToggled);
    onToggled(m_ui->revisionInfoToolButton->isChecked());
    clear();
}

RevisionInfoPanel::~RevisionInfoPanel()
{
    // The children outlive m_ui while QWidget's destructor runs (focus moves, models go);
    // none of their signals may reach this half-destroyed object.
    for (QObject *child : findChildren<QObject *>()) {
        child->disconnect(this);
    }
}

void RevisionInfoPanel::setDetails(const FunctionDetails &details)
{
    m_details = details;
    // Some servers may send the revision's own timestamps; the demo and the spec do not.
    const QJsonValue created = details.raw.value(u"created_at"_s);
    m_createdAt = created.isString() ? QDateTime::fromString(created.toString(), Qt::ISODateWithMs)
                                     : QDateTime();

    m_ui->emptyLabel->setVisible(false);
    m_ui->summaryWidget->setVisible(true);
    m_ui->revisionInfoTabWidget->setVisible(true);
    setValueText(m_ui->nameValueLabel, details.name);
    m_ui->nameValueLabel->setToolTip(tr("Function id: %1").arg(details.id));
    setValueText(m_ui->descriptionValueLabel, details.description);
    setValueText(m_ui->modelValueLabel, details.model);
    // A fallback chain or a model object is best read whole.
    m_ui->modelValueLabel->setToolTip(details.modelRaw.isObject() || details.modelRaw.isArray()
                                              ? toJsonText(details.modelRaw, true)
                                              : QString());
    m_ui->instructionsTextBrowser->setPlainText(details.instructions);
    showJson(m_ui->inputSchemaJsonEditor, details.inputSchema);
    showJson(m_ui->outputSchemaJsonEditor, details.outputSchema);
    showJson(m_ui->configurationJsonEditor,
             details.configuration.isEmpty() ? std::nullopt : std::optional(details.configuration));
    updateRevisionLine();
    updateHeader();
}

void RevisionInfoPanel::setRevisionCreatedAt(const QDateTime &createdAt)
{
    m_createdAt = createdAt;
    updateRevisionLine();
}

void RevisionInfoPanel::clear()
{
    m_details.reset();
    m_createdAt = {};
    m_ui->emptyLabel->setVisible(true);
    m_ui->summaryWidget->setVisible(false);
    m_ui->revisionInfoTabWidget->setVisible(false);
    for (QLabel *label : { m_ui->nameValueLabel, m_ui->descriptionValueLabel, m_ui->modelValueLabel,
                           m_ui->revisionValueLabel }) {
        label->clear();
        label->setToolTip({});
    }
    m_ui->instructionsTextBrowser->clear();
    for (JsonEditor *editor : { m_ui->inputSchemaJsonEditor, m_ui->outputSchemaJsonEditor,
                                m_ui->configurationJsonEditor }) {
        editor->setJsonValue(QJsonValue(QJsonValue::Undefined));
    }
    updateHeader();
}

bool RevisionInfoPanel::isExpanded() const
{
    return m_ui->revisionInfoToolButton->isChecked();
}

void RevisionInfoPanel::setExpanded(bool expanded)
{
    m_ui->revisionInfoToolButton->setChecked(expanded);
}

void RevisionInfoPanel::onToggled(bool expanded)
{
    m_ui->revisionInfoToolButton->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_ui->revisionInfoBodyWidget->setVisible(expanded);
    // Collapsed, the panel is one line high and gives the space back to its neighbours.
    // A splitter ignores size policies, so the height is capped while collapsed.
    setSizePolicy(QSizePolicy::Preferred, expanded ? QSizePolicy::Expanding : QSizePolicy::Maximum);
    if (layout()) {
        layout()->activate();
    }
    setMaximumHeight(expanded ? QWIDGETSIZE_MAX : minimumSizeHint().height());
    Q_EMIT expandedChanged(expanded);
}

void RevisionInfoPanel::updateHeader()
{
    QString text = tr("Revision Details");
    if (m_details && !m_details->name.isEmpty()) {
        text = m_details->model.isEmpty()
                ? tr("Revision Details · %1").arg(m_details->name)
                : tr("Revision Details · %1 · %2").arg(m_details->name, m_details->model);
    }
    m_ui->revisionInfoToolButton->setText(text);
}

void RevisionInfoPanel::updateRevisionLine()
{
    if (!m_details) {
        return;
    }
    const QString id = m_details->revisionId;
    QString text = id;
    if (m_createdAt.isValid()) {
        text = id.isEmpty() ? tr("created %1").arg(formatLocalTime(m_createdAt))
                            : tr("%1 · created %2").arg(id, formatLocalTime(m_createdAt));
    }
    setValueText(m_ui->revisionValueLabel, text);
    m_ui->revisionValueLabel->setToolTip(formatLocalTime(m_createdAt, QLocale::LongFormat));
}

} // namespace callpad
