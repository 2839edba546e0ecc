#include "gui/costs/BudgetDialog.h"

#include "ui_BudgetDialog.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace callpad {

BudgetDialog::BudgetDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BudgetDialog>())
{
    m_ui->setupUi(this);
    m_ui->budgetButtonBox->button(QDialogButtonBox::Ok)->setObjectName(u"budgetOkPushButton"_s);
    m_ui->budgetButtonBox->button(QDialogButtonBox::Cancel)
            ->setObjectName(u"budgetCancelPushButton"_s);
    for (QDoubleSpinBox *spinBox : { m_ui->dailyBudgetSpinBox, m_ui->monthlyBudgetSpinBox }) {
        connect(spinBox, &QDoubleSpinBox::valueChanged, this, &BudgetDialog::showSpend);
    }
    showSpend();
}

BudgetDialog::~BudgetDialog() = default;

Budget BudgetDialog::budget() const
{
    return { m_ui->dailyBudgetSpinBox->value(), m_ui->monthlyBudgetSpinBox->value() };
}

void BudgetDialog::setBudget(const Budget &budget)
{
    // evaluate() applies the same rules as the settings: a negative or broken value is no limit.
    const Budget clean = evaluate({}, budget).budget;
    m_ui->dailyBudgetSpinBox->setValue(clean.daily);
    m_ui->monthlyBudgetSpinBox->setValue(clean.monthly);
}

void BudgetDialog::setSpend(const Spend &spend)
{
    m_spend = spend;
    m_hasSpend = true;
    showSpend();
}

void BudgetDialog::showSpend()
{
    QLabel *label = m_ui->budgetSpendLabel;
    if (!m_hasSpend) {
        label->clear();
        return;
    }
    label->setText(tr("Spent so far: %1").arg(evaluate(m_spend, budget()).summary()));
}

bool confirmSendOverBudget(QWidget *parent, const BudgetState &state,
                           const std::function<bool()> &ask)
{
    if (!state.over()) {
        return true;
    }
    if (ask) {
        return ask();
    }
    QMessageBox box(QMessageBox::Warning, BudgetDialog::tr("Over Budget"), state.warning(),
                    QMessageBox::NoButton, parent);
    box.setObjectName(u"budgetWarningMessageBox"_s);
    box.setInformativeText(state.summary());
    QPushButton *send = box.addButton(BudgetDialog::tr("Send Anyway"), QMessageBox::AcceptRole);
    send->setObjectName(u"budgetSendAnywayPushButton"_s);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == send;
}

} // namespace callpad
