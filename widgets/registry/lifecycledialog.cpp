#include "lifecycledialog.h"

#include "common/listpage.h"
#include "registry/registryclient.h"
#include "util/futures.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sloop::widgets {

LifecycleDialog::LifecycleDialog(registry::RegistryClient *client, QString repository,
                                 Prompter *prompter, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_repository(std::move(repository))
    , m_prompter(prompter)
    , m_kind(new QComboBox)
    , m_count(new QSpinBox)
    , m_prefix(new QLineEdit)
    , m_list(listTable({tr("Tags"), tr("Made"), tr("Why")}, QStringLiteral("lifecycleList"),
                       tr("Images the rule expires")))
    , m_summary(new QLabel)
    , m_preview(namedButton(tr("&Preview"), QStringLiteral("previewLifecycle"),
                            tr("List the images the rule would expire")))
    , m_expire(namedButton(tr("&Expire them now…"), QStringLiteral("expireNow"),
                           tr("Delete the images the rule expires")))
{
    setObjectName(QStringLiteral("lifecycleDialog"));
    setWindowTitle(tr("Lifecycle rule for %1").arg(m_repository));
    m_kind->setObjectName(QStringLiteral("lifecycleKind"));
    m_kind->setAccessibleName(tr("Rule"));
    m_kind->addItem(tr("Keep only the newest images"), QStringLiteral("imageCountMoreThan"));
    m_kind->addItem(tr("Expire images older than a number of days"),
                    QStringLiteral("sinceImagePushed"));
    m_count->setObjectName(QStringLiteral("lifecycleCount"));
    m_count->setAccessibleName(tr("How many"));
    m_count->setRange(1, 10000);
    m_count->setValue(10);
    m_prefix->setObjectName(QStringLiteral("lifecyclePrefix"));
    m_prefix->setAccessibleName(tr("Tag prefix"));
    m_prefix->setPlaceholderText(tr("every image (or a tag prefix, such as v or release-)"));
    const auto updateCount = [this] {
        m_count->setSuffix(m_kind->currentIndex() == 0 ? tr(" images") : tr(" days"));
        m_expire->setEnabled(false); // preview again first
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, updateCount);
    connect(m_count, &QSpinBox::valueChanged, this, [this] { m_expire->setEnabled(false); });
    connect(m_prefix, &QLineEdit::textChanged, this, [this] { m_expire->setEnabled(false); });
    updateCount();
    m_summary->setObjectName(QStringLiteral("lifecycleSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Preview lists what the rule would expire; nothing is deleted until "
                          "you say so. As in ECR, \"made\" is the image's creation time: the "
                          "registry keeps no push time."));
    m_expire->setEnabled(false);
    connect(m_preview, &QPushButton::clicked, this, &LifecycleDialog::preview);
    connect(m_expire, &QPushButton::clicked, this, &LifecycleDialog::expireNow);

    auto *rule = new QHBoxLayout;
    rule->addWidget(m_kind, 1);
    rule->addWidget(m_count);
    auto *form = new QFormLayout;
    form->addRow(tr("Rule:"), rule);
    form->addRow(tr("Of tags starting with:"), m_prefix);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_preview);
    actions->addWidget(m_expire);
    actions->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    layout->addWidget(close);
    resize(640, 420);
}

registry::LifecyclePolicy LifecycleDialog::policy() const
{
    registry::LifecycleRule rule;
    rule.priority = 1;
    rule.countType = m_kind->currentData().toString();
    rule.countNumber = m_count->value();
    if (rule.countType == QLatin1String("sinceImagePushed"))
        rule.countUnit = QStringLiteral("days");
    const QString prefix = m_prefix->text().trimmed();
    rule.tagStatus = prefix.isEmpty() ? QStringLiteral("any") : QStringLiteral("tagged");
    if (!prefix.isEmpty())
        rule.tagPrefixes = {prefix};
    return {{rule}};
}

void LifecycleDialog::preview()
{
    run(true);
}

void LifecycleDialog::expireNow()
{
    if (m_expiring == 0)
        return;
    Confirmation question;
    question.title = tr("Expire %n image(s) of %1?", nullptr, m_expiring).arg(m_repository);
    question.text = tr("The registry deletes each image and every tag on it. Engines that "
                       "pulled them keep their copies.");
    question.acceptLabel = tr("Expire");
    if (!promptWith(m_prompter).confirm(this, question) || !m_client)
        return;
    // What the preview listed and the person confirmed, by digest.
    m_preview->setEnabled(false);
    m_expire->setEnabled(false);
    m_summary->setText(tr("Expiring…"));
    whenFinished(registry::deleteImages(m_client, m_repository, m_previewed), this,
                 [this](const registry::LifecycleReport &report) {
                     m_preview->setEnabled(true);
                     m_expiring = 0;
                     m_summary->setText(
                         report.failed.isEmpty()
                             ? tr("%1 images expired and were deleted.").arg(report.deleted.size())
                             : tr("%1 images deleted; not deleted: %2")
                                   .arg(report.deleted.size())
                                   .arg(report.failed.join(QStringLiteral("; "))));
                     Q_EMIT expired(int(report.deleted.size()));
                 });
}

void LifecycleDialog::run(bool dryRun)
{
    if (!m_client) {
        m_summary->setText(tr("The registry was closed; open this again from its page."));
        return;
    }
    m_preview->setEnabled(false);
    m_expire->setEnabled(false);
    m_summary->setText(dryRun ? tr("Reading every tag of %1…").arg(m_repository) : tr("Expiring…"));
    whenFinished(
        registry::runLifecycle(m_client.data(), m_repository, policy(), dryRun), this,
        [this, dryRun](const Result<registry::LifecycleReport> &report) {
            m_preview->setEnabled(true);
            if (!report) {
                m_summary->setText(report.error());
                return;
            }
            m_list->setRowCount(int(report->expired.size()));
            for (int row = 0; row < report->expired.size(); ++row) {
                const registry::LifecycleDecision &d = report->expired.at(row);
                const QStringList cells{
                    d.image.tags.join(QStringLiteral(", ")),
                    QLocale().toString(d.image.pushed.toLocalTime(), QLocale::ShortFormat),
                    d.reason};
                for (int c = 0; c < cells.size(); ++c)
                    m_list->setItem(row, c, new QTableWidgetItem(cells.at(c)));
            }
            m_expiring = dryRun ? int(report->expired.size()) : 0;
            m_previewed = dryRun ? report->expired : QList<registry::LifecycleDecision>();
            m_expire->setEnabled(m_expiring > 0);
            if (dryRun) {
                m_summary->setText(tr("%1 of %2 images would expire.")
                                       .arg(report->expired.size())
                                       .arg(report->images));
                Q_EMIT previewed(int(report->expired.size()));
            } else {
                m_summary->setText(
                    report->failed.isEmpty()
                        ? tr("%1 images expired and were deleted.").arg(report->deleted.size())
                        : tr("%1 images deleted; not deleted: %2")
                              .arg(report->deleted.size())
                              .arg(report->failed.join(QStringLiteral("; "))));
                Q_EMIT expired(int(report->deleted.size()));
            }
        });
}

} // namespace sloop::widgets
