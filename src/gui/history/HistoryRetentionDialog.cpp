#include "gui/history/HistoryRetentionDialog.h"

#include "ui_HistoryRetentionDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace callpad {

HistoryRetentionDialog::HistoryRetentionDialog(const Retention &current, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::HistoryRetentionDialog>())
{
    m_ui->setupUi(this);
    setObjectName(u"historyRetentionDialog"_s);
    m_ui->historyKeepCallsSpinBox->setGroupSeparatorShown(true);
    m_ui->historyRetentionDialogButtonBox->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    connect(m_ui->historyRetentionDialogButtonBox, &QDialogButtonBox::accepted, this,
            &QDialog::accept);
    connect(m_ui->historyRetentionDialogButtonBox, &QDialogButtonBox::rejected, this,
            &QDialog::reject);
    for (QRadioButton *radio : { m_ui->historyKeepAllRadioButton, m_ui->historyKeepDaysRadioButton,
                                 m_ui->historyKeepCallsRadioButton }) {
        connect(radio, &QRadioButton::toggled, this, &HistoryRetentionDialog::updateEnabled);
    }
    setRetention(current);
}

HistoryRetentionDialog::~HistoryRetentionDialog() = default;

Retention HistoryRetentionDialog::retention() const
{
    if (m_ui->historyKeepDaysRadioButton->isChecked()) {
        return Retention::days(m_ui->historyKeepDaysSpinBox->value());
    }
    if (m_ui->historyKeepCallsRadioButton->isChecked()) {
        return Retention::calls(m_ui->historyKeepCallsSpinBox->value());
    }
    return Retention::keepAll();
}

void HistoryRetentionDialog::setRetention(const Retention &retention)
{
    // A count below 1 keeps everything (Retention's own rule), whatever the mode says.
    const bool keepAll = retention.mode == Retention::Mode::KeepAll || retention.count < 1;
    if (keepAll) {
        m_ui->historyKeepAllRadioButton->setChecked(true);
    } else if (retention.mode == Retention::Mode::Days) {
        m_ui->historyKeepDaysRadioButton->setChecked(true);
        m_ui->historyKeepDaysSpinBox->setValue(retention.count);
    } else {
        m_ui->historyKeepCallsRadioButton->setChecked(true);
        m_ui->historyKeepCallsSpinBox->setValue(retention.count);
    }
    updateEnabled();
}

void HistoryRetentionDialog::updateEnabled()
{
    const bool days = m_ui->historyKeepDaysRadioButton->isChecked();
    const bool calls = m_ui->historyKeepCallsRadioButton->isChecked();
    m_ui->historyKeepDaysSpinBox->setEnabled(days);
    m_ui->historyKeepDaysLabel->setEnabled(days);
    m_ui->historyKeepCallsSpinBox->setEnabled(calls);
    m_ui->historyKeepCallsLabel->setEnabled(calls);
}

} // namespace callpad
