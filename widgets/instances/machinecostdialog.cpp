#include "machinecostdialog.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace {

struct CostText
{
    Q_DECLARE_TR_FUNCTIONS(MachineCost)
};

} // namespace

std::optional<pricing::HostCost> askMachineCost(QWidget *parent, const QString &location,
                                                const std::optional<pricing::HostCost> &current)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("machineCostDialog"));
    dialog.setWindowTitle(CostText::tr("What does %1 cost?").arg(location));
    auto *amount = new QDoubleSpinBox;
    amount->setObjectName(QStringLiteral("machineCostAmount"));
    amount->setAccessibleName(CostText::tr("Monthly amount"));
    amount->setRange(0, 1'000'000);
    amount->setDecimals(2);
    amount->setSingleStep(1);
    amount->setValue(current ? double(current->monthlyCents) / 100.0 : 0.0);
    amount->setSuffix(CostText::tr(" a month"));
    auto *currency = new QComboBox;
    currency->setObjectName(QStringLiteral("machineCostCurrency"));
    currency->setAccessibleName(CostText::tr("Currency"));
    currency->setEditable(true);
    currency->addItems({QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"),
                        QStringLiteral("CHF")});
    currency->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), currency));
    currency->setCurrentText(current ? current->currency : QStringLiteral("USD"));
    auto *form = new QFormLayout;
    form->addRow(CostText::tr("&Amount:"), amount);
    form->addRow(CostText::tr("&Currency:"), currency);
    auto *hint = new QLabel(
        CostText::tr("What you pay for %1 each month: the server's rent, or a home machine's "
                     "power. Its instances share it by memory, and the estimates change at once.")
            .arg(location));
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog.setMinimumWidth(420);
    amount->setFocus();
    amount->selectAll();
    while (dialog.exec() == QDialog::Accepted) {
        pricing::HostCost cost;
        cost.location = location;
        cost.monthlyCents = qRound64(amount->value() * 100);
        cost.currency = currency->currentText().trimmed().toUpper();
        if (const VoidResult ok = pricing::validate(cost); !ok) {
            QMessageBox::warning(&dialog, dialog.windowTitle(), ok.error());
            continue;
        }
        return cost;
    }
    return std::nullopt;
}

Result<std::optional<pricing::HostCost>> editMachineCost(QWidget *parent,
                                                         pricing::CostRepository &costs,
                                                         const QString &location,
                                                         const MachineCostPrompt &prompt)
{
    using R = Result<std::optional<pricing::HostCost>>;
    const auto found = costs.find(location);
    if (!found)
        return R::failure(found.problem());
    const auto asked = prompt ? prompt(location, *found) : askMachineCost(parent, location, *found);
    if (!asked)
        return R(std::optional<pricing::HostCost>());
    const auto saved = costs.set(*asked);
    if (!saved)
        return R::failure(saved.problem());
    return R(std::optional<pricing::HostCost>(*saved));
}

} // namespace sloop::widgets
