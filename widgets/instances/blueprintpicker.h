#pragma once

#include "blueprints/blueprint.h"
#include "instances/instancerecord.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace sloop::blueprints {
class BlueprintCatalog;
}

namespace sloop::widgets {

class CardGrid;

// Blueprint cards with their icons and descriptions, in Lightsail's tabs
// ("OS only", "Apps + OS") plus the person's own. Ubuntu blueprints on a
// system container ask for an Ubuntu image (the default image is Debian).
class BlueprintPicker : public QWidget
{
    Q_OBJECT
public:
    explicit BlueprintPicker(blueprints::BlueprintCatalog *catalog, QWidget *parent = nullptr);

    // Re-reads the catalogue's list (after "Save as my blueprint…").
    void reload();
    void setKind(instances::InstanceKind kind);
    bool setBlueprint(const QString &id);
    std::optional<blueprints::Blueprint> blueprint() const;
    // The image a container instance starts from: empty for the default.
    QString image() const;
    bool isComplete() const;

Q_SIGNALS:
    void changed();

private:
    void updateImageRow();

    blueprints::BlueprintCatalog *m_catalog;
    QButtonGroup *m_group;
    QTabWidget *m_tabs;
    CardGrid *m_os;
    CardGrid *m_apps;
    CardGrid *m_own;
    QLabel *m_ownHint;
    QWidget *m_imageRow;
    QLineEdit *m_image;
    QString m_id;
    instances::InstanceKind m_kind = instances::InstanceKind::Container;
};

} // namespace sloop::widgets
