#include "placeholderpage.h"

#include "learn/learncards.h"
#include "sloopresources.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace {

constexpr int kIconSize = 64;
constexpr int kReadableWidth = 560;

// A translation context of its own keeps these texts together for translators.
class PlannedPages
{
    Q_DECLARE_TR_FUNCTIONS(PlannedPages)

public:
    static QList<PlaceholderInfo> all();
};

} // namespace

QList<PlaceholderInfo> plannedPages()
{
    return PlannedPages::all();
}

QList<PlaceholderInfo> PlannedPages::all()
{
    return {
        {QStringLiteral("batch"), tr("Batch"),
         tr("Batch will run jobs that start, work and finish, like AWS Batch: priority queues, "
            "retries, timeouts, array jobs and jobs that wait for others, each job a container "
            "on your engines."),
         QStringLiteral("batch"), QStringLiteral(":/sloop/icons/nav-batch.svg")},
        {QStringLiteral("pricing"), tr("Pricing"),
         tr("Pricing will compare flat-rate monthly plans with pay-per-use estimates for what "
            "you run, from a dated price catalog, and show where one becomes cheaper than the "
            "other."),
         QStringLiteral("pricing"), QStringLiteral(":/sloop/icons/nav-pricing.svg")},
    };
}

PlaceholderPage::PlaceholderPage(const QString &title, const QString &description,
                                 const QString &learnCardId, QWidget *parent)
    : QWidget(parent)
    , m_learnCardId(learnCardId)
{
    setAccessibleName(title);

    // Everything sits in one centred column of readable width; word-wrapped
    // labels get their height right only when the layout gives them the
    // full column width, so they are added without an alignment.
    auto *column = new QWidget(this);
    column->setMaximumWidth(kReadableWidth);

    m_icon = new QLabel(column);
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->hide(); // until setIcon() gives it something to show

    auto *titleLabel = new QLabel(title, column);
    titleLabel->setAlignment(Qt::AlignCenter);
    titleLabel->setWordWrap(true);
    QFont titleFont = titleLabel->font();
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleLabel->setFont(titleFont);

    auto *status = new QLabel(tr("Coming in a later version"), column);
    status->setAlignment(Qt::AlignCenter);
    status->setForegroundRole(QPalette::PlaceholderText);

    auto *descriptionLabel = new QLabel(description, column);
    descriptionLabel->setObjectName(QStringLiteral("placeholderDescription"));
    descriptionLabel->setAlignment(Qt::AlignCenter);
    descriptionLabel->setWordWrap(true);
    descriptionLabel->setTextFormat(Qt::PlainText);

    // The button names the topic the card teaches ("Learn about Lambda"),
    // which says more than the page title would.
    const LearnCard card = learnCard(learnCardId);
    QString topic = card.title.section(QLatin1Char(':'), 0, 0).trimmed();
    if (topic.isEmpty())
        topic = title;
    m_learnButton = new QPushButton(tr("Learn about %1").arg(topic), column);
    m_learnButton->setObjectName(QStringLiteral("learnButton"));
    m_learnButton->setAccessibleName(tr("Learn about %1").arg(topic));
    m_learnButton->setMinimumWidth(m_learnButton->sizeHint().width() + 24);
    connect(m_learnButton, &QPushButton::clicked, this,
            [this] { Q_EMIT learnRequested(m_learnCardId); });

    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(8);
    columnLayout->addWidget(m_icon);
    columnLayout->addSpacing(4);
    columnLayout->addWidget(titleLabel);
    columnLayout->addWidget(status);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(descriptionLabel);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_learnButton, 0, Qt::AlignHCenter);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 100);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void PlaceholderPage::setIcon(const QIcon &icon)
{
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap = icon.pixmap(QSize(kIconSize, kIconSize), ratio);
    m_icon->setPixmap(pixmap);
    m_icon->setVisible(!pixmap.isNull());
}

PlaceholderPage *createPlaceholderPage(const PlaceholderInfo &info, QWidget *parent)
{
    initSloopResources();
    auto *page = new PlaceholderPage(info.title, info.description, info.learnCardId, parent);
    page->setObjectName(QStringLiteral("placeholder-") + info.pageId);
    if (!info.iconPath.isEmpty())
        page->setIcon(QIcon(info.iconPath));
    return page;
}

} // namespace sloop::widgets
