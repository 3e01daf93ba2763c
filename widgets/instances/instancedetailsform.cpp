#include "instancedetailsform.h"
#include "common/tones.h"

#include "instances/instancerecord.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace {
constexpr int kMaxCount = 20; // what InstanceService::create accepts at once
}

InstanceDetailsForm::InstanceDetailsForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit)
    , m_count(new QSpinBox)
    , m_tags(new QLineEdit)
    , m_names(new QLabel)
    , m_error(new QLabel)
{
    m_name->setObjectName(QStringLiteral("instanceName"));
    m_name->setAccessibleName(tr("Instance name"));
    m_name->setPlaceholderText(tr("web-1"));
    m_name->setMaxLength(64);
    m_count->setObjectName(QStringLiteral("instanceCount"));
    m_count->setAccessibleName(tr("Number of instances"));
    m_count->setRange(1, kMaxCount);
    m_tags->setObjectName(QStringLiteral("instanceTags"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("prod, team=web (comma separated)"));
    m_names->setObjectName(QStringLiteral("instanceNames"));
    m_names->setWordWrap(true);
    m_names->setForegroundRole(QPalette::PlaceholderText);
    m_error->setObjectName(QStringLiteral("instanceDetailsError"));
    m_error->setAccessibleName(tr("Problem with the name or tags"));
    m_error->setWordWrap(true);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, models::toneColor(models::Tone::Error));
    m_error->setPalette(p);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&How many:"), m_count);
    form->addRow(QString(), m_names);
    form->addRow(tr("&Tags:"), m_tags);

    auto *hint = new QLabel(
        tr("Names: a letter or digit, then letters, digits, '_', '.' or '-' (they are also the "
           "container's and the SSH login's name). Tags: letters, digits and _.:=+@/- "
           "(key=value works), no spaces."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(hint);
    layout->addStretch();

    connect(m_name, &QLineEdit::textChanged, this, &InstanceDetailsForm::validate);
    connect(m_tags, &QLineEdit::textChanged, this, &InstanceDetailsForm::validate);
    connect(m_count, &QSpinBox::valueChanged, this, &InstanceDetailsForm::validate);
    validate();
}

void InstanceDetailsForm::setTakenNames(const QSet<QString> &taken)
{
    m_taken = taken;
    validate();
}

void InstanceDetailsForm::setServer(bool server)
{
    if (server)
        m_count->setValue(1);
    m_count->setEnabled(!server);
    m_count->setToolTip(server ? tr("A whole server is one instance") : QString());
    validate();
}

void InstanceDetailsForm::setName(const QString &name)
{
    m_name->setText(name);
}

QString InstanceDetailsForm::name() const
{
    return m_name->text().trimmed();
}

int InstanceDetailsForm::count() const
{
    return m_count->value();
}

QStringList InstanceDetailsForm::tags() const
{
    QStringList tags;
    for (const QString &t : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            tags.append(t.trimmed());
    return instances::normalizedTags(tags);
}

QStringList InstanceDetailsForm::names() const
{
    if (count() == 1)
        return {name()};
    QStringList names;
    for (int i = 1; i <= count(); ++i)
        names << QStringLiteral("%1-%2").arg(name()).arg(i);
    return names;
}

QString InstanceDetailsForm::errorText() const
{
    return m_error->text();
}

void InstanceDetailsForm::validate()
{
    QStringList problems;
    const QStringList all = names();
    if (name().isEmpty()) {
        // A fresh form is not a mistake; Next simply waits for a name.
    } else if (!instances::isValidInstanceName(all.constLast())) {
        problems << tr("\"%1\" cannot be an instance name: use a letter or digit, then "
                       "letters, digits, '_', '.' or '-', at most 64.")
                        .arg(name());
    } else {
        QStringList taken;
        for (const QString &n : all)
            if (m_taken.contains(n.toLower()))
                taken << n;
        if (!taken.isEmpty())
            problems << tr("Already taken by an instance or SSH host: %1.")
                            .arg(taken.join(QStringLiteral(", ")));
    }
    for (const QString &tag : tags())
        if (!instances::isValidTag(tag))
            problems << tr("\"%1\" cannot be a tag: use letters, digits and _.:=+@/- only, no "
                           "spaces.")
                            .arg(tag);
    m_error->setText(problems.join(QLatin1Char('\n')));
    m_error->setVisible(!problems.isEmpty());
    m_names->setText(count() > 1 && !name().isEmpty()
                         ? tr("Makes %1 … %2").arg(all.constFirst(), all.constLast())
                         : QString());
    m_names->setVisible(!m_names->text().isEmpty());
    m_valid = !name().isEmpty() && problems.isEmpty();
    Q_EMIT changed();
}

} // namespace sloop::widgets
