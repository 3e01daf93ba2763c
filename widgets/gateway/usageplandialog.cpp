#include "usageplandialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sloop::widgets {

UsagePlanDialog::UsagePlanDialog(const QList<QPair<QString, QString>> &stages, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit)
    , m_rate(new QDoubleSpinBox)
    , m_burst(new QSpinBox)
    , m_quota(new QSpinBox)
    , m_period(new QComboBox)
    , m_stages(new QListWidget)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Create usage plan"));
    setObjectName(QStringLiteral("usagePlanDialog"));
    m_name->setPlaceholderText(tr("basic"));
    m_name->setAccessibleName(tr("Plan name"));
    m_rate->setRange(0.01, 100000);
    m_rate->setValue(10);
    m_rate->setSuffix(tr(" a second"));
    m_rate->setAccessibleName(tr("Rate"));
    m_burst->setRange(1, 100000);
    m_burst->setValue(20);
    m_burst->setAccessibleName(tr("Burst"));
    m_quota->setRange(0, 2000000000);
    m_quota->setSpecialValueText(tr("no quota"));
    m_quota->setAccessibleName(tr("Quota"));
    m_period->addItem(tr("a day"), QStringLiteral("day"));
    m_period->addItem(tr("a week"), QStringLiteral("week"));
    m_period->addItem(tr("a month"), QStringLiteral("month"));
    m_period->setAccessibleName(tr("Quota period"));
    m_stages->setAccessibleName(tr("Stages"));
    m_stages->setMaximumHeight(110);
    for (const auto &[ref, label] : stages) {
        auto *item = new QListWidgetItem(label, m_stages);
        item->setData(Qt::UserRole, ref);
        item->setCheckState(Qt::Checked);
    }
    auto *quota = new QHBoxLayout;
    quota->addWidget(m_quota, 1);
    quota->addWidget(m_period);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Rate per key:"), m_rate);
    form->addRow(tr("&Burst:"), m_burst);
    form->addRow(tr("&Quota per key:"), quota);
    form->addRow(tr("&Stages:"), m_stages);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create plan"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

gateway::UsagePlan UsagePlanDialog::plan() const
{
    gateway::UsagePlan p;
    p.name = m_name->text().trimmed();
    p.rateLimit = m_rate->value();
    p.burstLimit = m_burst->value();
    p.quotaLimit = m_quota->value();
    p.quotaPeriod = gateway::quotaPeriodFromName(m_period->currentData().toString())
                        .value_or(gateway::QuotaPeriod::Day);
    for (int i = 0; i < m_stages->count(); ++i) {
        if (m_stages->item(i)->checkState() == Qt::Checked)
            p.stages.append(m_stages->item(i)->data(Qt::UserRole).toString());
    }
    return p;
}

} // namespace sloop::widgets
