#include "instanceoverview.h"
#include "common/tones.h"

#include "blueprints/blueprint.h"
#include "pricing/price.h"
#include "ssh/remotecommand.h"
#include "util/paths.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sloop::widgets {

using instances::InstanceKind;
using instances::InstanceRecord;
using instances::InstanceState;

QString sshCommandLine(const InstanceRecord &record)
{
    if (record.address.isEmpty())
        return {};
    QStringList argv{QStringLiteral("ssh")};
    if (!record.keyFile.isEmpty())
        argv << QStringLiteral("-i") << record.keyFile;
    // A container instance's key is in Sloop's own known_hosts (read
    // through the engine): ssh checks it there instead of asking.
    if (record.kind == InstanceKind::Container)
        argv << QStringLiteral("-o")
             << QStringLiteral("UserKnownHostsFile=") + paths::instanceKnownHostsFile();
    if (record.sshPort != 22)
        argv << QStringLiteral("-p") << QString::number(record.sshPort);
    const QString user = record.loginUser.isEmpty() ? QStringLiteral("root") : record.loginUser;
    argv << user + QLatin1Char('@') + record.address;
    // People read and copy this line: plain words stay bare, anything a
    // shell would read specially goes through the one quoting function.
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    QStringList words;
    for (const QString &arg : std::as_const(argv)) {
        if (plain.match(arg).hasMatch()) {
            words.append(arg);
            continue;
        }
        const Result<QByteArray> quoted = ssh::quoteArgument(arg.toUtf8());
        if (!quoted)
            return {};
        words.append(QString::fromUtf8(*quoted));
    }
    return words.join(QLatin1Char(' '));
}

InstanceOverview::InstanceOverview(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel)
    , m_title(new QLabel)
    , m_subtitle(new QLabel)
    , m_failure(new QFrame)
    , m_failureText(new QLabel)
    , m_retry(new QPushButton(tr("Retry")))
    , m_delete(new QPushButton(tr("Delete…")))
    , m_form(new QFormLayout)
    , m_setCost(new QPushButton)
    , m_notesTitle(new QLabel(tr("<b>Notes from the blueprint</b>")))
    , m_notes(new QLabel)
{
    setObjectName(QStringLiteral("instanceOverview"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_icon->setFixedSize(48, 48);

    // Failed: which step, why, and the two ways on, as Lightsail offers them.
    m_failure->setObjectName(QStringLiteral("instanceFailure"));
    m_failure->setStyleSheet(models::toneStripStyleSheet(QStringLiteral("instanceFailure"),
                                                         models::Tone::Error, palette()));
    m_failure->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_failureText->setObjectName(QStringLiteral("instanceFailureText"));
    m_failureText->setWordWrap(true);
    m_failureText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failureText->setAccessibleName(tr("Why the instance failed"));
    m_retry->setObjectName(QStringLiteral("retryInstanceButton"));
    m_retry->setToolTip(tr("Run the blueprint again from the step that failed"));
    m_delete->setObjectName(QStringLiteral("deleteFailedInstanceButton"));
    auto *failureLayout = new QHBoxLayout(m_failure);
    failureLayout->setContentsMargins(12, 8, 8, 8);
    failureLayout->addWidget(m_failureText, 1);
    auto *failureButtons = new QVBoxLayout;
    failureButtons->addWidget(m_retry);
    failureButtons->addWidget(m_delete);
    failureButtons->addStretch();
    failureLayout->addLayout(failureButtons);
    connect(m_retry, &QPushButton::clicked, this, &InstanceOverview::retryRequested);
    connect(m_delete, &QPushButton::clicked, this, &InstanceOverview::deleteRequested);

    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(6);
    addFact(tr("State:"), QStringLiteral("factState"));
    addFact(tr("Blueprint:"), QStringLiteral("factBlueprint"));
    addFact(tr("Plan:"), QStringLiteral("factPlan"));
    addFact(tr("Disk:"), QStringLiteral("factDisk"));
    addFact(tr("Lightsail price:"), QStringLiteral("factPrice"));
    addFact(tr("Sloop estimate:"), QStringLiteral("factEstimate"));
    // The machine's cost, set right here (what `sloop costs set` sets).
    m_setCost->setObjectName(QStringLiteral("setMachineCostButton"));
    m_setCost->setAccessibleName(tr("Set what this instance's machine costs"));
    m_setCost->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_setCost, &QPushButton::clicked, this, [this] { Q_EMIT costRequested(m_location); });
    m_form->addRow(QString(), m_setCost);
    addFact(tr("Location:"), QStringLiteral("factLocation"));
    addFact(tr("SSH address:"), QStringLiteral("factAddress"));
    QLabel *command = addFact(tr("Log in by hand:"), QStringLiteral("factSsh"));
    command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    command->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    command->setFocusPolicy(Qt::StrongFocus);
    addFact(tr("Tags:"), QStringLiteral("factTags"));
    addFact(tr("Created:"), QStringLiteral("factCreated"));

    m_notes->setObjectName(QStringLiteral("instanceNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setAccessibleName(tr("Notes from the blueprint"));

    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_failure);
    layout->addLayout(m_form);
    layout->addSpacing(4);
    layout->addWidget(m_notesTitle);
    layout->addWidget(m_notes);
    layout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

QLabel *InstanceOverview::addFact(const QString &label, const QString &objectName)
{
    auto *value = new QLabel;
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setAccessibleName(label);
    m_form->addRow(label, value);
    m_facts.insert(objectName, value);
    return value;
}

void InstanceOverview::showDiskUse(std::optional<qint64> written, std::optional<qint64> image,
                                   const QString &problem)
{
    if (!m_isContainer)
        return;
    if (!written) {
        set(QStringLiteral("factDisk"),
            problem.isEmpty() ? tr("Not measured yet.") : tr("Not measured: %1").arg(problem));
        return;
    }
    const QLocale locale;
    const QString used = locale.formattedDataSize(*written, 1, QLocale::DataSizeSIFormat);
    QString text =
        image ? tr("%1 written (image %2)")
                    .arg(used, locale.formattedDataSize(*image, 1, QLocale::DataSizeSIFormat))
              : tr("%1 written").arg(used);
    if (m_planDiskGiB > 0)
        text += QLatin1Char('\n') +
                tr("%1 of the plan's %2; not a hard limit here")
                    .arg(locale.toString(100.0 * double(*written) / (m_planDiskGiB * 1e9), 'f', 1) +
                             QLatin1Char('%'),
                         pricing::formatStorage(m_planDiskGiB));
    if (QLabel *fact = m_facts.value(QStringLiteral("factDisk")))
        fact->setToolTip(tr("What the container wrote on top of its image, as the engine "
                            "measures it every 30 seconds while you look. The engine's "
                            "storage driver does not cap a container's size, so the plan's "
                            "disk is a figure to compare with."));
    set(QStringLiteral("factDisk"), text);
}

void InstanceOverview::set(const QString &objectName, const QString &text)
{
    if (QLabel *label = m_facts.value(objectName))
        label->setText(text.isEmpty() ? QStringLiteral("—") : text);
}

QString InstanceOverview::factText(const QString &objectName) const
{
    const QLabel *label = m_facts.value(objectName);
    return label ? label->text() : QString();
}

QString InstanceOverview::failureText() const
{
    return m_failureText->text();
}

bool InstanceOverview::failureShown() const
{
    return !m_failure->isHidden();
}

void InstanceOverview::showInstance(const models::InstanceRow &row,
                                    const std::optional<blueprints::Blueprint> &blueprint)
{
    const InstanceRecord &r = row.record;
    const QIcon icon(row.blueprintIcon);
    m_icon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(48, 48));
    m_title->setText(r.name);
    m_subtitle->setText(r.kind == InstanceKind::Container
                            ? tr("System container on the engine %1").arg(r.location)
                            : tr("Whole server %1, reached over SSH").arg(r.location));

    const bool failed = r.state == InstanceState::Failed;
    m_failure->setVisible(failed);
    if (failed) {
        const QString step = r.failedStep.isEmpty() ? tr("(not recorded)") : r.failedStep;
        m_failureText->setText(QStringLiteral("<b>%1</b><br>%2<br>%3")
                                   .arg(tr("Provisioning failed").toHtmlEscaped(),
                                        tr("Step: %1").arg(step).toHtmlEscaped(),
                                        tr("Reason: %1").arg(r.stateReason).toHtmlEscaped()));
        m_retry->setEnabled(row.activity.isEmpty());
    }

    QString state = instances::displayName(r.state);
    if (!row.activity.isEmpty())
        state = tr("%1, %2 in progress").arg(state, row.activity);
    else if (!r.stateReason.isEmpty() && !failed)
        state = tr("%1 (%2)").arg(state, r.stateReason);
    set(QStringLiteral("factState"), state);
    if (QLabel *label = m_facts.value(QStringLiteral("factState"))) {
        const QColor colour = models::instanceStateColor(r.state);
        label->setStyleSheet(
            QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(colour.name()));
    }
    QString bp = row.blueprintName.isEmpty() ? r.blueprintId : row.blueprintName;
    if (blueprint)
        bp += QStringLiteral(" · ") + blueprints::categoryTitle(blueprint->category);
    set(QStringLiteral("factBlueprint"), bp);
    if (row.plan) {
        set(QStringLiteral("factPlan"), tr("%1, %2 transfer a month")
                                            .arg(models::planSpecText(*row.plan),
                                                 pricing::formatStorage(row.plan->transferGiB)));
        set(QStringLiteral("factPrice"),
            tr("%1 (%2) for the same plan on Amazon Lightsail")
                .arg(pricing::formatMonthly(row.plan->priceCents, row.priceCurrency),
                     pricing::formatHourly(row.plan->priceCents, row.priceCurrency)));
    }
    m_planDiskGiB = row.plan ? row.plan->diskGiB : 0;
    m_isContainer = r.kind == instances::InstanceKind::Container;
    if (!m_isContainer)
        set(QStringLiteral("factDisk"),
            tr("The server's own disks: see its host on the Hosts page."));
    else if (std::exchange(m_diskFor, r.name) != r.name)
        set(QStringLiteral("factDisk"), tr("Measuring…"));
    if (!row.plan) {
        set(QStringLiteral("factPlan"), tr("%1 (not in the catalogue)").arg(r.planId));
        set(QStringLiteral("factPrice"), {});
    }
    m_location = r.location;
    m_setCost->setText(row.estimateCents ? tr("Change what %1 costs…").arg(r.location)
                                         : tr("Set what %1 costs…").arg(r.location));
    set(QStringLiteral("factEstimate"),
        row.estimateCents
            ? tr("%1, its share (by memory) of what %2 costs you")
                  .arg(pricing::formatMonthly(*row.estimateCents, row.estimateCurrency), r.location)
            : tr("No cost stated for %1 yet.").arg(r.location));
    set(QStringLiteral("factLocation"), r.kind == InstanceKind::Container
                                            ? tr("%1 (engine)").arg(r.location)
                                            : tr("%1 (SSH host)").arg(r.location));
    set(QStringLiteral("factAddress"), models::instanceSshEndpoint(r));
    set(QStringLiteral("factSsh"), sshCommandLine(r));
    set(QStringLiteral("factTags"), r.tags.join(QStringLiteral(", ")));
    set(QStringLiteral("factCreated"),
        r.createdMs > 0
            ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.createdMs), QLocale::ShortFormat)
            : QString());

    const QString notes = blueprint ? blueprint->notes.trimmed() : QString();
    m_notes->setText(notes);
    m_notes->setVisible(!notes.isEmpty());
    m_notesTitle->setVisible(!notes.isEmpty());
}

} // namespace sloop::widgets
