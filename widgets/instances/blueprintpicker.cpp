#include "blueprintpicker.h"

#include "cardgrid.h"
#include "choicecard.h"

#include "blueprints/blueprintcatalog.h"
#include "instances/instanceservice.h"

#include <QButtonGroup>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace {

QWidget *scrolled(QWidget *content, QWidget *below = nullptr)
{
    auto *holder = new QWidget;
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->addWidget(content);
    if (below)
        layout->addWidget(below);
    layout->addStretch();
    auto *area = new QScrollArea;
    area->setWidget(holder);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

bool isUbuntu(const blueprints::Blueprint &bp)
{
    return bp.baseOs.startsWith(QLatin1String("ubuntu"));
}

} // namespace

BlueprintPicker::BlueprintPicker(blueprints::BlueprintCatalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_group(new QButtonGroup(this))
    , m_tabs(new QTabWidget(this))
    , m_os(new CardGrid(3, m_group))
    , m_apps(new CardGrid(3, m_group))
    , m_own(new CardGrid(3, m_group))
    , m_ownHint(new QLabel)
    , m_imageRow(new QWidget(this))
    , m_image(new QLineEdit)
{
    m_tabs->setObjectName(QStringLiteral("blueprintTabs"));
    m_tabs->setAccessibleName(tr("Blueprint categories"));
    m_os->setAccessibleName(tr("OS only blueprints"));
    m_apps->setAccessibleName(tr("Apps + OS blueprints"));
    m_own->setAccessibleName(tr("My blueprints"));
    m_ownHint->setWordWrap(true);
    m_ownHint->setForegroundRole(QPalette::PlaceholderText);
    m_tabs->addTab(scrolled(m_os), blueprints::categoryTitle(blueprints::Blueprint::OsOnly));
    m_tabs->addTab(scrolled(m_apps), blueprints::categoryTitle(blueprints::Blueprint::AppsAndOs));
    m_tabs->addTab(scrolled(m_own, m_ownHint), tr("My blueprints"));

    m_image->setObjectName(QStringLiteral("blueprintImage"));
    m_image->setAccessibleName(tr("Container image"));
    m_image->setText(QStringLiteral("ubuntu:24.04"));
    auto *imageLabel = new QLabel(tr("&Image:"));
    imageLabel->setBuddy(m_image);
    auto *imageNote = new QLabel(tr("Ubuntu blueprints need an Ubuntu image on the engine "
                                    "(it must have it, or be able to pull it)."));
    imageNote->setWordWrap(true);
    imageNote->setForegroundRole(QPalette::PlaceholderText);
    auto *imageLayout = new QHBoxLayout(m_imageRow);
    imageLayout->setContentsMargins(0, 0, 0, 0);
    imageLayout->addWidget(imageLabel);
    imageLayout->addWidget(m_image);
    imageLayout->addWidget(imageNote, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_imageRow);

    connect(m_group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *button, bool on) {
        if (!on)
            return;
        m_id = static_cast<ChoiceCard *>(button)->key();
        updateImageRow();
        Q_EMIT changed();
    });
    connect(m_image, &QLineEdit::textChanged, this, &BlueprintPicker::changed);
    reload();
}

void BlueprintPicker::reload()
{
    const QString keep = m_id;
    {
        const QSignalBlocker blocker(m_group);
        for (CardGrid *grid : {m_os, m_apps, m_own})
            grid->clear();
        int own = 0;
        for (const blueprints::Blueprint &bp : m_catalog->all()) {
            CardGrid *grid = !bp.builtIn                                    ? m_own
                             : bp.category == blueprints::Blueprint::OsOnly ? m_os
                                                                            : m_apps;
            own += bp.builtIn ? 0 : 1;
            ChoiceCard *card = grid->addCard(bp.id);
            card->setObjectName(QStringLiteral("blueprint-%1").arg(bp.id));
            QIcon icon(bp.icon);
            if (bp.icon.isEmpty() ||
                (!bp.icon.startsWith(QLatin1Char(':')) && !QFileInfo::exists(bp.icon)))
                icon = QIcon(QStringLiteral(":/sloop/icons/nav-instances.png"));
            card->setIcon(icon, 40);
            card->setTitle(bp.name);
            card->setBody(bp.description);
        }
        QString hint = own == 0 ? tr("None yet. Write or open your own cloud-init user-data "
                                     "in the Launch script step and save it as a blueprint: it "
                                     "appears here.")
                                : QString();
        if (!m_catalog->skipped().isEmpty())
            hint += (hint.isEmpty() ? QString() : QStringLiteral("\n\n")) +
                    tr("Left out because they have problems:\n%1")
                        .arg(m_catalog->skipped().join(QLatin1Char('\n')));
        m_ownHint->setText(hint);
        m_ownHint->setVisible(!hint.isEmpty());
    }
    m_id.clear();
    if (!keep.isEmpty())
        setBlueprint(keep);
    updateImageRow();
    Q_EMIT changed();
}

void BlueprintPicker::setKind(instances::InstanceKind kind)
{
    m_kind = kind;
    updateImageRow();
    Q_EMIT changed();
}

bool BlueprintPicker::setBlueprint(const QString &id)
{
    for (CardGrid *grid : {m_os, m_apps, m_own}) {
        if (ChoiceCard *card = grid->card(id)) {
            m_tabs->setCurrentIndex(grid == m_os ? 0 : grid == m_apps ? 1 : 2);
            card->setChecked(true);
            m_id = id;
            updateImageRow();
            return true;
        }
    }
    return false;
}

std::optional<blueprints::Blueprint> BlueprintPicker::blueprint() const
{
    return m_id.isEmpty() ? std::nullopt : m_catalog->find(m_id);
}

QString BlueprintPicker::image() const
{
    return m_imageRow->isVisibleTo(this) ? m_image->text().trimmed() : QString();
}

bool BlueprintPicker::isComplete() const
{
    return blueprint().has_value() && (!m_imageRow->isVisibleTo(this) || !image().isEmpty());
}

void BlueprintPicker::updateImageRow()
{
    const auto bp = blueprint();
    const bool needsImage =
        bp && isUbuntu(*bp) && m_kind == instances::InstanceKind::Container &&
        !instances::InstanceService::defaultImage().contains(QLatin1String("ubuntu"));
    m_imageRow->setVisible(needsImage);
}

} // namespace sloop::widgets
